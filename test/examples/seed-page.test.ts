// The seed page (examples/seed/index.html) as readers get it: with JavaScript (the self-contained
// bundle /dist/kiosque.min.js), without JavaScript (the server-rendered fallbacks), and the layout
// shift between the two. The test server serves the repository root; dist/ exists only after
// `npm run build` (.ci/run builds before testing; run it yourself before a local `npm test`).
import { expect } from '@open-wc/testing';
import { SEED_TEXT } from '../server/related-seed.mjs';

const PAGE = '/examples/seed/index.html';
const BUNDLE = '/dist/kiosque.min.js';
const BUNDLE_TAG = `<script type="module" src="${BUNDLE}"></script>`;
const TAGS = ['kq-article-card', 'kq-contact-link', 'kq-related-articles', 'kq-relative-time', 'kq-comment-thread'];

const HEADLINE = 'Les nomades numériques ringardisent l’image des expatriés';
const STANDFIRST = 'Souvent jeunes et célibataires sans enfant, se jouant des frontières et des distances';
const BODY = 'Il a eu un vrai coup de cœur. Bertrand Millet va rester quelques semaines à «Las Terrenas»';
const COMMENT = 'Sans doute n’etes vous pas au courant mais nombreux sont les expatries';
/** Texts both renderings show: the article, the eight related articles, the comment. */
const COMMON = [
  'Actualités internationales',
  HEADLINE,
  STANDFIRST,
  BODY,
  'Lui écrire :',
  'À lire aussi',
  ...SEED_TEXT.flat(),
  '1 commentaire',
  'ms',
  '3 août 2021 à 11:24',
  COMMENT,
];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await frame();
};

/** Rejects with `message` when `promise` takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]).finally(() => clearTimeout(timer));
}

const opened: HTMLIFrameElement[] = [];

/**
 * Loads the page (or `srcdoc`) in an iframe of the given width; resolves once it has loaded and its fonts are ready.
 */
async function open({ width = 1100, sandbox, srcdoc }: { width?: number; sandbox?: string; srcdoc?: string } = {}) {
  window.scrollTo(0, 0); // a previous test scrolled to its comments
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `display: block; width: ${width}px; height: 2600px; border: 0`;
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (srcdoc !== undefined) iframe.srcdoc = srcdoc;
  else iframe.src = PAGE;
  document.body.append(iframe);
  opened.push(iframe);
  await within(loaded, 15000, `${PAGE} did not load`);
  const win = iframe.contentWindow as Window & typeof globalThis;
  await win.document.fonts.ready;
  return { iframe, win, doc: win.document };
}

/** Every kiosque element of a document, including those inside shadow roots. */
function kqElements(root: Document | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('kq-')) found.push(el);
    if (el.shadowRoot) found.push(...kqElements(el.shadowRoot));
  }
  return found;
}

/**
 * Waits until the bundle defined every element and all of them (nested ones too) rendered. The
 * comment thread's code loads when the thread nears the viewport: the reader scrolls to it first.
 */
async function upgraded(win: Window) {
  win.document.querySelector('kq-comment-thread')!.scrollIntoView({ block: 'end' });
  for (const tag of TAGS) {
    await within(win.customElements.whenDefined(tag), 10000, `${BUNDLE} did not define <${tag}>`);
  }
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      kqElements(win.document).map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete),
    );
    await frames(1);
  }
  await frames(2);
}

/**
 * The text a reader sees: the composed tree (shadow roots, slotted nodes; not unassigned light
 * DOM), only text that has a box on screen. Works across the iframe's realm (no instanceof).
 */
function renderedText(root: Node): string {
  const out: string[] = [];
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.nodeValue?.trim()) return;
      range.selectNodeContents(node);
      if (range.getClientRects().length) out.push(node.nodeValue);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'script' || el.localName === 'style') return;
      if (el.localName === 'slot') {
        const assigned = (el as HTMLSlotElement).assignedNodes();
        (assigned.length ? assigned : [...el.childNodes]).forEach(walk);
        return;
      }
      (el.shadowRoot ? [...el.shadowRoot.childNodes] : [...el.childNodes]).forEach(walk);
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return collapse(out.join(' '));
}

interface Shift {
  value: number;
  /** The shifted boxes' tops before the shift, in the frame's viewport. */
  tops: number[];
}

/** Layout-shift entries of a window (Chromium only), buffered since its navigation. */
async function layoutShifts(win: Window & typeof globalThis): Promise<Shift[]> {
  const entries: PerformanceEntry[] = [];
  const observer = new win.PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  await frames(2);
  await new Promise((resolve) => setTimeout(resolve, 100));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  type Entry = PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources?: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
  };
  const shifts = (entries as Entry[]).filter((e) => !e.hadRecentInput);
  for (const e of shifts) {
    const sources = (e.sources ?? []).map((s) => {
      const n = s.node as Element | undefined;
      const r = (rect: DOMRectReadOnly) => [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',');
      const parent = n?.parentNode ? ` in ${n.parentNode.nodeName}` : '';
      return `${n?.nodeName ?? '?'}${parent} ${r(s.previousRect)} → ${r(s.currentRect)}`;
    });
    console.log(`[seed page] layout shift ${e.value.toFixed(4)}: ${sources.join('; ')}`);
  }
  return shifts.map((e) => ({ value: e.value, tops: (e.sources ?? []).map((source) => source.previousRect.y) }));
}

