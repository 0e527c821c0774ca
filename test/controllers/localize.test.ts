import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  LocalizeController,
  intlLocale,
  languageChain,
  languageOf,
  localizeSubscribers,
  registerTranslation,
} from '../../src/controllers/localize.js';
import en from '../../src/translations/en.js';
import fr from '../../src/translations/fr.js';

registerTranslation(en, fr);

class LocalizedProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<p>${this.localize.term('relatedHeading')}</p>
      <p>${this.localize.term('commentCount', 2)}</p>
      <p>${this.localize.dir}</p>`;
  }
}
customElements.define('localized-probe', LocalizedProbe);

const texts = (el: Element) => [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);
const mutations = () => new Promise((r) => setTimeout(r, 0));

describe('localize controller', () => {
  it('builds the fallback chain of a language tag', () => {
    expect(languageChain('fr-CA')).to.deep.equal(['fr-ca', 'fr', 'en']);
    expect(languageChain('zh_Hant_TW')).to.deep.equal(['zh-hant-tw', 'zh-hant', 'zh', 'en']);
    expect(languageChain('')).to.deep.equal(['en']);
  });

  it('gives Intl a locale the browser supports, never a malformed one', () => {
    expect(intlLocale('fr-CA')).to.equal('fr-ca');
    expect(intlLocale('!!')).to.equal('en');
  });

  it('takes the closest [lang], crossing shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr"><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(languageOf(inner)).to.equal('fr');
    host.setAttribute('lang', 'en-GB');
    expect(languageOf(inner)).to.equal('en-GB');
  });

  it('renders the strings of the closest language and follows changes, re-rendering only who changed', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div lang="fr"><localized-probe id="a"></localized-probe></div>
        <div lang="en"><localized-probe id="b"></localized-probe></div>
      </div>`,
    );
    const [a, b] = page.querySelectorAll<LocalizedProbe>('localized-probe');
    await a.updateComplete;
    await b.updateComplete;
    expect(texts(a)).to.deep.equal(['À lire aussi', '2 commentaires', 'ltr']);
    expect(texts(b)).to.deep.equal(['Related articles', '2 comments', 'ltr']);
    const before = b.renders;
    a.parentElement!.setAttribute('lang', 'en');
    await mutations();
    await a.updateComplete;
    expect(texts(a)).to.deep.equal(['Related articles', '2 comments', 'ltr']);
    expect(b.renders, 'the other element did not re-render').to.equal(before);
  });

  it('adds a partial locale whose missing strings fall back key by key', async () => {
    registerTranslation({ $code: 'de', $dir: 'ltr', relatedHeading: 'Lesen Sie auch' });
    const el = await fixture<LocalizedProbe>(html`<localized-probe lang="de-AT"></localized-probe>`);
    expect(texts(el)).to.deep.equal(['Lesen Sie auch', '2 comments', 'ltr']);
  });

  it('takes the direction from [dir], else from the language', async () => {
    registerTranslation({ $code: 'he', $dir: 'rtl', relatedHeading: 'כדאי לקרוא' });
    const el = await fixture<LocalizedProbe>(html`<localized-probe lang="he"></localized-probe>`);
    expect(texts(el)[2]).to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    await mutations();
    await el.updateComplete;
    expect(texts(el)[2]).to.equal('ltr');
  });

  it('lets go of every element on disconnect', async () => {
    const before = localizeSubscribers();
    const page = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    for (let i = 0; i < 100; i++) page.append(document.createElement('localized-probe'));
    expect(localizeSubscribers()).to.equal(before + 100);
    page.remove();
    expect(localizeSubscribers()).to.equal(before);
  });
});
