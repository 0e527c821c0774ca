// Text from the real WordPress of scripts/wordpress.mjs (npm test starts it) and paging while a
// moderator works: each test gets a post of its own (test/wordpress/moderator.mjs: the three
// engines run at once on one site), with comments at chosen dates, and a moderator who trashes or
// approves one between two reads.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { KqCommentThread } from '../../src/components/comment-thread/comment-thread.js';
import { $, $$, comments, submit, text, uid, wordpressSite, wordpressThread } from './helpers.js';

/** The moderator of test/wordpress/moderator.mjs: `thread`, `trash` or `approve`. */
async function moderator(action: string, query: string) {
  const answer = await fetch(`/wordpress-moderator/${action}?${query}`, { method: 'POST' });
  if (!answer.ok) throw new Error(`moderator ${action}: ${(await answer.json()).error}`);
  return answer.json();
}
/** A new post with one approved comment per UTC date (equal dates: the same second), oldest first. */
const newThread = (dates: string[]): Promise<{ post: number; comments: number[] }> =>
  moderator('thread', `dates=${dates.join(',')}`);

/** The comments shown, by WordPress id, in the order shown. */
const shown = (el: KqCommentThread) => $$(el, 'article').map((a) => Number(a.id.replace('comment-', '')));

/** Clicks "Voir plus de commentaires" and waits for `count` comments in all. */
async function more(el: KqCommentThread, count: number) {
  $(el, '[part=more]')!.click();
  await waitUntil(() => shown(el).length >= count, `fewer than ${count} comments after "load more"`, {
    timeout: 15000,
  });
  await el.updateComplete;
}

before(() => wordpressSite());
// The page keeps the reader's held comments per thread (held.ts): each test starts without them.
beforeEach(() => localStorage.clear());

describe('WordPress: names as the reader typed them', () => {
  const NAME = 'Marie & Paul <3 "Le Café" l\'équipe';

  it('a name with & < " \' reads as typed in WordPress’s answer to the POST and after a reload', async () => {
    const { post } = await newThread(['2021-09-01T08:00:00Z']);
    const el = await wordpressThread((el) => {
      el.src = comments(post);
      el.action = comments(post);
    });
    const body = `Un avis signé ${uid()}`;
    await submit(el, NAME, body);
    // WordPress's answer replaces the reader's copy: its own id, its own author_name.
    const saved = () => $$(el, 'article').find((a) => text(a.querySelector('[part=body]')) == body);
    await waitUntil(() => /^comment-\d+$/.test(saved()?.id ?? ''), 'WordPress did not answer the POST', {
      timeout: 15000,
    });
    expect(text(saved()!.querySelector('[part=author]'))).to.equal(NAME);

    // WordPress serves the name HTML-escaped, as it stores it.
    const id = Number(saved()!.id.slice(8));
    await moderator('approve', `comment=${id}`);
    const [raw] = await (await fetch(comments(post, `&include=${id}`))).json();
    expect(raw.author_name).to.equal('Marie &amp; Paul &lt;3 &quot;Le Café&quot; l&#039;équipe');

    // A reload: the stored comment, published, from WordPress's list.
    el.parentElement!.remove();
    localStorage.clear();
    const reloaded = await wordpressThread((el) => (el.src = comments(post)));
    await waitUntil(() => shown(reloaded).includes(id), 'the approved comment is not listed', { timeout: 15000 });
    const stored = reloaded.shadowRoot!.getElementById(`comment-${id}`)!;
    expect(stored.getAttribute('part')).not.to.include('pending');
    const author = stored.querySelector('[part=author]')!;
    expect(text(author)).to.equal(NAME);
    expect(author.querySelectorAll('*:not(a)'), 'the name is text, no markup').to.have.length(0);
    await aTimeout(100);
    expect((window as { kqPwned?: unknown }).kqPwned).to.equal(undefined);
  });
});

describe('WordPress: paging while a moderator works', () => {
  // Twelve comments, four pairs of them in the same second, each pair across the end of a page of
  // five: 5 and 6, 10 and 11 oldest first; 8 and 7, 3 and 2 newest first.
  const HOURS = [1, 2, 2, 3, 4, 4, 5, 5, 6, 7, 7, 8];
  const DATES = HOURS.map((hour) => `2021-09-02T0${hour}:00:00Z`);

  for (const order of ['asc', 'desc'] as const) {
    it(`a comment of page 1 trashed before "load more" shifts none out of sight (order=${order})`, async () => {
      const { post, comments: ids } = await newThread(DATES);
      const el = await wordpressThread((el) => {
        el.src = comments(post, `&per_page=5${order == 'desc' ? '&order=desc' : ''}`);
      });
      const first = order == 'asc' ? ids.slice(0, 5) : ids.slice(-5);
      expect(shown(el)).to.have.members(first);
      expect(text($(el, '#heading'))).to.equal('12 commentaires');
      // A moderator trashes the second comment shown, between the two reads.
      await moderator('trash', `comment=${first[1]}`);
      await more(el, 10);
      await more(el, 12);
      await aTimeout(200);
      // Every comment once (the trashed one as it was read); no more pages.
      expect(shown(el)).to.have.length(12);
      expect(shown(el).sort((a, b) => a - b)).to.deep.equal(ids);
      expect($(el, '[part=more]'), 'a "load more" after the last comment').to.equal(null);
      expect(text($(el, '#heading'))).to.equal('12 commentaires');
    });
  }
});
