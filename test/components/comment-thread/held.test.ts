// <kq-comment-thread> and the reader's own comments held for moderation (issue 16, items 3 and 7):
// the count says what the source publishes; a held comment stays shown, pending, after a reload,
// until the source lists it (approved: shown once, published) or refuses it. The source is the
// test server's /api/held (test/server/held.mjs), which lists held comments to nobody, as
// WordPress does to an anonymous reader. A reload is a new element on the same page: it knows
// only what the page's storage kept.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/comment-thread/comment-thread.define.js';
import type { KqCommentThread } from '../../../src/components/comment-thread/comment-thread.js';
import { settled } from '../../helpers.js';
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