const supportsLayoutShift = () => PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where every rendered light-DOM element of the page is (the kiosque hosts included). */
function boxes(doc: Document): Map<number, Box & { el: Element }> {
  const map = new Map<number, Box & { el: Element }>();
  doc.body.querySelectorAll('*').forEach((el, i) => {
    if (!el.getClientRects().length) return;
    const r = el.getBoundingClientRect();
    const firstClass = el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : '';
    const name = `${el.localName}${el.id ? `#${el.id}` : firstClass} (#${i})`;
    map.set(i, { el, name, x: r.x, y: r.y + doc.defaultView!.scrollY, width: r.width, height: r.height });
  });
  return map;
}

/** A box as "x,y,width,height", rounded to pixels. */
const rounded = (box: Box) => [box.x, box.y, box.width, box.height].map(Math.round).join(',');

let pageHtml = '';

before(async () => {
  const bundle = await fetch(BUNDLE, { cache: 'no-store' });
  if (!bundle.ok || !/javascript/.test(bundle.headers.get('content-type') ?? '')) {
    throw new Error(
      `${BUNDLE} is missing (HTTP ${bundle.status}): run \`npm run build\` before \`npm test\` (.ci/run does). ` +
        'The seed page loads the built bundle.',
    );
  }
  const page = await fetch(PAGE, { cache: 'no-store' });
  expect(page.ok, `${PAGE} answers ${page.status}`).to.be.true;
  pageHtml = await page.text();
  expect(pageHtml, 'the page loads the bundle with one <script type="module">').to.include(BUNDLE_TAG);
});

afterEach(() => {
  for (const iframe of opened.splice(0)) iframe.remove();
});

