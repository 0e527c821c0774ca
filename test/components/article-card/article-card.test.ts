import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/article-card/article-card.define.js';
import '../../../src/components/contact-link/contact-link.define.js';
import type { KqArticleCard } from '../../../src/components/article-card/article-card.js';
import type { Article } from '../../../src/internal/article.js';
import type { KqRelativeTime } from '../../../src/components/relative-time/relative-time.js';
import {
  captureWarnings,
  deepActiveElement,
  expectNoGarbage,
  pasteClipboard,
  pressKey,
  settled,
} from '../../helpers.js';

const DAY = 86_400_000;
const PHOTO = new URL('./photo.svg', import.meta.url).pathname;
const MISSING = new URL('./no-such-photo.jpg', import.meta.url).pathname;

const TITLE = 'Les nomades numériques ringardisent l’image des expatriés';
const STANDFIRST =
  'Souvent jeunes et célibataires sans enfant, se jouant des frontières et des distances, ces entrepreneurs ' +
  'du digital n’ont besoin que d’un ordinateur et une liaison internet haut débit pour faire tourner leur ' +
  'petite entreprise.';

const article = (over: Partial<Article> = {}): Article => ({
  url: 'https://example.com/nomades',
  title: TITLE,
  category: 'Actualités internationales',
  categoryUrl: 'https://example.com/international',
  standfirst: STANDFIRST,
  author: 'Marie Martin',
  published: new Date(Date.now() - 4 * DAY).toISOString(),
  readingMinutes: 4,
  image: {
    src: PHOTO,
    alt: 'Une plage de Las Terrenas',
    width: 160,
    height: 90,
    caption: 'Las Terrenas',
    credit: 'AFP',
  },
  ...over,
});

