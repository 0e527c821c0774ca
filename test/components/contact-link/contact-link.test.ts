import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/contact-link/contact-link.define.js';
import { mailtoUrl, type KqContactLink } from '../../../src/components/contact-link/contact-link.js';
import { captureWarnings, deepActiveElement, pasteClipboard, pressKey } from '../../helpers.js';

const ADDRESS = 'bertrand@marketing-mentalist.com';
const FALLBACK = 'Lui écrire : bertrand [at] marketing-mentalist [dot] com';

async function contact(attrs: Record<string, string>, lang = 'fr', children = '') {
  const wrapper = fixtureSync<HTMLParagraphElement>(html`<p lang=${lang}></p>`);
  const el = document.createElement('kq-contact-link');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = children;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const $ = (el: KqContactLink, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
/** What a sighted reader sees: the shadow text with the label slot's fallback, or the slotted text. */
const seen = (el: KqContactLink) => {
  const walk = (node: Node): string => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes();
      return (assigned.length ? assigned : [...node.childNodes]).map(walk).join('');
    }
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof HTMLElement && node.getAttribute('role') === 'status') return '';
    return [...node.childNodes].map(walk).join('');
  };
  return walk(el.shadowRoot!)
    .replace(/[ \n\t]+/g, ' ')
    .trim();
};