describe('seed page (examples/seed/index.html)', () => {
  it('with JavaScript: the elements upgrade and show the seed page, in French', async () => {
    const { win, doc } = await open();
    await upgraded(win);
    expect(doc.documentElement.lang).to.equal('fr');
    for (const el of doc.querySelectorAll(TAGS.join(','))) expect(el.shadowRoot, `<${el.localName}> upgraded`).to.exist;

    const text = renderedText(doc.body);
    for (const expected of COMMON) expect(text, `the page shows "${expected}"`).to.include(expected);
    expect(text, 'the harvest-resistant fallback is gone').not.to.include('[at]');

    const card = doc.querySelector('kq-article-card')!;
    expect(collapse(card.shadowRoot!.querySelector('h1')!.textContent!)).to.equal(HEADLINE);

    const contact = doc.querySelector('kq-contact-link')!;
    expect(renderedText(contact)).to.equal('Lui écrire\u00a0: bertrand@marketing-mentalist.com'.replace(/\s+/g, ' '));
    expect(contact.shadowRoot!.querySelector('a')!.getAttribute('href')).to.match(
      /^mailto:bertrand@marketing-mentalist\.com\?subject=Les%20nomades%20num%C3%A9riques$/,
    );

    // The eight related articles, in order: category, relative time, title.
    const rows = [...doc.querySelector('kq-related-articles')!.shadowRoot!.querySelectorAll('li[part~="item"]')].map(
      (li) => [
        renderedText(li.querySelector('[part~="category"]')!),
        collapse(li.querySelector('kq-relative-time')!.shadowRoot!.querySelector('time')!.textContent!),
        renderedText(li.querySelector('a')!),
      ],
    );
    expect(rows.map(([category, , title]) => [category, title])).to.deep.equal(
      SEED_TEXT.map(([category, , title]) => [category, title]),
    );
    expect(rows.map(([, time]) => time)).to.deep.equal(SEED_TEXT.map(([, time]) => time));

    const thread = doc.querySelector('kq-comment-thread')!;
    const comment = thread.shadowRoot!.querySelector('#comment-1842')!;
    expect(renderedText(comment.querySelector('[part~="author"]')!)).to.equal('ms');
    expect(renderedText(comment.querySelector('[part~="date"]')!)).to.equal('3 août 2021 à 11:24');
    expect(renderedText(comment.querySelector('[part~="body"]')!)).to.include(COMMENT);
  });

  it('without JavaScript: the server-rendered fallbacks read as the seed page', async () => {
    const { win, doc } = await open({ sandbox: 'allow-same-origin' });
    expect(win.customElements.get('kq-article-card'), 'no script ran in the sandboxed frame').to.equal(undefined);
    expect(doc.querySelector('kq-article-card')!.shadowRoot).to.equal(null);
    const text = collapse(doc.body.innerText);
    for (const expected of COMMON) expect(text, `the no-JS page shows "${expected}"`).to.include(expected);
    expect(text).to.include('Lui écrire : bertrand [at] marketing-mentalist [dot] com');
    expect(text, 'the inline JSON is not shown').not.to.include('"items"');
    // In order: header, body, contact line, related articles, comment.
    const order = [
      HEADLINE,
      BODY,
      'Lui écrire',
      'À lire aussi',
      SEED_TEXT[0][2],
      SEED_TEXT[7][2],
      '3 août 2021 à 11:24',
      COMMENT,
    ].map((t) => text.indexOf(t));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    expect(pageHtml, 'the address never appears whole in the served HTML').not.to.match(/bertrand@|bertrand%40/);
  });

  for (const width of [1100, 390]) {
    it(`no layout shift when the elements upgrade (${width}px wide)`, async () => {
      // The page as served, minus its bundle: the no-JS render. Then the bundle, as a late script.
      // Its stylesheet gets an absolute URL: Firefox's preload scanner fetches it before <base>
      // applies, resolved against this test page (a 404 for /seed.css).
      const url = new URL(PAGE, location.href);
      const srcdoc = pageHtml
        .replace(BUNDLE_TAG, '')
        .replace('<head>', `<head><base href="${url.href}" />`)
        .replace('href="seed.css"', `href="${new URL('seed.css', url).href}"`);
      const { win, doc } = await open({ width, srcdoc });
      expect(win.getComputedStyle(doc.querySelector('.page')!).display, 'seed.css applies').to.equal('grid');
      await frames(3);
      expect(doc.querySelector('kq-article-card')!.shadowRoot, 'not upgraded yet').to.equal(null);
      const before = boxes(doc);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = BUNDLE;
      doc.head.append(script);
      await upgraded(win);
      expect(
        doc.querySelector('kq-related-articles')!.shadowRoot!.querySelectorAll('li[part~="item"]').length,
        'the related list rendered its data',
      ).to.equal(8);
      const after = boxes(doc);

      // Every box on the page in both renders keeps its position (what the CLS score counts); the
      // hosts keep their size too, except the last block, whose growth moves nothing.
      const moved: string[] = [];
      let worst = 0;
      for (const [i, a] of before) {
        const el = a.el;
        const b = after.get(i);
        if (!b) continue; // a fallback node, no longer rendered
        const host = el.localName.startsWith('kq-') && el.localName !== 'kq-relative-time';
        const last = el.localName === 'kq-comment-thread';
        const delta = Math.max(
          Math.abs(a.x - b.x),
          Math.abs(a.y - b.y),
          host && !last ? Math.abs(a.height - b.height) : 0,
          host && !last && win.getComputedStyle(el).display !== 'inline' ? Math.abs(a.width - b.width) : 0,
        );
        worst = Math.max(worst, delta);
        if (delta >= 0.5) moved.push(`${a.name}: ${rounded(a)} → ${rounded(b)}`);
      }
      const engine = supportsLayoutShift()
        ? 'chromium'
        : navigator.userAgent.includes('Firefox')
          ? 'firefox'
          : 'webkit';
      let cls: number | undefined;
      if (supportsLayoutShift()) cls = (await layoutShifts(win)).reduce((sum, shift) => sum + shift.value, 0);
      console.log(
        `[seed page] ${engine} ${width}px: largest box movement ${worst.toFixed(2)}px` +
          (cls === undefined ? '' : `, CLS ${cls.toFixed(4)}`),
      );
      expect(moved, 'boxes that moved when the elements upgraded').to.deep.equal([]);
      if (cls !== undefined) expect(cls, 'cumulative layout shift').to.equal(0);
    });
  }

  it('a normal load ends where the no-JS render stands (and, in Chromium, with no layout-shift entry)', async () => {
    const [noJs, withJs] = await Promise.all([open({ sandbox: 'allow-same-origin' }), open()]);
    await upgraded(withJs.win);
    const still = boxes(noJs.doc);
    const moved: string[] = [];
    for (const [i, b] of boxes(withJs.doc)) {
      const a = still.get(i);
      if (a && Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) >= 0.5)
        moved.push(`${a.name}: ${Math.round(a.x)},${Math.round(a.y)} → ${Math.round(b.x)},${Math.round(b.y)}`);
    }
    expect(moved, 'boxes placed differently with and without JavaScript').to.deep.equal([]);
    if (supportsLayoutShift()) {
      const shifts = (await layoutShifts(withJs.win)).map((shift) => shift.value);
      const cls = shifts.reduce((s, v) => s + v, 0);
      console.log(`[seed page] chromium normal load: CLS ${cls.toFixed(4)} (${shifts.length} entries)`);
      expect(shifts, 'layout-shift values').to.deep.equal([]);
    }
  });
});