async function card(data: Partial<Article> | null, attrs: Record<string, string> = {}, lang = 'fr', children = '') {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div lang=${lang} style="width: 320px"></div>`);
  const el = document.createElement('kq-article-card');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = children;
  if (data) el.article = article(data);
  wrapper.append(el);
  await settled(el);
  return el;
}

const $ = (el: KqArticleCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: KqArticleCard, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();
/** The visible text of a kq-relative-time (without the full date for assistive technology). */
const dateText = (el: KqArticleCard) => ($(el, 'kq-relative-time') as KqRelativeTime | null)?.text;

describe('<kq-article-card>', () => {
  it('is accessible, with exactly one link: the headline, stretched over the card', async () => {
    const el = await card({});
    await expect(el).to.be.accessible();
    const links = $$(el, 'a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('https://example.com/nomades');
    expect(text(links[0])).to.equal(TITLE);
    expect(links[0].closest('h3')).to.exist;
    // The category is plain text in a teaser, even with a categoryUrl.
    expect(text($(el, '[part~=category]'))).to.equal('Actualités internationales');
    // The link's ::after covers the card: a point on the image is the link.
    // width and height reserve the image's box before it loads (a background tab may never load it).
    const box = $(el, 'img')!.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(100);
    expect(el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(links[0]);
    expect(getComputedStyle(links[0], '::after').position).to.equal('absolute');
  });

  const cases: Array<[string, string, string, string, string]> = [
    ['fr', 'il y a 4 jours', 'Par Marie Martin', '4\u00a0min de lecture', '© AFP'],
    ['en', '4 days ago', 'By Marie Martin', '4 min read', '© AFP'],
  ];
  for (const [lang, date, byline, reading, credit] of cases) {
    it(`renders the card text in ${lang}: "${date}", "${byline}", "${reading}"`, async () => {
      const el = await card({}, {}, lang);
      expect(text($(el, '[part~=headline]'))).to.equal(TITLE);
      expect(text($(el, '[part~=standfirst]'))).to.equal(STANDFIRST);
      expect(dateText(el)).to.equal(date);
      expect(text($(el, '[part~=byline]'))).to.equal(byline);
      expect(text($(el, '[part~=reading-time]'))).to.equal(reading);
      expectNoGarbage(el.shadowRoot!.textContent!);
      // The header variant shows the caption and the credit.
      const header = await card(
        { updated: new Date(Date.now() - DAY - 60_000).toISOString() },
        { variant: 'header' },
        lang,
      );
      expect(text($(header, 'figcaption'))).to.equal(`Las Terrenas ${credit}`);
      const updated = $(header, '[part~=updated]')!;
      expect(`${text(updated)} ${(updated.querySelector('kq-relative-time') as KqRelativeTime).text}`).to.equal(
        lang === 'fr' ? 'Mis à jour il y a 1 jour' : 'Updated 1 day ago',
      );
    });
  }

  it('header variant: kicker link, h1 headline not linked, standfirst, byline, date, lead image', async () => {
    const el = await card({}, { variant: 'header', priority: '' });
    await expect(el).to.be.accessible();
    expect($$(el, 'h1')).to.have.length(1);
    expect(text($(el, 'h1'))).to.equal(TITLE);
    expect($(el, 'h1 a')).to.be.null;
    const kicker = $(el, '[part~=category] a')!;
    expect(kicker.getAttribute('href')).to.equal('https://example.com/international');
    expect(text(kicker)).to.equal('Actualités internationales');
    expect(text($(el, '[part~=standfirst]'))).to.equal(STANDFIRST);
    expect(dateText(el)).to.equal('il y a 4 jours');
    const img = $(el, 'img') as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('eager');
    expect(img.getAttribute('fetchpriority')).to.equal('high');
  });

  it('compact variant: category, date and title only', async () => {
    const el = await card({}, { variant: 'compact' });
    expect($(el, 'img')).to.be.null;
    expect($(el, '[part~=standfirst]')).to.be.null;
    expect($(el, '[part~=byline]')).to.be.null;
    expect(text($(el, '.kicker [part~=category]'))).to.equal('Actualités internationales');
    expect(dateText(el)).to.equal('il y a 4 jours');
    expect($$(el, 'a')).to.have.length(1);
  });

  it('horizontal variant puts the image beside the text', async () => {
    const el = await card({}, { variant: 'horizontal' });
    const img = $(el, 'img')!.getBoundingClientRect();
    const headline = $(el, '[part~=headline]')!.getBoundingClientRect();
    expect(headline.left).to.be.greaterThan(img.right - 1);
    await expect(el).to.be.accessible();
  });

  it('takes its data from attributes, and the article property wins field by field', async () => {
    const el = await card(
      null,
      {
        href: '/a',
        headline: 'From attributes',
        category: 'Vie pratique',
        standfirst: 'Chapô',
        author: 'Ana',
        'reading-minutes': '7',
      },
      'en',
    );
    expect(text($(el, 'a'))).to.equal('From attributes');
    expect($(el, 'a')!.getAttribute('href')).to.equal('/a');
    expect(text($(el, '[part~=reading-time]'))).to.equal('7 min read');
    el.article = { url: '/b', title: 'From the property', published: '' };
    await settled(el);
    expect(text($(el, 'a'))).to.equal('From the property');
    expect($(el, 'a')!.getAttribute('href')).to.equal('/b');
    expect(text($(el, '[part~=category]'))).to.equal('Vie pratique');
    expect($(el, 'kq-relative-time')).to.be.null;
  });

  it('heading level: 3 by default, configurable, 1 for the header, warns on a bad value', async () => {
    expect($(await card({}), 'h3')).to.exist;
    expect($(await card({}, { 'heading-level': '2' }), 'h2 a')).to.exist;
    expect($(await card({}, { variant: 'header', 'heading-level': '2' }), 'h2')).to.exist;
    let el!: KqArticleCard;
    const warnings = await captureWarnings(async () => {
      el = await card({}, { 'heading-level': '9' });
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('heading-level="9"');
    expect($(el, 'h3')).to.exist;
  });

  it('shows the server-rendered light DOM until data is given', async () => {
    const el = await card(null, {}, 'fr', `<h3><a href="/nomades">${TITLE}</a></h3><p>Chapô serveur</p>`);
    const slot = $(el, 'slot:not([name])') as HTMLSlotElement;
    expect(slot).to.exist;
    expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['h3', 'p']);
    expect(el.querySelector('h3')!.getBoundingClientRect().height).to.be.greaterThan(0);
    el.article = article();
    await settled(el);
    expect($(el, 'slot:not([name])')).to.be.null;
    expect(el.querySelector('h3')!.getBoundingClientRect().height).to.equal(0);
    expect(text($(el, 'a'))).to.equal(TITLE);
  });

  it('images: srcset, sizes, dimensions, lazy by default, space reserved before loading', async () => {
    const srcset = `${PHOTO}?w=160 160w, ${PHOTO}?w=320 320w`;
    const el = await card({ image: { src: PHOTO, srcset, sizes: '320px', alt: 'Plage', width: 160, height: 90 } });
    const img = $(el, 'img') as HTMLImageElement;
    expect(img.getAttribute('srcset')).to.equal(srcset);
    expect(img.getAttribute('sizes')).to.equal('320px');
    expect(img.getAttribute('width')).to.equal('160');
    expect(img.getAttribute('height')).to.equal('90');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.hasAttribute('fetchpriority')).to.be.false;
    expect(img.alt).to.equal('Plage');
    // Far below the fold a lazy image does not load, yet its box already has its final height.
    const far = fixtureSync<HTMLDivElement>(html`<div lang="fr" style="width: 320px; margin-top: 5000px"></div>`);
    const lazy = document.createElement('kq-article-card');
    lazy.article = article({ image: { src: `${PHOTO}?far`, alt: '', width: 1600, height: 900 } });
    far.append(lazy);
    await settled(lazy);
    const box = $(lazy, 'img')!.getBoundingClientRect();
    expect(
      ($(lazy, 'img') as HTMLImageElement).complete && ($(lazy, 'img') as HTMLImageElement).naturalWidth,
    ).to.not.equal(160);
    expect(Math.round(box.height)).to.equal(Math.round((box.width * 900) / 1600));
    expect(box.width).to.be.greaterThan(300);
  });

  it('a broken image leaves a clean card; a missing one renders no figure', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="fr" style="width: 320px"></div>`);
    const el = document.createElement('kq-article-card');
    el.priority = true; // eager: a lazy image may wait for visibility in a background tab
    el.article = article({ image: { src: MISSING, alt: 'Perdue', width: 160, height: 90 } });
    wrapper.append(el);
    await el.updateComplete;
    expect($(el, 'img')).to.exist;
    // The 404 answers an error event, after which the image is removed.
    await waitUntil(() => !$(el, 'img'), 'the broken image is still there', { timeout: 10_000 });
    await el.updateComplete;
    expect($(el, 'figure')).to.be.null;
    expect(text($(el, 'a'))).to.equal(TITLE);
    const none = await card({ image: undefined });
    expect($(none, 'figure')).to.be.null;
    await expect(none).to.be.accessible();
  });

  it('hostile input: unsafe URLs are dropped with one warning, markup renders as text', async () => {
    let el!: KqArticleCard;
    const warnings = await captureWarnings(async () => {
      el = await card({
        url: 'javascript:alert(1)',
        title: '<img src=x onerror=alert(1)>Titre',
        image: { src: 'data:image/svg+xml,<svg/>', alt: '' },
      });
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(warnings.find((w) => w.includes('javascript:alert(1)'))).to.include('kq-article-card');
    expect(warnings.find((w) => w.includes('image.src'))).to.include('data:image/svg+xml');
    expect($(el, 'a')).to.be.null;
    expect($(el, 'img')).to.be.null;
    expect(text($(el, '[part~=headline]'))).to.equal('<img src=x onerror=alert(1)>Titre');
    // Attributes too: one warning for a vbscript: href, the card stays readable.
    const hrefWarnings = await captureWarnings(async () => {
      el = await card(null, { href: ' VBScript:msgbox(1)', headline: 'Titre' });
    });
    expect(hrefWarnings).to.have.length(1);
    expect($(el, 'a')).to.be.null;
    expect(text($(el, 'h3'))).to.equal('Titre');
    // mailto: and relative links are fine.
    expect($(await card({ url: 'mailto:redaction@example.com' }), 'a')!.getAttribute('href')).to.equal(
      'mailto:redaction@example.com',
    );
  });

  it('adds schema.org NewsArticle microdata on request', async () => {
    const plain = await card({});
    expect($(plain, '[itemscope]')).to.be.null;
    const el = await card({ updated: '2026-11-25T10:00:00Z' }, { variant: 'header', microdata: '' });
    const root = $(el, 'article')!;
    expect(root.hasAttribute('itemscope')).to.be.true;
    expect(root.getAttribute('itemtype')).to.equal('https://schema.org/NewsArticle');
    expect(text($(el, '[itemprop=headline]'))).to.equal(TITLE);
    expect(text($(el, '[itemprop=description]'))).to.equal(STANDFIRST);
    expect(text($(el, '[itemprop=author] [itemprop=name]'))).to.equal('Marie Martin');
    expect($(el, 'meta[itemprop=datePublished]')!.getAttribute('content')).to.equal(el.article!.published);
    expect($(el, 'meta[itemprop=dateModified]')!.getAttribute('content')).to.equal('2026-11-25T10:00:00Z');
    expect($(el, 'img[itemprop=image]')).to.exist;
    expect($(el, 'link[itemprop=url]')!.getAttribute('href')).to.equal('https://example.com/nomades');
    await expect(el).to.be.accessible();
  });

  const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'nomade' : 'digital')).join(' ');
  for (const [lang, expected] of [
    ['fr', '2\u00a0min de lecture'],
    ['en', '2 min read'],
  ]) {
    it(`computes the reading time from the body slot in ${lang}: "${expected}"`, async () => {
      const el = await card(
        { readingMinutes: undefined },
        { variant: 'header' },
        lang,
        `<p slot="body">${words(300)}</p><p slot="body">${words(160)}</p>`,
      );
      await el.updateComplete;
      expect(text($(el, '[part~=reading-time]'))).to.equal(expected);
      // The body is shown after the header.
      expect((el.querySelector('p') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }

  it('keeps the body hidden in teasers, still counting it', async () => {
    const el = await card({ readingMinutes: undefined }, {}, 'en', `<p slot="body">${words(700)}</p>`);
    await el.updateComplete;
    expect(text($(el, '[part~=reading-time]'))).to.equal('3 min read');
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
  });

  it('real Tab, Shift+Tab and Enter: card 1, card 2, contact link, copy button and back; Enter copies', async () => {
    const address = `redaction-${Date.now()}@marketing-mentalist.com`;
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div lang="fr">
        <button>avant</button>
        <kq-article-card .article=${article({ url: '/one', title: 'Un' })}></kq-article-card>
        <kq-article-card
          .article=${article({ url: '/two', title: 'Deux', categoryUrl: '/rubrique' })}
        ></kq-article-card>
        <p><kq-contact-link email=${address} copy></kq-contact-link></p>
      </div>`,
    );
    const [before] = wrapper.querySelectorAll('button');
    const cards = [...wrapper.querySelectorAll('kq-article-card')];
    const contact = wrapper.querySelector('kq-contact-link')!;
    for (const el of [...cards, contact]) await settled(el);
    const expected: Array<[Element, HTMLElement]> = [
      [cards[0], $(cards[0], 'a')!],
      [cards[1], $(cards[1], 'a')!],
      [contact, contact.shadowRoot!.querySelector('a')!],
      [contact, contact.shadowRoot!.querySelector('button')!],
    ];
    expect(expected.map(([, stop]) => stop.getAttribute('href') ?? stop.textContent)).to.deep.equal([
      '/one',
      '/two',
      `mailto:${address}`,
      'Copier l’adresse',
    ]);
    before.focus();
    for (const [host, stop] of expected) {
      await pressKey('Tab');
      expect(document.activeElement).to.equal(host);
      expect(host.shadowRoot!.activeElement).to.equal(stop);
      // A keyboard focus draws the ring around the whole card (on the stretched ::after).
      if (host.localName === 'kq-article-card') {
        expect(stop.matches(':focus-visible')).to.be.true;
        expect(getComputedStyle(stop, '::after').outlineStyle).to.equal('solid');
      }
    }
    for (const [host, stop] of expected.slice(0, -1).reverse()) {
      await pressKey('Tab', 'Shift');
      expect(document.activeElement).to.equal(host);
      expect(host.shadowRoot!.activeElement).to.equal(stop);
    }
    await pressKey('Tab', 'Shift');
    expect(deepActiveElement()).to.equal(before);
    // Forward again to the copy button, and Enter copies the address.
    for (let i = 0; i < expected.length; i++) await pressKey('Tab');
    expect(deepActiveElement()).to.equal(expected[3][1]);
    const status = contact.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.equal('');
    await pressKey('Enter');
    await waitUntil(() => status.textContent !== '', 'nothing announced after Enter on the copy button');
    expect(status.textContent).to.equal('Adresse copiée');
    expect(await pasteClipboard()).to.equal(address);
  });

  it('a click on the text follows the link, unless it ends a selection', async () => {
    const el = await card({});
    const link = $(el, 'a')!;
    const clicks = sinon.spy((e: Event) => e.preventDefault());
    link.addEventListener('click', clicks);
    const standfirst = $(el, '[part~=standfirst]')!;
    expect(getComputedStyle(standfirst).userSelect).to.not.equal('none');
    standfirst.click();
    expect(clicks.callCount).to.equal(1);
    // setBaseAndExtent: WebKit ignores addRange() inside a shadow root.
    getSelection()!.setBaseAndExtent(standfirst.firstChild!, 0, standfirst.firstChild!, 12);
    standfirst.click();
    expect(clicks.callCount).to.equal(1);
    getSelection()!.removeAllRanges();
    // A click on the link itself is not forwarded twice.
    link.click();
    expect(clicks.callCount).to.equal(2);
  });

  it('warns once and shows the fallback when the article has no headline; warns on an unknown variant', async () => {
    let el!: KqArticleCard;
    const warnings = await captureWarnings(async () => {
      el = await card(null, {}, 'fr', '<p>Serveur</p>');
      el.article = { url: '/x' } as Article;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('no headline');
    expect($(el, 'slot:not([name])')).to.exist;
    const variant = await captureWarnings(async () => {
      el = await card({}, { variant: 'mosaic' });
    });
    expect(variant).to.have.length(1);
    expect(variant[0]).to.include('variant="mosaic"');
    expect($(el, 'article.card, article')).to.exist;
  });

  it('defines kq-relative-time with it', () => {
    expect(customElements.get('kq-relative-time')).to.exist;
  });
});
