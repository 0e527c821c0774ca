// <kq-comment-thread> and the reader's own comments held for moderation (issue 16, items 3 and 7):
// the count says what the source publishes; a held comment stays shown, pending, after a reload,
// until the source lists it (approved: shown once, published) or refuses it. The source is the
// test server's /api/held (test/server/held.mjs), which lists held comments to nobody, as
// WordPress does to an anonymous reader. A reload is a new element on the same page: it knows
// only what the page's storage kept.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { ours } from '../../../src/adapters/ours.js';
import { wordpress } from '../../../src/adapters/wordpress.js';
import '../../../src/components/comment-thread/comment-thread.define.js';
import type { KqCommentThread } from '../../../src/components/comment-thread/comment-thread.js';
import { captureWarnings, settled } from '../../helpers.js';
import { seedThread } from '../../server/comments-seed.mjs';

async function mount(setup: (el: KqCommentThread) => void, lang = 'fr') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kq-comment-thread');
  el.setAttribute('time-zone', 'Europe/Paris');
  setup(el);
  wrapper.append(el);
  await settled(el);
  return el;
}

const $ = (el: KqCommentThread, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: KqCommentThread, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const heading = (el: KqCommentThread) => text($(el, '#heading'));
const uid = () => Math.random().toString(36).slice(2);

/** Fills and submits a form (the top-level one by default). */
async function submit(el: KqCommentThread, name: string, body: string, form = $(el, 'section > form')!) {
  for (const [field, value] of [
    [form.querySelector('input')!, name],
    [form.querySelector('textarea')!, body],
  ] as const) {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
  form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
  await el.updateComplete;
}

describe('<kq-comment-thread>: the count says what the source publishes', () => {
  for (const [lang, six] of [
    ['fr', '6 commentaires'],
    ['en', '6 comments'],
  ]) {
    it(`the reader's own held comment is shown, not counted: "${six}" (${lang})`, async () => {
      const el = await mount((el) => {
        el.comments = seedThread();
        el.action = '/api/comments?delay=200';
      }, lang);
      expect(heading(el)).to.equal(six);
      await submit(el, 'Léa', 'Mon avis en attente');
      expect($$(el, 'article[part~=pending]'), 'shown at once, pending').to.have.length(1);
      expect(heading(el), 'while it is sent').to.equal(six);
      await waitUntil(() => $(el, 'article[id^="comment-srv-"][part~=pending]'), 'the server did not answer');
      expect(heading(el), 'held by the server').to.equal(six);
    });

    it(`a pending comment the source lists is not counted either: "${six}" (${lang})`, async () => {
      const held = { id: 'h1', author: { name: 'Ana' }, published: '2021-08-06T10:00:00Z', body: 'x' };
      const el = await mount((el) => (el.comments = [...seedThread(), { ...held, status: 'pending' }]), lang);
      expect($$(el, 'article')).to.have.length(7);
      expect(heading(el)).to.equal(six);
    });
  }
});

describe('<kq-comment-thread>: the reader’s held comment after a reload', () => {
  /** A thread of its own on the test server, and the moderator's decisions on it. */
  function heldThread() {
    const key = uid();
    const url = `/api/held?thread=${key}`;
    const decide = async (decision: 'approve' | 'refuse' | 'delete', id?: string) => {
      const query = `thread=${key}&decision=${decision}${id ? `&id=${id}` : ''}`;
      const answer = await fetch(`/api/held/moderate?${query}`, { method: 'POST' });
      expect((await answer.json()).decided, 'the moderator decided on nothing').to.have.length(1);
    };
    /** The page opened (again): a new element that reads src and posts to action. */
    const open = async (lang = 'fr') => {
      const el = await mount((el) => {
        el.src = url;
        el.action = url;
      }, lang);
      await waitUntil(() => $(el, '#comment-1842'), 'the thread did not load', { timeout: 8000 });
      await settled(el);
      return el;
    };
    return { url, decide, open };
  }
  /** The comments whose text is `body`: their ids, and whether each is pending. */
  const find = (el: KqCommentThread, body: string) =>
    $$(el, 'article')
      .filter((a) => text(a.querySelector(':scope > .main [part=body]')) === body)
      .map((a) => ({ id: a.id.slice(8), pending: a.part.contains('pending') }));
  const held = (el: KqCommentThread) =>
    waitUntil(() => $(el, 'article[id^="comment-h"][part~=pending]'), 'the server did not hold it', { timeout: 8000 });

  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('kq-held')) localStorage.removeItem(key);
  });

  it('a held reply stays after a reload: under its parent, pending, named, not counted', async () => {
    const thread = heldThread();
    const first = await thread.open();
    const reply = [...$$(first, '#comment-1842 button')].find((b) => text(b) === 'Répondre')!;
    reply.click();
    await first.updateComplete;
    const body = `Une réponse ${uid()}`;
    await submit(first, 'Léa', body, $(first, '#comment-1842 form')!);
    await held(first);
    const [{ id }] = find(first, body);
    first.remove();

    const again = await thread.open();
    const article = again.shadowRoot!.getElementById(`comment-${id}`);
    expect(article, 'the held reply is gone after the reload').to.exist;
    expect(article!.closest('[part=replies]')?.id, 'not under its parent').to.equal('r-1842');
    expect(text(article!.querySelector('[part=author]'))).to.equal('Léa');
    expect(text(article!.querySelector('[part=badge]'))).to.equal('En attente de modération');
    expect(find(again, body)).to.deep.equal([{ id, pending: true }]);
    expect(heading(again)).to.equal('1 commentaire');
  });

  it('in en too: "Awaiting moderation", "1 comment"', async () => {
    const thread = heldThread();
    const first = await thread.open('en');
    const body = `A held comment ${uid()}`;
    await submit(first, 'Lea', body);
    await held(first);
    first.remove();
    const again = await thread.open('en');
    expect(find(again, body).map((c) => c.pending)).to.deep.equal([true]);
    expect(text($(again, 'article[part~=pending] [part=badge]'))).to.equal('Awaiting moderation');
    expect(heading(again)).to.equal('1 comment');
  });

  it('approved: shown once, published, and the page’s copy is dropped (the source alone decides)', async () => {
    const thread = heldThread();
    const first = await thread.open();
    const body = `Bientôt publié ${uid()}`;
    await submit(first, 'Léa', body);
    await held(first);
    const [{ id }] = find(first, body);
    first.remove();
    await thread.decide('approve', id);

    const approved = await thread.open();
    expect(find(approved, body), 'shown once, published').to.deep.equal([{ id, pending: false }]);
    expect(heading(approved)).to.equal('2 commentaires');
    approved.remove();
    // Deleted for good afterwards: nothing of it was kept on the page.
    await thread.decide('delete', id);
    const deleted = await thread.open();
    expect(find(deleted, body)).to.deep.equal([]);
    expect(heading(deleted)).to.equal('1 commentaire');
  });

  it('refused (the source lists it deleted): the pending copy goes, the source’s tombstone shows', async () => {
    const thread = heldThread();
    const first = await thread.open();
    const body = `Refusé ${uid()}`;
    await submit(first, 'Léa', body);
    await held(first);
    const [{ id }] = find(first, body);
    first.remove();
    await thread.decide('refuse', id);

    const refused = await thread.open();
    expect(find(refused, body)).to.deep.equal([]);
    expect($$(refused, 'article[part~=pending]')).to.have.length(0);
    expect(text(refused.shadowRoot!.getElementById(`comment-${id}`)!.querySelector('[part=tombstone]'))).to.equal(
      'Ce commentaire a été supprimé.',
    );
  });

  it('an answer that names no id: kept, then matched by parent, name and text once approved', async () => {
    const thread = heldThread();
    const first = await mount((el) => {
      el.src = thread.url;
      el.action = `${thread.url}&noid=1`;
    });
    await waitUntil(() => $(first, '#comment-1842'), 'the thread did not load', { timeout: 8000 });
    const body = `Sans identifiant,\n\nsur deux paragraphes ${uid()}`;
    const shown = body.replace(/\n+/g, '');
    // The answer without an id is skipped with a console message; the comment stays as sent.
    const warn = sinon.stub(console, 'warn');
    try {
      await submit(first, 'Léa', body);
      await waitUntil(() => warn.called, 'the server did not answer', { timeout: 8000 });
    } finally {
      warn.restore();
    }
    expect(find(first, shown).map((c) => c.pending)).to.deep.equal([true]);
    first.remove();

    const again = await mount((el) => {
      el.src = thread.url;
      el.action = `${thread.url}&noid=1`;
    });
    await waitUntil(() => $(again, '#comment-1842'), 'the thread did not load', { timeout: 8000 });
    expect(
      find(again, shown).map((c) => c.pending),
      'kept without an id',
    ).to.deep.equal([true]);
    again.remove();
    await thread.decide('approve');

    const approved = await mount((el) => {
      el.src = thread.url;
      el.action = `${thread.url}&noid=1`;
    });
    await waitUntil(() => $(approved, '#comment-1842'), 'the thread did not load', { timeout: 8000 });
    const [only, ...more] = find(approved, shown);
    expect(more, 'shown twice').to.deep.equal([]);
    expect(only.pending).to.be.false;
    expect(only.id).to.match(/^h\d+$/);
  });

  it('kept 30 days without news, then dropped', async () => {
    const thread = heldThread();
    const first = await thread.open();
    const body = `Oublié ${uid()}`;
    await submit(first, 'Léa', body);
    await held(first);
    first.remove();
    const day = 86_400_000;
    for (const [days, kept] of [
      [29, true],
      [31, false],
    ] as const) {
      const clock = sinon.useFakeTimers({ now: Date.now() + days * day, toFake: ['Date'] });
      try {
        const later = await thread.open();
        expect(find(later, body).length, `${days} days later`).to.equal(kept ? 1 : 0);
        later.remove();
      } finally {
        clock.restore();
      }
    }
  });

  it('unreadable storage: one console message, the thread as the source gives it', async () => {
    const thread = heldThread();
    const first = await thread.open();
    await submit(first, 'Léa', `Abîmé ${uid()}`);
    await held(first);
    first.remove();
    const keys = Object.keys(localStorage).filter((key) => key.startsWith('kq-held'));
    expect(keys, 'nothing was kept on the page').to.have.length(1);
    localStorage.setItem(keys[0], '{"items": [ {"name": "cut');
    let again!: KqCommentThread;
    const warnings = await captureWarnings(async () => {
      again = await thread.open();
      await again.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('held'))).to.have.length(1);
    expect($$(again, 'article').map((a) => a.id)).to.deep.equal(['comment-1842']);
  });
});

describe('where a held comment is asked about: Adapter.comment', () => {
  it('WordPress: /wp/v2/comments/ID from a /wp-json/ or ?rest_route= src, its query left out', () => {
    const base = new URL('/', location.href).href;
    expect(wordpress.comment!('/wp-json/wp/v2/comments?post=4&per_page=20#x', '68')).to.equal(
      `${base}wp-json/wp/v2/comments/68`,
    );
    expect(wordpress.comment!('/blog/?rest_route=/wp/v2/comments&post=4&page=2', '68')).to.equal(
      `${base}blog/?rest_route=%2Fwp%2Fv2%2Fcomments%2F68`,
    );
    // An id from the page's storage never leaves the route.
    expect(wordpress.comment!('/wp-json/wp/v2/comments?post=4', '../../users/1?x')).to.equal(
      `${base}wp-json/wp/v2/comments/..%2F..%2Fusers%2F1%3Fx`,
    );
  });

  it('ours has none: a held comment waits to be listed', () => {
    expect(ours.comment).to.equal(undefined);
  });
});