describe('<kq-contact-link>', () => {
  it('reads "Lui écrire : …" in French, with a no-break space before the colon, and is accessible', async () => {
    const el = await contact({ email: ADDRESS });
    await expect(el).to.be.accessible();
    expect(seen(el)).to.equal(`Lui écrire\u00a0: ${ADDRESS}`);
    const link = $(el, 'a')!;
    expect(link.getAttribute('href')).to.equal(`mailto:${ADDRESS}`);
    expect(link.textContent).to.equal(ADDRESS);
  });

  it('reads "Write to: …" in English and follows a language change', async () => {
    const el = await contact({ email: ADDRESS }, 'en');
    expect(seen(el)).to.equal(`Write to: ${ADDRESS}`);
    el.parentElement!.lang = 'fr';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(seen(el)).to.equal(`Lui écrire\u00a0: ${ADDRESS}`);
  });

  it('assembles user + domain in the browser; the served HTML never holds the address', async () => {
    const el = await contact({ user: 'bertrand', domain: 'marketing-mentalist.com' }, 'fr', FALLBACK);
    // What the server sent (the element and its light DOM) has no whole address.
    expect(el.outerHTML).not.to.include(ADDRESS);
    expect(el.textContent).to.equal(FALLBACK);
    expect($(el, 'a')!.getAttribute('href')).to.equal(`mailto:${ADDRESS}`);
    expect(seen(el)).to.equal(`Lui écrire\u00a0: ${ADDRESS}`);
    await expect(el).to.be.accessible();
  });

  // Exact mailto: strings per RFC 6068: UTF-8 percent-encoding, %20 for a space, %0D%0A for a line break.
  const subjects: Array<[string, string | undefined, string | undefined, string]> = [
    [
      'accents',
      'Réaction à l’article',
      undefined,
      `mailto:${ADDRESS}?subject=R%C3%A9action%20%C3%A0%20l%E2%80%99article`,
    ],
    ['ampersand', 'Questions & réponses', undefined, `mailto:${ADDRESS}?subject=Questions%20%26%20r%C3%A9ponses`],
    [
      'question mark and hash',
      'Pourquoi ? #nomades',
      undefined,
      `mailto:${ADDRESS}?subject=Pourquoi%20%3F%20%23nomades`,
    ],
    ['plus and percent', '1+1 = 100%', undefined, `mailto:${ADDRESS}?subject=1%2B1%20%3D%20100%25`],
    [
      'line breaks in the body',
      'Bonjour',
      'Ligne 1\nLigne 2\r\nLigne 3',
      `mailto:${ADDRESS}?subject=Bonjour&body=Ligne%201%0D%0ALigne%202%0D%0ALigne%203`,
    ],
    ['body only', undefined, 'Merci !', `mailto:${ADDRESS}?body=Merci%20!`],
  ];
  for (const [name, subject, body, expected] of subjects) {
    it(`prefills ${name}: ${expected}`, async () => {
      const attrs: Record<string, string> = { email: ADDRESS };
      if (subject !== undefined) attrs.subject = subject;
      if (body !== undefined) attrs.body = body;
      const el = await contact(attrs);
      expect($(el, 'a')!.getAttribute('href')).to.equal(expected);
      expect($(el, 'a')!.getAttribute('href')).not.to.include('+');
      expect(mailtoUrl(ADDRESS, subject, body)).to.equal(expected);
    });
  }

  it('percent-encodes the local part of an address', () => {
    expect(mailtoUrl('jean+presse@example.com', 'Salut')).to.equal('mailto:jean%2Bpresse@example.com?subject=Salut');
  });

  it('links a phone number and any safe href', async () => {
    const tel = await contact({ tel: '+33 1 23 45 67 89', label: 'Appeler :' });
    expect($(tel, 'a')!.getAttribute('href')).to.equal('tel:+33123456789');
    expect(seen(tel)).to.equal('Appeler : +33 1 23 45 67 89');
    const page = await contact({ href: 'https://example.com/contact/' }, 'en');
    expect($(page, 'a')!.getAttribute('href')).to.equal('https://example.com/contact/');
    expect(seen(page)).to.equal('Write to: example.com/contact');
  });

  it('takes its label from the label attribute or the label slot; label="" shows none', async () => {
    expect(seen(await contact({ email: ADDRESS, label: 'Contact :' }))).to.equal(`Contact : ${ADDRESS}`);
    expect(seen(await contact({ email: ADDRESS, label: '' }))).to.equal(ADDRESS);
    const slotted = await contact({ email: ADDRESS }, 'fr', '<strong slot="label">Écrire à l’auteur :</strong>');
    expect(seen(slotted)).to.equal(`Écrire à l’auteur : ${ADDRESS}`);
  });

  const invalid: Array<[string, Record<string, string>, string]> = [
    ['an invalid email', { email: 'bertrand@' }, 'Lui écrire\u00a0: bertrand@'],
    [
      'an email with markup',
      { email: '<img src=x onerror=alert(1)>@x.com' },
      'Lui écrire\u00a0: <img src=x onerror=alert(1)>@x.com',
    ],
    ['a user without domain', { user: 'bertrand' }, 'Lui écrire\u00a0: bertrand [at]'],
    ['an invalid phone number', { tel: 'call me' }, 'Lui écrire\u00a0: call me'],
    ['a javascript: href', { href: 'javascript:alert(1)' }, 'Lui écrire\u00a0: javascript:alert(1)'],
  ];
  for (const [name, attrs, text] of invalid) {
    it(`shows ${name} as plain text, without a link, with one warning`, async () => {
      let el!: KqContactLink;
      const warnings = await captureWarnings(async () => {
        el = await contact(attrs);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('kq-contact-link');
      expect($(el, 'a')).to.be.null;
      expect(seen(el)).to.equal(text);
      expect($(el, 'img')).to.be.null;
    });
  }

  it('keeps the publisher fallback when the address is invalid or missing', async () => {
    let el!: KqContactLink;
    const warnings = await captureWarnings(async () => {
      el = await contact({ user: 'bertrand', domain: 'not a domain' }, 'fr', FALLBACK);
    });
    expect(warnings).to.have.length(1);
    expect(seen(el)).to.equal(FALLBACK);
    const none = await captureWarnings(async () => {
      el = await contact({}, 'fr', FALLBACK);
    });
    expect(none).to.have.length(1);
    expect(seen(el)).to.equal(FALLBACK);
  });

  it('copy button: reports the refusal in English too', async () => {
    const el = await contact({ email: ADDRESS, copy: '' }, 'en');
    const button = $(el, 'button')!;
    expect(button.textContent).to.equal('Copy address');
    button.click();
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.equal('Could not copy: select the address to copy it');
  });

  it('copy button: reports the refusal of the clipboard in the live region and selects the address', async () => {
    const el = await contact({ email: ADDRESS, copy: '' });
    await expect(el).to.be.accessible();
    const button = $(el, 'button')!;
    expect(button.textContent).to.equal('Copier l’adresse');
    const status = $(el, '[role=status]')!;
    expect(status.textContent).to.equal('');
    // A script's click carries no user activation: every engine refuses the clipboard.
    button.focus();
    button.click();
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(status.textContent).to.equal('Copie impossible : sélectionnez l’adresse pour la copier');
    // The fallback's hidden textarea is gone, and the button kept the focus.
    expect(el.shadowRoot!.querySelector('textarea')).to.be.null;
    expect(deepActiveElement()).to.equal(button);
    expect(getSelection()!.toString() || getSelection()!.getComposedRanges?.({ shadowRoots: [el.shadowRoot!] }).length)
      .to.be.ok;
  });

  // Real input from here on (trusted key presses and clicks carry user activation): these tests
  // come after the refusal tests above, which need a page that has had none.
  it('keyboard (real Tab and Shift+Tab keys): the link, then the copy button, are the only tab stops', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div lang="fr">
        <button>avant</button><kq-contact-link email=${ADDRESS} copy></kq-contact-link><button>après</button>
      </div>`,
    );
    const [before, after] = wrapper.querySelectorAll('button');
    const el = wrapper.querySelector('kq-contact-link')!;
    await el.updateComplete;
    before.focus();
    const reached: Array<Element | null> = [];
    for (let i = 0; i < 3; i++) {
      await pressKey('Tab');
      reached.push(deepActiveElement());
    }
    expect(reached).to.deep.equal([$(el, 'a'), $(el, 'button'), after]);
    await pressKey('Tab', 'Shift');
    expect(deepActiveElement()).to.equal($(el, 'button'));
    await pressKey('Tab', 'Shift');
    expect(deepActiveElement()).to.equal($(el, 'a'));
  });

  const successes: Array<[string, string, string, (el: KqContactLink) => Promise<void>]> = [
    ['fr', 'Enter', 'Adresse copiée', () => pressKey('Enter')],
    ['en', 'Space', 'Address copied', () => pressKey(' ')],
    [
      'fr',
      'a mouse click',
      'Adresse copiée',
      async (el) => {
        const box = $(el, 'button')!.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
        });
        await resetMouse();
      },
    ],
  ];
  for (const [i, [lang, gesture, message, act]] of successes.entries()) {
    it(`copy button (${gesture}, ${lang}): the address is in the clipboard and "${message}" is announced`, async () => {
      // A new address each time: the clipboard cannot hold it from an earlier test.
      const address = `copie-${i}-${Date.now()}@marketing-mentalist.com`;
      const el = await contact({ email: address, copy: '' }, lang);
      const status = $(el, '[role=status]')!;
      expect(status.textContent).to.equal('');
      $(el, 'button')!.focus();
      await act(el);
      await waitUntil(() => status.textContent !== '', `nothing announced after ${gesture}`);
      expect(status.textContent).to.equal(message);
      expect(await pasteClipboard()).to.equal(address);
      // A second copy announces again: the region is emptied, then refilled.
      const texts: string[] = [];
      new MutationObserver(() => texts.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      $(el, 'button')!.focus();
      await act(el);
      await waitUntil(() => texts.length >= 2, `not announced again after a second ${gesture}`);
      expect(texts).to.deep.equal(['', message]);
    });
  }
});
