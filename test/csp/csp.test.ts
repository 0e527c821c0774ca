// The strict example page (examples/csp/index.html, served by test/server/csp.mjs with
// `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
// trusted-types lit-html dompurify`): with the module bundle and with the classic build, every
// component renders its text, a comment can be posted, HTML comment bodies go through DOMPurify,
// and no violation (and no uncaught error) is reported. Firefox and WebKit have no Trusted Types:
// there the rest of the policy applies.
import { expect, waitUntil } from '@open-wc/testing';
import { SEED_TEXT } from '../server/related-seed.mjs';

type PageWindow = Window & { kqViolations: string[]; kqErrors: string[] };

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Text of an element's shadow tree, nested kiosque elements included. */
function deepText(node: Node): string {
  let out = '';
  for (const child of (node as Element).shadowRoot?.childNodes ?? node.childNodes) {
    out += child.nodeType === Node.TEXT_NODE ? child.textContent : deepText(child);
  }
  return out;
}

async function open(query: string): Promise<PageWindow> {
  // Lists load when near the top-level viewport: a previous test's focus may have scrolled it.
  window.scrollTo(0, 0);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 3000px; border: 0';
  frame.src = `/examples/csp/${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

const EXPECTED: Array<[tag: string, texts: string[]]> = [
  [
    'kq-article-card',
    ['Actualités internationales', 'Les nomades numériques ringardisent l’image des expatriés', 'Bertrand Millet'],
  ],
  ['kq-relative-time', ['3 août 2021']],
  ['kq-contact-link', ['Lui écrire :', 'bertrand@marketing-mentalist.com']],
  ['kq-related-articles', ['À lire aussi', ...SEED_TEXT.map(([, , title]) => title)]],
  ['kq-comment-thread', ['Sans doute n’etes vous pas au courant', 'Bertrand Millet', 'Très bon reportage, merci !']],
];

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

for (const build of ['module', 'classic']) {
  describe(`strict page (CSP and Trusted Types), ${build} build`, function () {
    this.timeout(30_000);

    it('every component renders its text; a comment is posted; no violation, no error', async () => {
      const win = await open(`?build=${build}`);
      const doc = win.document;
      const textOf = (tag: string) => collapse(deepText(doc.querySelector(tag)!).replace(/\u00a0|\u202f/g, ' '));
      for (const [tag, texts] of EXPECTED) {
        await waitUntil(
          () => texts.every((t) => textOf(tag).includes(collapse(t.replace(/\u00a0|\u202f/g, ' ')))),
          `${tag} did not render: "${textOf(tag).slice(0, 200)}"`,
          {
            timeout: 15_000,
          },
        );
      }
      // The contact link is a real mailto link, built in the browser.
      const mail = doc.querySelector('kq-contact-link')!.shadowRoot!.querySelector('a')!;
      expect(mail.getAttribute('href')).to.match(/^mailto:bertrand@marketing-mentalist\.com/);
      const thread = doc.querySelector('kq-comment-thread')! as HTMLElement & { updateComplete: Promise<unknown> };
      // body-format="html": DOMPurify's chunk was loaded under the policy (the classic build
      // carries it inline).
      if (build === 'module') {
        await waitUntil(
          () => win.performance.getEntriesByType('resource').some((e) => e.name.includes('/dist/chunks/purify')),
          'DOMPurify was not loaded',
          { timeout: 10_000 },
        );
      }

      // Posting a comment: shown as pending (once the reply form's module has loaded).
      await thread.updateComplete;
      const form = thread.shadowRoot!.querySelector('section > form') as HTMLFormElement;
      const fill = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      fill(form.querySelector('input')!, 'Lectrice stricte');
      fill(form.querySelector('textarea')!, 'Posté sous une politique stricte.');
      await thread.updateComplete;
      form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await waitUntil(
        () =>
          textOf('kq-comment-thread').includes('Posté sous une politique stricte.') &&
          /en attente de modération/i.test(textOf('kq-comment-thread')),
        'the posted comment is not shown as pending',
        { timeout: 10_000 },
      );

      expect(win.kqViolations, 'CSP violations').to.deep.equal([]);
      expect(win.kqErrors, 'uncaught errors').to.deep.equal([]);
    });
  });
}

describe('strict page: the policy really applies', () => {
  it('an inline style attribute set by script is reported as a violation (the listener works)', async () => {
    const win = await open('?build=module');
    const doc = win.document;
    const div = doc.createElement('div');
    div.setAttribute('style', 'color: red');
    doc.body.append(div);
    const el = doc.createElement('style');
    el.textContent = 'body { color: red }';
    doc.head.append(el);
    await waitUntil(() => win.kqViolations.length > 0, 'no violation reported for an inline <style>', {
      timeout: 5000,
    });
    expect(win.kqViolations.join('\n')).to.include('style-src');
    // Where the browser has Trusted Types, a plain string into an HTML sink is refused.
    if ('trustedTypes' in win) {
      expect(() => (div.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML|Sink type mismatch/);
      await waitUntil(
        () => win.kqViolations.some((v) => v.includes('require-trusted-types-for')),
        'no Trusted Types violation reported',
        { timeout: 5000 },
      );
    }
  });
});
