// A reader's comment held for moderation, against the real WordPress (issue 16, items 3 and 7):
// WordPress lists it to nobody (its REST API offers an anonymous author no way to read it back),
// so the page keeps it and shows it pending after a reload, counted apart from WordPress's own
// count, until a moderator approves it (then WordPress's copy, once) or deletes it. Each test
// works on a post of its own, created by the moderator: the three engines never meet.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/comment-thread/comment-thread.define.js';
import type { KqCommentThread } from '../../src/components/comment-thread/comment-thread.js';
import { settled } from '../helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** Unique per test and engine: WordPress refuses the same comment twice (409). */
const uid = () => `${Math.random().toString(36).slice(2)}-${navigator.userAgent.length}`;
const heading = (el: KqCommentThread) => text($(el, '#heading'));

type Rest = (method: string, route: string, body?: unknown) => Promise<Record<string, unknown>>;

/**
 * The site's admin as a moderator, with WordPress's REST API and nonce. Signed in through the
 * /wordpress-locked/ door of test/wordpress/server.mjs: its cookies keep to that path, so the
 * reader's requests to /wordpress/ stay anonymous.
 */
async function moderator(): Promise<Rest> {
  const door = '/wordpress-locked';
  await fetch(`${door}/wp-login.php`, { credentials: 'same-origin' });
  const login = new URLSearchParams({ log: 'admin', pwd: 'kiosque-admin', testcookie: '1' });
  await fetch(`${door}/wp-login.php`, { method: 'POST', body: login, redirect: 'manual', credentials: 'same-origin' });
  const nonce = await (await fetch(`${door}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  expect(nonce, 'WordPress gave the moderator no REST nonce: the login failed').to.match(/^[0-9a-f]{10}$/);
  return async (method, route, body) => {
    const answer = await fetch(`${door}/?rest_route=${route}`, {
      method,
      headers: { 'X-WP-Nonce': nonce, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(answer.status, `the moderator's ${method} ${route}`).to.be.within(200, 201);
    return answer.json();
  };
}

/** A post of this test's own, open to comments, with one approved comment; its comments' URL. */
async function freshPost(rest: Rest) {
  const post = await rest('POST', '/wp/v2/posts', { title: `Tenu ${uid()}`, status: 'publish', content: '<p>x</p>' });
  await rest('POST', '/wp/v2/comments', { post: post.id, author_name: 'ms', content: 'Premier.', status: 'approved' });
  return `/wordpress/?rest_route=/wp/v2/comments&post=${post.id}`;
}

/**
 * The page opened (again): a new thread that reads `comments` (one comment a page unless
 * `perPage` says otherwise) and posts to `action` (the same URL by default).
 */
async function open(comments: string, action = comments, perPage = 1) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: 640px"></div>`);
  const el = document.createElement('kq-comment-thread');
  el.setAttribute('time-zone', 'Europe/Paris');
  el.adapter = 'wordpress';
  el.src = `${comments}&per_page=${perPage}`;
  el.action = action;
  wrapper.append(el);
  await settled(el);
  await waitUntil(() => $(el, 'article'), 'no comment rendered from WordPress', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

/** Sends the top-level form as an anonymous reader; resolves with the id WordPress gave the held comment. */
async function post(el: KqCommentThread, name: string, body: string) {
  const form = $(el, 'section > form')!;
  for (const [field, value] of [
    [form.querySelector('input')!, name],
    [form.querySelector('textarea')!, body],
  ] as const) {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
  form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
  await waitUntil(() => /^comment-\d+$/.test($(el, 'article[part~=pending]')?.id ?? ''), 'WordPress did not answer', {
    timeout: 15000,
  });
  return $(el, 'article[part~=pending]')!.id.slice(8);
}

/** The comments whose text is `body`: their ids, and whether each is pending. */
const find = (el: KqCommentThread, body: string) =>
  $$(el, 'article')
    .filter((a) => text(a.querySelector('[part=body]')) === body)
    .map((a) => ({ id: a.id.slice(8), pending: a.part.contains('pending') }));

describe('WordPress: the reader’s comment held for moderation', () => {
  let rest: Rest;
  before(async function () {
    this.timeout(30000);
    rest = await moderator();
  });
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('kq-held')) localStorage.removeItem(key);
  });

  it('held: still shown, pending, after a reload; approved: shown once, published', async function () {
    this.timeout(90000);
    const comments = await freshPost(rest);
    const first = await open(comments);
    expect(heading(first)).to.equal('1 commentaire');
    const body = `Un avis tenu ${uid()}`;
    const id = await post(first, 'Lectrice anonyme', body);
    expect(heading(first), 'WordPress counts 1 approved').to.equal('1 commentaire');
    first.remove();
    // What WordPress gives an anonymous reader: not the held comment.
    const listed = await (await fetch(`${comments}&include=${id}`)).json();
    expect(listed, 'WordPress lists the held comment to anyone').to.deep.equal([]);

    const reloaded = await open(comments);
    expect(find(reloaded, body), 'gone after the reload').to.deep.equal([{ id, pending: true }]);
    const held = reloaded.shadowRoot!.getElementById(`comment-${id}`)!;
    expect(text(held.querySelector('[part=author]'))).to.equal('Lectrice anonyme');
    expect(text(held.querySelector('[part=badge]'))).to.equal('En attente de modération');
    expect(heading(reloaded)).to.equal('1 commentaire');
    reloaded.remove();

    await rest('POST', `/wp/v2/comments/${id}`, { status: 'approved' });
    // Approved, on WordPress's second page (one comment a page): shown at once, published, counted.
    const approved = await open(comments);
    await waitUntil(() => find(approved, body)[0]?.pending === false, 'the approved comment still reads pending', {
      timeout: 15000,
    });
    expect(find(approved, body)).to.deep.equal([{ id, pending: false }]);
    expect(heading(approved)).to.equal('2 commentaires');
    // Its page loaded: still once.
    $(approved, '[part=more]')!.click();
    await waitUntil(() => !$(approved, '[part=more]'), 'the second page did not load', { timeout: 15000 });
    expect(find(approved, body)).to.deep.equal([{ id, pending: false }]);
    expect($$(approved, 'article').map((a) => a.id)).to.have.length(2);
  });

  it('deleted by the moderator: gone after the next reload', async function () {
    this.timeout(90000);
    const comments = await freshPost(rest);
    const first = await open(comments);
    const body = `Un avis supprimé ${uid()}`;
    const id = await post(first, 'Lectrice anonyme', body);
    first.remove();
    const reloaded = await open(comments);
    expect(find(reloaded, body)).to.deep.equal([{ id, pending: true }]);
    reloaded.remove();

    await rest('DELETE', `/wp/v2/comments/${id}&force=true`);
    const deleted = await open(comments);
    await waitUntil(() => !find(deleted, body).length, 'the deleted comment still shows', { timeout: 15000 });
    expect($$(deleted, 'article[part~=pending]')).to.have.length(0);
    expect(heading(deleted)).to.equal('1 commentaire');
  });
  it('an answer lost, then 409 duplicate: kept without an id, then found by parent, name and text', async function () {
    this.timeout(90000);
    const comments = await freshPost(rest);
    const post = new URL(comments, location.href).searchParams.get('post');
    // The lossy door: WordPress saves the comment, its answer is lost; the retry gets 409 (sent).
    const lossy = comments.replace('/wordpress/', '/wordpress-lost/');
    const first = await open(comments, lossy, 10);
    // WordPress's typography changes quotes, dashes and ellipses of what it shows.
    const body = `L'avis d'une lectrice -- "entre guillemets"... ${uid()}`;
    const form = $(first, 'section > form')!;
    for (const [field, value] of [
      [form.querySelector('input')!, 'Lectrice en voyage'],
      [form.querySelector('textarea')!, body],
    ] as const) {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await first.updateComplete;
    form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    const retry = () => $(first, 'section > form [part=retry]');
    await waitUntil(retry, 'the lost answer did not read as a failure', { timeout: 15000 });
    // The retry's answer (409: WordPress has it) is what makes the page keep it: wait for it.
    performance.clearResourceTimings();
    retry()!.click();
    const lossyUrl = new URL(lossy, location.href).href;
    const answered = () => performance.getEntriesByType('resource').some((entry) => entry.name === lossyUrl);
    await waitUntil(answered, 'WordPress did not answer the retry', { timeout: 15000 });
    await aTimeout(100);
    await first.updateComplete;
    expect(find(first, body), 'the 409 did not show it pending').to.have.length(1);
    expect(find(first, body)[0].pending).to.be.true;
    expect(find(first, body)[0].id, 'WordPress named it').to.match(/^kq-local-/);
    first.remove();

    const reloaded = await open(comments, lossy, 10);
    expect(
      find(reloaded, body).map((c) => c.pending),
      'gone after the reload',
    ).to.deep.equal([true]);
    reloaded.remove();

    const [held] = (await rest('GET', `/wp/v2/comments&post=${post}&status=hold`)) as unknown as Array<{ id: number }>;
    await rest('POST', `/wp/v2/comments/${held.id}`, { status: 'approved' });
    const approved = await open(comments, lossy, 10);
    const shown = approved.shadowRoot!.getElementById(`comment-${held.id}`);
    expect(shown, 'the approved comment is not shown').to.exist;
    expect(shown!.part.contains('pending')).to.be.false;
    expect($$(approved, 'article[part~=pending]'), 'the page’s copy still shows').to.have.length(0);
    expect($$(approved, 'article')).to.have.length(2);
    expect(heading(approved)).to.equal('2 commentaires');
  });
});
