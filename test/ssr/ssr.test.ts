// Server rendering, as a publisher's Node server does it: the test server renders /ssr/<page> with
// kiosque/ssr (dist/ssr, @lit-labs/ssr) at request time (test/server/ssr.mjs). Each page is opened
// in an iframe, first with no component module loaded: the declarative shadow roots alone must
// show the right, styled text (what a reader sees before JavaScript: no flash). Then Lit's
// hydration support and the components are loaded, in that order, as docs/ssr.md says: the
// elements must adopt the server's shadow roots (same nodes), keep the same text and DOM, say
// nothing in the console (Lit's hydration mismatches are thrown errors), render exactly what a
// client-only element renders, and respond to the reader.
import { expect, waitUntil } from '@open-wc/testing';
import { pinFrame } from '../clock/pinned-clock.mjs';

type Win = Window & typeof globalThis;
type KqEl = HTMLElement & { updateComplete?: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Opens a server-rendered page; no script runs in it. */
async function open(path: string): Promise<Win> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  // The server rendered at this page's pinned instant; the frame hydrates at the same one.
  pinFrame(win);
  expect(
    win.document.querySelectorAll('script[type="module"], script[src]').length,
    'the page loads no script by itself',
  ).to.equal(0);
  return win;
}

/** Every kiosque element of the page, through shadow roots, outermost first. */
function kqElements(root: Document | ShadowRoot): KqEl[] {
  const found: KqEl[] = [];
  for (const el of root.querySelectorAll<KqEl>('*')) {
    if (el.localName.startsWith('kq-')) found.push(el);
    if (el.shadowRoot) found.push(...kqElements(el.shadowRoot));
  }
  return found;
}

/**
 * What a reader sees of an element: its shadow tree with slots showing what they show, nested shadow roots entered,
 * hidden and visually hidden text left out.
 */
function seen(el: Element): string {
  const win = el.ownerDocument.defaultView as Win;
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    if (node instanceof win.HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : [...node.childNodes]).map(walk).join(' ');
    }
    if (node instanceof win.Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return '';
      const box = node.getBoundingClientRect();
      if (
        node instanceof win.HTMLElement &&
        (node.hidden || (node.getClientRects().length > 0 && box.width <= 1 && box.height <= 1))
      )
        return '';
      if (node.shadowRoot) return walk(node.shadowRoot);
    }
    return [...node.childNodes]
      .map(walk)
      .join(node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ' ' : '');
  };
  return walk(el.shadowRoot ?? el)
    .replace(/[ \n\t\r]+/g, ' ')
    .trim();
}

/**
 * The shadow DOM as markup with sorted attributes, without what only the server or hydration adds
 * (Lit's comments, the `<style>` of the declarative shadow root, `defer-hydration`, the server's
 * `time-zone`): Lit sets bound attributes after the static ones, so their order may differ.
 */
function markup(el: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE)
      return node.textContent!.replace(/[&<]/g, (c) => (c === '&' ? '&amp;' : '&lt;'));
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const e = node as Element;
    if (e.localName === 'style') return '';
    const attributes = [...e.attributes]
      .filter((a) => a.name !== 'defer-hydration' && !(a.name === 'time-zone' && e.localName === 'kq-relative-time'))
      .map((a) => ` ${a.name}="${a.value}"`)
      .sort()
      .join('');
    return `<${e.localName}${attributes}>${[...e.childNodes].map(walk).join('')}</${e.localName}>`;
  };
  return el.shadowRoot ? [...el.shadowRoot.childNodes].map(walk).join('') : '';
}

interface Snapshot {
  el: KqEl;
  root: ShadowRoot | null;
  nodes: Node[];
  text: string;
  markup: string;
}

function snapshot(win: Win): Snapshot[] {
  return kqElements(win.document).map((el) => {
    const nodes: Node[] = [];
    if (el.shadowRoot) {
      const walker = win.document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode);
    }
    return { el, root: el.shadowRoot, nodes, text: seen(el), markup: markup(el) };
  });
}

const LIT_DEV_MODE = /Lit is in dev mode/;

/**
 * Loads Lit's hydration support, then the components, into the page (one module, in that order),
 * and waits until every element has rendered. Returns what the console and the page's error events
 * received meanwhile (Lit's own dev-mode notice aside).
 */
