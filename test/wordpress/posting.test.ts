// Posting a comment to the real WordPress of scripts/wordpress.mjs (npm test starts it), through the
// doors of test/wordpress/server.mjs: a lossy network (/wordpress-lost/: WordPress saves the
// comment, its answer is lost), a slow site (/wordpress-late-MS/), and what the seed sets up
// (scripts/wordpress/posting.php): a disallowed word, a post with its comments closed.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { KqCommentThread } from '../../src/components/comment-thread/comment-thread.js';
import { captureWarnings } from '../helpers.js';
import { $, $$, comments, submit, text, uid, wordpressSite, wordpressThread, type Seed } from './helpers.js';

let seed: Seed;
before(async () => {
  seed = (await wordpressSite()).seed;
});
// The page keeps the reader's held comments per thread (held.ts): each test starts without them.
beforeEach(() => localStorage.clear());

/** A thread showing the seed comment of "ms" (`extra`: more of the query), posting to `action`. */
const thread = (action: string, lang?: string, extra = '') =>
  wordpressThread((el) => {
    el.src = comments(seed.article, `&include=${seed.ms}${extra}`);
    el.action = action;
  }, lang);

const alert = (el: KqCommentThread) => $(el, 'section > form [part=form-error]');
const textarea = (el: KqCommentThread) => $(el, 'section > form textarea') as HTMLTextAreaElement;
/** The reader's own comment of text `body`, while or once WordPress has it (pending moderation). */
const pending = (el: KqCommentThread, body: string) =>
  $$(el, 'article[part~=pending]').find((a) => text(a.querySelector('[part=body]')) == body);

/** Whether the page has received a whole answer from `url` (the browser's resource timing). */
const answered = (url: string) => () =>
  performance.getEntriesByType('resource').some((entry) => entry.name === new URL(url, location.href).href);

describe('WordPress: posting a comment, whatever the network and the site answer', () => {
  it('an answer lost after WordPress saved the comment: the retry gets 409 duplicate, shows it pending', async () => {
    const action = comments(seed.article, '', '/wordpress-lost');
    const el = await thread(action);
    const body = `Une réponse perdue en route ${uid()}`;
    let warnings = await captureWarnings(async () => {
      await submit(el, 'Lectrice en voyage', body);
      await waitUntil(() => alert(el), 'the lost answer did not read as a failure', { timeout: 15000 });
    });
    // Nothing says the comment arrived: a failure, the text kept, a retry offered.
    expect(text(alert(el))).to.equal('L’envoi a échoué. Votre texte est conservé. Réessayer');
    expect(textarea(el).value).to.equal(body);
    expect(!!pending(el, body), 'a pending comment').to.be.false;
    expect(warnings).to.have.length(1);
    warnings = await captureWarnings(async () => {
      performance.clearResourceTimings();
      alert(el)!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await waitUntil(answered(action), 'WordPress did not answer the retry', { timeout: 15000 });
      await aTimeout(100);
      await el.updateComplete;
    });
    // WordPress has it (409 comment_duplicate): it was sent, and waits for moderation.
    expect(text(alert(el)), 'the retry of a comment WordPress already has reads as a failure').to.equal('');
    expect(!!pending(el, body), 'the comment shows').to.be.true;
    expect(text(pending(el, body)?.querySelector('[part=badge]'))).to.equal('En attente de modération');
    expect(textarea(el).value, 'the form starts over').to.equal('');
    expect(warnings, 'a comment sent is no failure').to.deep.equal([]);
  });

  it('an answer 12 s late (a slow anti-spam plugin) is waited for: saved, pending, no failure', async function () {
    this.timeout(45_000);
    const el = await thread(comments(seed.article, '', '/wordpress-late-12000'));
    const body = `Une réponse lente ${uid()}`;
    const warnings = await captureWarnings(async () => {
      await submit(el, 'Lecteur patient', body);
      await waitUntil(() => alert(el) || /^comment-\d+$/.test(pending(el, body)?.id ?? ''), 'no answer after 30 s', {
        timeout: 30_000,
      });
    });
    expect(text(alert(el)), 'the slow answer read as a failure').to.equal('');
    expect(text(pending(el, body)!.querySelector('[part=body]'))).to.equal(body);
    expect(warnings).to.deep.equal([]);
  });

  it('the same comment again from a fresh page (409 duplicate, no attempt here): already sent, text kept', async () => {
    const body = `Déjà dit ${uid()}`;
    const first = await thread(comments(seed.article));
    await submit(first, 'Lecteur insistant', body);
    await waitUntil(() => /^comment-\d+$/.test(pending(first, body)?.id ?? ''), 'WordPress did not save it', {
      timeout: 15000,
    });
    // Another thread (its src): not the one that keeps the first page's held comment (held.ts).
    const el = await thread(comments(seed.article), 'fr', '&per_page=5');
    const warnings = await captureWarnings(async () => {
      await submit(el, 'Lecteur insistant', body);
      await waitUntil(() => alert(el), 'no message after the 409', { timeout: 15000 });
    });
    expect(text(alert(el))).to.equal('Vous avez déjà envoyé ce commentaire.');
    expect(textarea(el).value).to.equal(body);
    expect(!!pending(el, body), 'a pending comment').to.be.false;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('409').and.include('comment_duplicate');
  });

  for (const [lang, message] of [
    ['fr', 'Votre commentaire n’a pas été accepté. Votre texte est conservé.'],
    ['en', 'Your comment was not accepted. Your text is kept.'],
  ]) {
    it(`a comment WordPress trashes on arrival (a disallowed word) reads "${message}" (${lang})`, async () => {
      const el = await thread(comments(seed.article), lang);
      const body = `Un avis qui contient ${seed.disallowed} ${uid()}`;
      const warnings = await captureWarnings(async () => {
        await submit(el, 'Lecteur refusé', body);
        await waitUntil(() => alert(el), 'no message for the trashed comment', { timeout: 15000 });
      });
      expect(text(alert(el))).to.equal(message);
      expect(alert(el)!.getAttribute('role')).to.equal('alert');
      expect(!!alert(el)!.querySelector('button'), 'a retry: the same text would be refused again').to.be.false;
      expect(textarea(el).value).to.equal(body);
      expect(!!$(el, '[part~=tombstone]'), 'a "deleted" comment in its place').to.be.false;
      expect(!!pending(el, body), 'a pending comment').to.be.false;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('"trash"');
    });
  }

  for (const [lang, message] of [
    ['fr', 'Les commentaires sont fermés.'],
    ['en', 'Comments are closed.'],
  ]) {
    it(`comments closed on the post (403 rest_comment_closed) read "${message}" (${lang}), no retry`, async () => {
      const el = await thread(comments(seed.closedPost), lang);
      const body = 'Trop tard pour commenter';
      const warnings = await captureWarnings(async () => {
        await submit(el, 'Lecteur en retard', body);
        await waitUntil(() => alert(el), 'no message after the 403', { timeout: 15000 });
      });
      // Not "Connectez-vous pour commenter.": signing in would not open them.
      expect(text(alert(el))).to.equal(message);
      expect(!!alert(el)!.querySelector('button'), 'a retry').to.be.false;
      expect(textarea(el).value).to.equal(body);
      expect(!!pending(el, body), 'a pending comment').to.be.false;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('403').and.include('rest_comment_closed');
    });
  }
});
