// Faults (issue #7): every network path meets each fault from the real test server, ends in a
// readable state, and its retry control then succeeds against a healthy answer; nothing typed is lost.
// The paths: related articles `src`, comments `src`, comments paging ("load more"), posting to `action`.
// /api/faults/* (test/server/hostile.mjs) misbehave for a key until the test heals it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/comment-thread/comment-thread.define.js';
import type { KqCommentThread } from '../../src/components/comment-thread/comment-thread.js';
import '../../src/components/related-articles/related-articles.define.js';
import type { KqRelatedArticles } from '../../src/components/related-articles/related-articles.js';
import { captureWarnings } from '../helpers.js';
import { garbageIn, seenText, settleAll } from './audit.js';

/** The faults, as index.mjs query parameters; `slow` answers late (past `timeout` where a path has one). */
const FAULTS: Array<[name: string, query: string]> = [
  ['a slow answer', 'delay=1500'],
  ['a dropped connection', 'drop=1'],
  ['a 404', 'status=404'],
  ['a 500', 'status=500'],
  ['a 503', 'status=503'],
  ['invalid JSON', 'body=garbage'],
  ['a wrong content type (an HTML page)', 'body=html'],
  ['an empty body', 'body=empty'],
];

const uid = () => Math.random().toString(36).slice(2);
const faulty = (path: string, key: string, query: string, extra = '') =>
  `${path}?key=${key}&fault=${encodeURIComponent(query)}${extra}`;
/** From now on the server answers well for `key` (what the reader's retry then meets). */
const heal = (key: string) => fetch(`/api/faults/heal?key=${key}`).then((r) => r.json());
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** Loose ends a fault must not leave: unhandled rejections and uncaught errors. */
function looseEnds() {
  const seen: unknown[] = [];
  const rejection = (e: PromiseRejectionEvent) => seen.push(e.reason);
  const error = (e: ErrorEvent) => seen.push(e.message);
  addEventListener('unhandledrejection', rejection);
  addEventListener('error', error);
  return () => {
    removeEventListener('unhandledrejection', rejection);
    removeEventListener('error', error);
    return seen;
  };
}

async function mount<T extends HTMLElement>(tag: string, setup: (el: T) => void): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: 320px"></div>`);
  const el = document.createElement(tag) as T;
  setup(el);
  wrapper.append(el);
  await settleAll([el]);
  return el;
}

/** A readable end state: no garbage in what a reader sees, and the retry control is a focusable, named button. */
async function expectReadable(el: HTMLElement, retry: HTMLElement | null, label = 'Réessayer') {
  await settleAll([el]);
  expect(garbageIn(seenText(el)), 'garbage in the text').to.deep.equal([]);
  expect(retry, 'no retry control').to.be.instanceOf(HTMLButtonElement);
  expect(text(retry)).to.equal(label);
  expect((retry as HTMLButtonElement).disabled).to.be.false;
  retry!.focus();
  expect(el.shadowRoot!.activeElement).to.equal(retry);
}

let cases = 0;
after(() =>
  console.log(
    `[hardening] faults: ${cases} fault cases (4 network paths × ${FAULTS.length} faults), ` +
      'each retried against a healthy answer',
  ),
);

/** One fault case: counted, a fresh key for the server, and its loose ends watched until `done()`. */
function fault() {
  cases++;
  return { key: uid(), done: looseEnds() };
}

/** Types into the thread's top-level form and sends it. */
function send(form: HTMLElement, typed: { name: string; body: string }) {
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    field.value = typed[field.name as 'name' | 'body'];
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
}