async function hydrate(win: Win): Promise<string[]> {
  const said: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      const message = args.map(String).join(' ');
      if (!LIT_DEV_MODE.test(message)) said.push(`${level}: ${message}`);
      original(...args);
    };
  }
  win.addEventListener('error', (e) => said.push(`uncaught: ${e.message}`));
  win.addEventListener('unhandledrejection', (e) =>
    said.push(`unhandled rejection: ${(e.reason as Error)?.message ?? e.reason}`),
  );
  const script = win.document.createElement('script');
  script.type = 'module';
  // Lit's hydration support, then kiosque as the server rendered it (dist/), bundled as an app would.
  script.src = '/ssr/client.js';
  win.document.head.append(script);
  await waitUntil(() => (win as unknown as { kqLoaded?: boolean }).kqLoaded, 'the components did not load', {
    timeout: 15000,
  });
  // Elements render in microtasks after their definition; nested ones after their host.
  for (let pass = 0; pass < 3; pass++) {
    for (const el of kqElements(win.document)) await el.updateComplete;
  }
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  return [...said];
}

/**
 * A client-only twin of a top-level element (same attributes and light DOM, no server shadow root), rendered in the
 * same page.
 */
async function twin(el: KqEl): Promise<KqEl> {
  const doc = el.ownerDocument;
  const copy = doc.createElement(el.localName) as KqEl;
  for (const { name, value } of el.attributes)
    if (name !== 'id' && name !== 'defer-hydration') copy.setAttribute(name, value);
  for (const child of el.childNodes) copy.append(child.cloneNode(true));
  el.after(copy);
  for (let pass = 0; pass < 3; pass++) for (const e of [copy, ...kqElements(copy.shadowRoot!)]) await e.updateComplete;
  await new Promise((resolve) => doc.defaultView!.requestAnimationFrame(resolve));
  return copy;
}

/** Hydrates the page and checks what every server-rendered element must keep; returns the console. */
async function expectSeamless(win: Win): Promise<string[]> {
  const before = snapshot(win);
  for (const { el } of before) {
    if (el.getRootNode() === win.document)
      expect(el.hasAttribute('defer-hydration'), `<${el.localName}> on the page is not deferred`).to.equal(false);
  }
  const rendered = before.filter((s) => s.root);
  expect(rendered.length, 'server-rendered shadow roots').to.be.greaterThan(0);
  const said = await hydrate(win);
  // Elements left to the browser may since have rendered new ones (e.g. the dates of loaded articles).
  const after = new Map(snapshot(win).map((a) => [a.el, a]));
  before.forEach((b) => {
    const a = after.get(b.el)!;
    expect(a, `<${b.el.localName}> is still on the page`).to.exist;
    const name = `<${b.el.localName}${b.el.id ? `#${b.el.id}` : ''}>`;
    expect(b.el.ownerDocument.defaultView!.customElements.get(b.el.localName), `${name} is defined`).to.exist;
    if (!b.root) return;
    expect(a.root, `${name} kept the server's shadow root`).to.equal(b.root);
    expect(a.text, `${name} text`).to.equal(b.text);
    expect(a.markup, `${name} DOM`).to.equal(b.markup);
    expect(a.nodes.length, `${name} node count`).to.equal(b.nodes.length);
    a.nodes.forEach((node, j) =>
      expect(node === b.nodes[j], `${name}: node ${j} (${b.nodes[j].nodeName}) was replaced`).to.equal(true),
    );
  });
  // The server rendered what the browser renders by itself.
  for (const { el, root } of before) {
    if (!root || el.getRootNode() !== win.document) continue;
    const copy = await twin(el);
    expect(seen(el), `<${el.localName}#${el.id}> server text = client text`).to.equal(seen(copy));
    expect(markup(el), `<${el.localName}#${el.id}> server DOM = client DOM`).to.equal(markup(copy));
    copy.remove();
  }
  return said;
}

const byId = (win: Win, id: string) => win.document.getElementById(id) as KqEl;
const inShadow = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

