// What the test files of test/wordpress share: the running site and its seed, a thread mounted
// against it, and a reader filling and sending its form.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/comment-thread/comment-thread.define.js';
import type { KqCommentThread } from '../../src/components/comment-thread/comment-thread.js';
import { settled } from '../helpers.js';

/** The ids scripts/wordpress/seed.php prints (the posting tests' own in scripts/wordpress/posting.php). */
export interface Seed {
  article: number;
  related: number[];
  ms: number;
  closedPost: number;
  disallowed: string;
}

/** The running site (its URL and seed); throws when none runs. */
export async function wordpressSite(): Promise<{ url: string; seed: Seed }> {
  const answer = await fetch('/wordpress-site');
  if (!answer.ok) throw new Error(`No WordPress to test against: ${(await answer.json()).error}`);
  return answer.json();
}

/** The comments URL of `post` through the door `prefix` of test/wordpress/server.mjs. */
export const comments = (post: number, extra = '', prefix = '/wordpress') =>
  `${prefix}/?rest_route=/wp/v2/comments&post=${post}${extra}`;

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** Text as a reader sees it: whitespace collapsed, CLDR's narrow/no-break spaces as plain spaces. */
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** Unique per test and engine: WordPress refuses the same comment twice (409). */
export const uid = () => `${Math.random().toString(36).slice(2)}-${navigator.userAgent.length}`;

/** A `<kq-comment-thread adapter="wordpress">` in `lang`, set up by `setup`, rendered with its form. */
export async function wordpressThread(setup: (el: KqCommentThread) => void, lang = 'fr'): Promise<KqCommentThread> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 640px"></div>`);
  const el = document.createElement('kq-comment-thread');
  el.setAttribute('time-zone', 'Europe/Paris');
  el.adapter = 'wordpress';
  setup(el);
  wrapper.append(el);
  await settled(el);
  await waitUntil(() => $(el, 'article'), 'no comment rendered from WordPress', { timeout: 15000 });
  // The reply form is loaded on demand: done once it has rendered too.
  await el.updateComplete;
  return el;
}

/** Types `name` (null: a form without a name field) and `body` into `form`, then clicks Publier. */
export async function submit(
  el: KqCommentThread,
  name: string | null,
  body: string,
  form = $(el, 'section > form') as HTMLFormElement,
): Promise<void> {
  for (const [field, value] of [
    [form.querySelector('input'), name],
    [form.querySelector('textarea')!, body],
  ] as const) {
    if (value === null || !field) continue;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
  form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
  await el.updateComplete;
}