describe('faults: every network path, every fault, then retry', () => {
  for (const [name, query] of FAULTS) {
    it(`related articles src: ${name} → "Le chargement a échoué." and a retry that loads the list`, async () => {
      const { key, done } = fault();
      const $ = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
      let el!: KqRelatedArticles;
      await captureWarnings(async () => {
        el = await mount<KqRelatedArticles>('kq-related-articles', (el) => {
          el.timeout = query.startsWith('delay') ? 400 : 8000;
          el.src = faulty('/api/faults/related', key, query);
        });
        await waitUntil(() => $('[part=error]'), 'no error state', { timeout: 10000 });
      });
      expect(text($('[part=error] p'))).to.equal('Le chargement a échoué.');
      await expectReadable(el, $('[part=retry]'));
      await heal(key);
      $('[part=retry]')!.click();
      await waitUntil(() => $('[part=list]'), 'retry did not load the list', { timeout: 10000 });
      await settleAll([el]);
      expect([...el.shadowRoot!.querySelectorAll('[part=link]')].map(text)).to.deep.equal([
        'Article 1',
        'Article 2',
        'Article 3',
      ]);
      expect($('[part=error]')).to.be.null;
      expect(done()).to.deep.equal([]);
    });

    it(`comments src: ${name} → the fallback stays, an alert, and a retry that loads the comments`, async () => {
      const { key, done } = fault();
      const $ = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
      let el!: KqCommentThread;
      await captureWarnings(async () => {
        el = await mount<KqCommentThread>('kq-comment-thread', (el) => {
          el.src = faulty('/api/faults/comments', key, query);
          el.innerHTML = '<p>Commentaires rendus par le serveur</p>';
        });
        // A slow answer has no timeout here (10 s by default): the reader sees it loading, then the comments.
        if (query.startsWith('delay')) {
          await waitUntil(() => text($('[part=message]')) === 'Chargement…', 'no loading state', { timeout: 5000 });
          expect(text(el)).to.include('Commentaires rendus par le serveur');
        } else {
          await waitUntil(() => $('[role=alert]'), 'no error shown', { timeout: 10000 });
        }
      });
      if (!query.startsWith('delay')) {
        expect(text($('[role=alert]'))).to.equal('Le chargement a échoué. Réessayer');
        expect(text(el)).to.include('Commentaires rendus par le serveur');
        await expectReadable(el, $('[role=alert] button'));
        await heal(key);
        $('[role=alert] button')!.click();
      }
      await waitUntil(() => $('article'), 'the comments did not load', { timeout: 10000 });
      await settleAll([el]);
      expect(text($('#heading'))).to.equal('2 commentaires');
      expect($('[role=alert]')).to.be.null;
      expect(done()).to.deep.equal([]);
    });

    it(`comments paging: ${name} → the first page stays, an alert, and "Réessayer" loads the next page`, async () => {
      const { key, done } = fault();
      const $ = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
      let el!: KqCommentThread;
      await captureWarnings(async () => {
        el = await mount<KqCommentThread>(
          'kq-comment-thread',
          (el) => (el.src = faulty('/api/faults/comments', key, query, '&paging=1')),
        );
        await waitUntil(() => $('[part=more]'), 'the first page did not load', { timeout: 10000 });
        $('[part=more]')!.click();
        await settleAll([el]);
        if (query.startsWith('delay')) {
          // Slow: the button is disabled while the page loads, then the page is appended.
          expect(($('[part=more]') as HTMLButtonElement).disabled).to.be.true;
        } else {
          await waitUntil(() => $('[role=alert]'), 'no error shown', { timeout: 10000 });
        }
      });
      if (!query.startsWith('delay')) {
        expect(text($('[role=alert]'))).to.equal('Le chargement a échoué.');
        expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(2);
        await expectReadable(el, $('[part=more]'));
        await heal(key);
        $('[part=more]')!.click();
      }
      await waitUntil(() => el.shadowRoot!.getElementById('comment-c3'), 'the next page was not appended', {
        timeout: 10000,
      });
      await settleAll([el]);
      expect($('[role=alert]')).to.be.null;
      expect(text($('#heading'))).to.equal('3 commentaires');
      expect(done()).to.deep.equal([]);
    });

    it(`posting to action: ${name} → the typed text is kept, an alert, and "Réessayer" posts it`, async () => {
      const { key, done } = fault();
      const $ = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
      let el!: KqCommentThread;
      const typed = { name: 'Léa', body: 'Mon texte précieux,\nsur deux lignes.' };
      await captureWarnings(async () => {
        el = await mount<KqCommentThread>('kq-comment-thread', (el) => {
          el.comments = [
            { id: 'c1', author: { name: 'ms' }, published: '2021-08-03T11:24:00+02:00', body: 'Premier.' },
          ];
          el.action = `/api/faults/comments?key=${key}&fault=${encodeURIComponent(query)}`;
        });
        send($('section > form')!, typed);
        await settleAll([el]);
        // At once: the comment shows as pending.
        expect(text($('article[id^="comment-kq-local-"] [part=badge]'))).to.equal('En attente de modération');
        if (!query.startsWith('delay'))
          await waitUntil(() => $('section > form [role=alert]'), 'no failure shown', { timeout: 10000 });
      });
      if (!query.startsWith('delay')) {
        const form = $('section > form')!;
        expect(text(form.querySelector('[role=alert]'))).to.equal(
          'L’envoi a échoué. Votre texte est conservé. Réessayer',
        );
        expect(form.querySelector('input')!.value, 'the typed name is lost').to.equal(typed.name);
        expect(form.querySelector('textarea')!.value, 'the typed text is lost').to.equal(typed.body);
        expect($('article[id^="comment-kq-local-"]'), 'the failed comment still shows as pending').to.be.null;
        await expectReadable(el, form.querySelector('[part=retry]'));
        await heal(key);
        form.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      }
      await waitUntil(() => el.shadowRoot!.getElementById(`comment-ok-${key}`), 'the comment was not posted', {
        timeout: 10000,
      });
      await settleAll([el]);
      const posted = el.shadowRoot!.getElementById(`comment-ok-${key}`)!;
      // The text as typed, its line break kept.
      expect(text(posted.querySelector('[part=body]'))).to.equal('Mon texte précieux,sur deux lignes.');
      expect(posted.querySelectorAll('[part=body] br')).to.have.length(1);
      expect(text(posted.querySelector('[part=badge]'))).to.equal('En attente de modération');
      expect($('section > form [role=alert]')).to.be.null;
      expect(($('section > form textarea') as HTMLTextAreaElement).value).to.equal('');
      expect(done()).to.deep.equal([]);
    });
  }

  it('posting to action: a 401 says "Connectez-vous pour commenter.", keeps the text, and retry posts it', async () => {
    const { key, done } = fault();
    const $ = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
    let el!: KqCommentThread;
    await captureWarnings(async () => {
      el = await mount<KqCommentThread>('kq-comment-thread', (el) => {
        el.comments = [];
        el.action = `/api/faults/comments?key=${key}&fault=status%3D401`;
      });
      send($('section > form')!, { name: 'Léa', body: 'Bonjour' });
      await waitUntil(() => $('section > form [role=alert]'), 'no failure shown', { timeout: 10000 });
    });
    expect(text($('section > form [role=alert]'))).to.equal('Connectez-vous pour commenter. Réessayer');
    expect(($('section > form textarea') as HTMLTextAreaElement).value).to.equal('Bonjour');
    await expectReadable(el, $('section > form [part=retry]'));
    await heal(key);
    $('section > form [part=retry]')!.click();
    await waitUntil(() => el.shadowRoot!.getElementById(`comment-ok-${key}`), 'the comment was not posted', {
      timeout: 10000,
    });
    expect(done()).to.deep.equal([]);
  });
});
