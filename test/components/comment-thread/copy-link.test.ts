// "Copier le lien" with the real clipboard, in a page of its own: the refusal tests need a page
// that has had no user activation yet (a script's click carries none), the others use real input.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/comment-thread/comment-thread.define.js';
import { deepActiveElement, pasteClipboard, pressKey, settled } from '../../helpers.js';
import { seedComment } from '../../server/comments-seed.mjs';

async function thread(lang: string, id = seedComment.id) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kq-comment-thread');
  el.comments = [{ ...seedComment, id }];
  wrapper.append(el);
  await settled(el);
  const button = [...el.shadowRoot!.querySelectorAll('[part=actions] button')].at(-1) as HTMLButtonElement;
  const status = el.shadowRoot!.querySelector('section > [role=status]')!;
  return { el, button, status };
}
const permalink = (id: string) => new URL(`#comment-${encodeURIComponent(id)}`, location.href).href;

afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<kq-comment-thread> copy link', () => {
  for (const [lang, label, message] of [
    ['fr', 'Copier le lien', 'Copie impossible : le lien est dans la barre d’adresse'],
    ['en', 'Copy link', 'Could not copy: the link is in the address bar'],
  ]) {
    it(`(${lang}) a refused clipboard puts the permalink in the address bar, says so, keeps the focus`, async () => {
      const { el, button, status } = await thread(lang, 'é 1842');
      expect(button.textContent!.trim()).to.equal(label);
      button.focus();
      // A script's click carries no user activation: every engine refuses both ways of copying.
      button.click();
      await waitUntil(() => status.textContent !== '', 'nothing announced');
      expect(status.textContent).to.equal(message);
      expect(location.href).to.equal(permalink('é 1842'));
      expect(deepActiveElement() === button, 'the button lost the focus').to.be.true;
      // The hidden textarea of the fallback is gone.
      expect(el.shadowRoot!.querySelectorAll('textarea[aria-hidden]').length, 'the hidden textarea is left').to.equal(
        0,
      );
    });
  }

  const gestures: Array<[string, string, string, (button: HTMLButtonElement) => Promise<void>]> = [
    ['fr', 'Enter', 'Lien copié', () => pressKey('Enter')],
    [
      'en',
      'a mouse click',
      'Link copied',
      async (button) => {
        const box = button.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
        });
        await resetMouse();
      },
    ],
  ];
  for (const [i, [lang, gesture, message, act]] of gestures.entries()) {
    it(`(${lang}, ${gesture}) copies the permalink, announces "${message}", again a second time`, async () => {
      // A new id each time: the clipboard cannot hold the link from an earlier test.
      const id = `${i}-${Date.now()}`;
      const { button, status } = await thread(lang, id);
      button.focus();
      await act(button);
      await waitUntil(() => status.textContent !== '', `nothing announced after ${gesture}`);
      expect(status.textContent).to.equal(message);
      expect(location.hash).to.equal('');
      expect(await pasteClipboard()).to.equal(permalink(id));
      const texts: string[] = [];
      new MutationObserver(() => texts.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      button.focus();
      await act(button);
      await waitUntil(() => texts.length >= 2, `not announced again after a second ${gesture}`);
      expect(texts).to.deep.equal(['', message]);
    });
  }
});