describe('server rendering (kiosque/ssr) and hydration', () => {
  it('kq-relative-time: text and full date before JavaScript, adopted as is, then follows the language', async () => {
    const win = await open('/ssr/relative-time');
    const fr = byId(win, 'fr');
    expect(win.customElements.get('kq-relative-time')).to.equal(undefined);
    expect(seen(fr)).to.equal('il y a 4 jours');
    expect(seen(byId(win, 'en'))).to.equal('1 week ago');
    expect(seen(byId(win, 'auto'))).to.equal('hier');
    // Invalid date: the light-DOM fallback shows through the slot.
    expect(seen(byId(win, 'bad'))).to.equal('3 août 2021');
    const time = inShadow(fr, 'time');
    expect(time.getAttribute('datetime')).to.equal(
      fr.getAttribute('datetime') && new Date(fr.getAttribute('datetime')!).toISOString(),
    );
    // The full date is there for assistive technology, visually hidden by the server-rendered styles.
    const sr = inShadow(fr, '.sr');
    // What Intl writes for that instant in the server's zone (the page pins its clock: test/clock).
    const full = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });
    expect(sr.textContent).to.equal(` (${full.format(new Date(fr.getAttribute('datetime')!))})`);
    expect(sr.getBoundingClientRect().width).to.be.at.most(1);
    expect(time.dataset.full).to.equal(sr.textContent!.slice(2, -1));

    const said = await expectSeamless(win);
    // The one message: the invalid date, said by the element in the browser.
    expect(said).to.deep.equal([
      'warn: [kiosque] <kq-relative-time>: datetime="pas une date" is not an ISO 8601 date; ' +
        'showing the fallback content.',
    ]);

    win.document.documentElement.lang = 'en';
    await waitUntil(() => seen(fr) === '4 days ago', `after lang="en": "${seen(fr)}"`);
    expect(inShadow(fr, 'time')).to.equal(time);
    expect(seen(byId(win, 'auto'))).to.equal('yesterday');
  });

  it('kq-article-card: the teaser and the header with their nested dates, hydrated, then in English', async () => {
    const win = await open('/ssr/article-card');
    const card = byId(win, 'card');
    expect(seen(card)).to.equal(
      'Actualités internationales il y a 4 jours Les nomades numériques ringardisent l’image des expatriés ' +
        'Souvent jeunes et célibataires sans enfant… Par Bertrand Millet 4\u00a0min de lecture',
    );
    expect(inShadow<HTMLAnchorElement>(card, 'a[part~="link"]').getAttribute('href')).to.equal('/nomades');
    const header = byId(win, 'header');
    expect(seen(header)).to.include('Digital nomads').and.include('2 days ago').and.include('By Ana');
    const nested = inShadow(card, 'kq-relative-time');
    const nestedRoot = nested.shadowRoot;
    expect(nestedRoot, 'the nested kq-relative-time has its own declarative shadow root').to.exist;

    expect(await expectSeamless(win)).to.deep.equal([]);
    expect(inShadow(card, 'kq-relative-time').shadowRoot).to.equal(nestedRoot);

    win.document.documentElement.lang = 'en';
    await waitUntil(() => seen(card).includes('By Bertrand Millet'), `after lang="en": "${seen(card)}"`);
    await waitUntil(() => seen(card).includes('4 days ago'), `nested date after lang="en": "${seen(card)}"`);
    expect(inShadow(card, 'kq-relative-time').shadowRoot).to.equal(nestedRoot);
  });

  it('kq-related-articles: server-rendered, hydrated from the same inline JSON, then reports clicks', async () => {
    const win = await open('/ssr/related-articles');
    const related = byId(win, 'related');
    const items = () =>
      [...related.shadowRoot!.querySelectorAll('li[part="item"]')].map((li) => seen(li as HTMLElement));
    expect(seen(related)).to.match(/^À lire aussi /);
    expect(items()).to.have.length(8);
    expect(items()[0]).to.equal(
      'Actualités politiques il y a 4 jours ' +
        'Vivre ailleurs, sur RFI : « L’impact de l’élection de Donald Trump sur les expatriés aux États-Unis »',
    );
    expect(items()[1]).to.include('il y a 1 semaine');

    expect(await expectSeamless(win)).to.deep.equal([]);

    const clicks: Array<{ position: number }> = [];
    related.addEventListener('kq-article-click', (e) => clicks.push((e as CustomEvent).detail));
    win.addEventListener('click', (e) => e.preventDefault()); // stay on the page
    inShadow<HTMLAnchorElement>(related, 'li[data-i="2"] a[part="link"]').click();
    expect(clicks.map((c) => c.position)).to.deep.equal([3]);
  });

  it('kq-comment-thread: the thread rendered on the server, hydrated, then collapses and expands replies', async () => {
    const win = await open('/ssr/comment-thread');
    const thread = byId(win, 'thread');
    const text = seen(thread);
    // Three published, one awaiting moderation (shown, not counted).
    expect(text).to.match(/^3 commentaires /);
    expect(text).to.include('3 août 2021 à 11:24').and.include('En attente de modération');
    expect(inShadow(thread, 'a[href="https://example.org/guide"]').getAttribute('rel')).to.equal(
      'nofollow ugc noopener',
    );
    expect(text).to.include('Merci <b>!</b>');
    const toggle = inShadow<HTMLButtonElement>(thread, '#comment-1842 > [part="toggle"]');
    expect(toggle.textContent!.trim()).to.equal('Masquer 2 réponses');

    expect(await expectSeamless(win)).to.deep.equal([]);

    toggle.click();
    await thread.updateComplete;
    expect(inShadow(thread, '#comment-1842 > [part="toggle"]')).to.equal(toggle);
    expect(toggle.textContent!.trim()).to.equal('Afficher 2 réponses');
    expect(inShadow(thread, '#r-1842').hidden).to.equal(true);
    toggle.click();
    await thread.updateComplete;
    expect(seen(inShadow(thread, '#r-1842'))).to.include('Tout à fait.');
  });

  it('kq-contact-link: server-rendered, then in English; user + domain assembled in the browser only', async () => {
    const win = await open('/ssr/contact-link');
    const email = byId(win, 'email');
    expect(seen(email)).to.equal('Lui écrire\u00a0: bertrand@marketing-mentalist.com Copier l’adresse');
    expect(inShadow<HTMLAnchorElement>(email, 'a').getAttribute('href')).to.equal(
      'mailto:bertrand@marketing-mentalist.com',
    );
    const harvest = byId(win, 'harvest');
    expect(harvest.shadowRoot, 'no server shadow root for a harvest-resistant address').to.equal(null);
    const html = await (await fetch('/ssr/contact-link', { cache: 'no-store' })).text();
    expect(
      /<kq-contact-link[^>]* id="harvest"[^]*?<\/kq-contact-link\s*>/.exec(html)![0],
      'the served HTML of the user + domain element',
    ).not.to.include('@');
    expect(seen(harvest)).to.equal('Lui écrire : bertrand [at] marketing-mentalist [dot] com');

    expect(await expectSeamless(win)).to.deep.equal([]);
    expect(seen(harvest)).to.equal('Lui écrire\u00a0: bertrand@marketing-mentalist.com');

    const link = inShadow(email, 'a');
    win.document.documentElement.lang = 'en';
    await waitUntil(() => seen(email).startsWith('Write to:'), `after lang="en": "${seen(email)}"`);
    expect(inShadow(email, 'a')).to.equal(link);
  });

  it('a seed-like CMS page: server-rendered where known, light-DOM fallbacks elsewhere; no warning', async function () {
    this.timeout(40000);
    const win = await open('/ssr/page');
    const header = win.document.querySelector<KqEl>('kq-article-card')!;
    const contact = win.document.querySelector<KqEl>('kq-contact-link')!;
    const related = win.document.querySelector<KqEl>('kq-related-articles')!;
    const thread = win.document.querySelector<KqEl>('kq-comment-thread')!;
    expect(seen(header))
      .to.include('Les nomades numériques ringardisent l’image des expatriés')
      .and.include('il y a 4 jours');
    expect(seen(contact)).to.equal('Lui écrire\u00a0: bertrand@marketing-mentalist.com');
    // Content from src: the server leaves the light-DOM fallback, which reads well.
    expect(related.shadowRoot).to.equal(null);
    expect(related.querySelectorAll('li a')).to.have.length(8);
    expect(thread.shadowRoot).to.equal(null);

    expect(await expectSeamless(win)).to.deep.equal([]);
    await waitUntil(
      () => related.shadowRoot?.querySelectorAll('li[part="item"]').length === 8,
      'the related articles did not load',
      { timeout: 10000 },
    );
    expect(seen(related.shadowRoot!.querySelector('li[part="item"]')!)).to.include('il y a 4 jours');
    thread.scrollIntoView();
    await waitUntil(
      () => seen(thread).includes('3 août 2021 à 11:24'),
      `the comments did not load: "${seen(thread)}"`,
      { timeout: 10000 },
    );
  });
});
