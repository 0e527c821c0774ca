// The built browser bundles, used the way a publisher uses them: plain HTML pages (test/dist/pages/)
// with one <script> tag, opened in an iframe of the test server (which serves the repository, so
// /dist/... is the output of `npm run build`). Nothing here imports src/: if dist/ is missing or
// stale, these tests fail and say so.
import { expect, waitUntil } from '@open-wc/testing';

const DAY = 86_400_000;
const ADDRESS = 'bertrand@marketing-mentalist.com';
const CONTACT_FALLBACK = 'Lui écrire : bertrand [at] marketing-mentalist [dot] com';

type Sri = Record<string, string>;
let sri: Sri;

before(async () => {
  const response = await fetch('/dist/sri.json', { cache: 'no-store' });
  if (!response.ok)
    throw new Error('dist/sri.json is missing: run `npm run build` before these tests (they load the built bundles).');
  sri = await response.json();
});

/** The one file of the build matching `pattern` (e.g. the versioned autoloader), by its path from dist/. */
function built(pattern: RegExp): string {
  const files = Object.keys(sri).filter((f) => pattern.test(f));
  if (files.length !== 1)
    throw new Error(`expected one built file matching ${pattern}, found ${files.length}: run \`npm run build\``);
  return files[0];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/**
 * Opens a page as an iframe document. `html` is the page's source: its kq-relative-time elements
 * are given a date 4 days ago, so that the expected text is "il y a 4 jours" whenever the test runs.
 */
async function open(html: string): Promise<Window & typeof globalThis> {
  const fourDaysAgo = new Date(Date.now() - 4 * DAY).toISOString();
  const frame = document.createElement('iframe');
  // The frame's first script (after the doctype) gives it this page's pinned clock (test/clock).
  const pin = '$1<script>parent.kqPinFrame(window)</script>';
  frame.srcdoc = html
    .replace(/^(\s*<!doctype html>)?/i, pin)
    .replace(/(<kq-relative-time datetime=")[^"]*/g, `$1${fourDaysAgo}`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

async function page(path: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const html = await response.text();
  // Every bundle a page names must exist in the build (else: a clear message, not a timeout).
  for (const [, src] of html.matchAll(/<script[^>]* src="\/dist\/([^"]+)"/g)) {
    if (!sri[src]) throw new Error(`${path} loads /dist/${src}, which the build did not make: run \`npm run build\``);
  }
  return html;
}

/** The visible text of an element's shadow tree, slots replaced by what they show; whitespace collapsed. */
function seen(el: Element | null): string {
  if (!el?.shadowRoot) return '';
  const walk = (node: Node): string => {
    if (node.nodeName === 'SLOT') {
      const assigned = (node as HTMLSlotElement).assignedNodes();
      return (assigned.length ? assigned : [...node.childNodes]).map(walk).join('');
    }
    if (node.nodeName === 'STYLE') return '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    const hidden =
      node instanceof (node.ownerDocument?.defaultView ?? window).HTMLElement &&
      ((node as HTMLElement).hidden || (node as HTMLElement).getAttribute('role') === 'status');
    return hidden ? '' : [...node.childNodes].map(walk).join('');
  };
  return walk(el.shadowRoot)
    .replace(/[ \n\t]+/g, ' ')
    .trim();
}

/** What a reader of the relative time sees: the <time> text (the full date beside it is visually hidden). */
const timeText = (win: Window) =>
  win.document.querySelector('kq-relative-time')?.shadowRoot?.querySelector('time:not([hidden])')?.textContent ?? '';

async function expectUpgraded(win: Window) {
  await waitUntil(
    () => timeText(win) === 'il y a 4 jours',
    `kq-relative-time did not render "il y a 4 jours" (saw "${timeText(win)}")`,
    { timeout: 10000 },
  );
  const contact = win.document.querySelector('kq-contact-link');
  await waitUntil(() => seen(contact).startsWith('Lui écrire'), 'kq-contact-link did not render', { timeout: 10000 });
  expect(seen(contact)).to.equal(`Lui écrire\u00a0: ${ADDRESS}`);
  expect(contact!.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(`mailto:${ADDRESS}`);
}

/** Resources the page fetched, as paths (e.g. /dist/cdn/components/contact-link-0.1.0.min.js). */
const fetched = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('dist: browser bundles in plain HTML pages', () => {
  it('<script type="module" src="/dist/kiosque.min.js"> defines the elements at once but the thread', async () => {
    const win = await open(await page('/test/dist/pages/module.html'));
    await expectUpgraded(win);
    for (const tag of ['kq-article-card', 'kq-related-articles']) expect(win.customElements.get(tag), tag).to.exist;
    // No thread on the page: its chunk (nor DOMPurify, nor the reply form) is never loaded.
    expect(win.customElements.get('kq-comment-thread')).to.equal(undefined);
    expect(fetched(win).filter((p) => p.startsWith('/dist/'))).to.deep.equal(['/dist/kiosque.min.js']);
  });

  it('the module bundle defines kq-comment-thread from its chunk when a thread comes near the viewport', async () => {
    window.scrollTo(0, 0);
    const win = await open(await page('/test/dist/pages/module.html'));
    await expectUpgraded(win);
    const thread = win.document.createElement('kq-comment-thread');
    thread.setAttribute('closed', '');
    const comment = {
      id: '1',
      author: { name: 'Marie' },
      published: new Date(Date.now() - DAY).toISOString(),
      body: 'Très juste',
    };
    // Set before the element is defined: Lit takes the property over when the chunk upgrades it.
    (thread as HTMLElement & { comments: unknown }).comments = [comment];
    thread.innerHTML = '<p>1 commentaire</p>';
    win.document.body.prepend(thread);
    await waitUntil(() => win.customElements.get('kq-comment-thread'), 'kq-comment-thread was not defined', {
      timeout: 10000,
    });
    expect(fetched(win).filter((p) => /^\/dist\/chunks\/comment-thread-[\w-]+\.min\.js$/.test(p))).to.have.length(1);
    await waitUntil(() => seen(thread).includes('Très juste'), `the thread did not render (saw "${seen(thread)}")`, {
      timeout: 10000,
    });
  });

  it('a thread chunk that fails to load leaves the fallback and says so once in the console', async () => {
    window.scrollTo(0, 0);
    const chunk = built(/^chunks\/comment-thread-[\w-]+\.min\.js$/);
    const MISSING = '/dist/chunks/missing.min.js';
    // The import map sends the bundle's request for the chunk to a file that does not exist.
    const win = await open(`<!doctype html><html lang="fr"><head><meta charset="utf-8">
      <script>
        window.kqWarnings = [];
        const warn = console.warn;
        console.warn = (...args) => {
          kqWarnings.push(args.join(' '));
          warn(...args);
        };
      </script>
      <script type="importmap">${JSON.stringify({ imports: { [`/dist/${chunk}`]: MISSING } })}</script>
      <script type="module" src="/dist/kiosque.min.js"></script></head>
      <body><kq-comment-thread closed><p>1 commentaire : Très juste</p></kq-comment-thread></body></html>`);
    const warnings = () =>
      (win as unknown as { kqWarnings: string[] }).kqWarnings.filter((w) => w.startsWith('[kiosque]'));
    await waitUntil(() => warnings().length, 'no warning about the chunk', { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.match(/^\[kiosque\] could not load <kq-comment-thread>; its fallback content stays: /);
    expect(win.customElements.get('kq-comment-thread')).to.equal(undefined);
    expect(win.document.querySelector('kq-comment-thread')!.textContent).to.equal('1 commentaire : Très juste');
  });

  it("the module bundle exports kiosque's API (the classic build's global), but the thread's class", async () => {
    const classic = await open(await page('/test/dist/pages/classic.html'));
    await waitUntil(() => (classic as unknown as { kiosque?: object }).kiosque, 'no kiosque global', {
      timeout: 10000,
    });
    const api = Object.keys((classic as unknown as { kiosque: object }).kiosque);
    const module = await open(`<!doctype html><script type="module">
      import * as kiosque from '/dist/kiosque.min.js'; window.kqExports = Object.keys(kiosque);</script>`);
    await waitUntil(() => (module as unknown as { kqExports?: string[] }).kqExports, 'the bundle was not imported', {
      timeout: 10000,
    });
    const exported = (module as unknown as { kqExports: string[] }).kqExports;
    expect(api).to.include.members(['registerTranslation', 'KqCommentThread', 'VERSION']);
    expect(api.filter((name) => !exported.includes(name))).to.deep.equal(['KqCommentThread']);
    expect(exported).to.include('discover');
  });

  it('a classic <script defer> (no type="module") defines every element and the `kiosque` global', async () => {
    const html = await page('/test/dist/pages/classic.html');
    expect(html.match(/<script[^>]*>/g)).to.deep.equal(['<script defer src="/dist/kiosque.classic.min.js">']);
    const win = await open(html);
    await expectUpgraded(win);
    const global = (win as unknown as { kiosque: { VERSION: string; registerTranslation: unknown } }).kiosque;
    expect(global.VERSION).to.match(/^\d+\.\d+\.\d+/);
    expect(global.registerTranslation).to.be.a('function');
    expect(win.customElements.get('kq-comment-thread')).to.exist;
    // One file: the sanitizer of HTML comment bodies is inside it, not loaded as a module.
    expect(fetched(win).filter((p) => p.startsWith('/dist/'))).to.deep.equal(['/dist/kiosque.classic.min.js']);
  });

  it('the classic build sanitizes HTML comment bodies with its inlined DOMPurify', async () => {
    const win = await open(await page('/test/dist/pages/classic.html'));
    await waitUntil(() => win.customElements.get('kq-comment-thread'), 'kq-comment-thread was not defined', {
      timeout: 10000,
    });
    const thread = win.document.createElement('kq-comment-thread') as HTMLElement & {
      comments: unknown;
      updateComplete: Promise<unknown>;
    };
    thread.setAttribute('body-format', 'html');
    thread.comments = [
      {
        id: '1',
        author: { name: 'Marie' },
        date: new Date(Date.now() - DAY).toISOString(),
        body: '<p>Très <strong>juste</strong><img src=x onerror="window.pwned=1"></p>',
      },
    ];
    win.document.body.append(thread);
    await waitUntil(() => thread.shadowRoot?.querySelector('strong'), 'the HTML body was not rendered', {
      timeout: 10000,
    });
    const strong = thread.shadowRoot!.querySelector('strong')!;
    expect(strong.textContent).to.equal('juste');
    expect(thread.shadowRoot!.querySelector('img')).to.equal(null);
    expect((win as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('the autoloader defines the elements on the page, then those added later (in open shadow roots too)', async () => {
    const win = await open(await page('/test/dist/pages/autoloader.html'));
    await waitUntil(
      () => timeText(win) === 'il y a 4 jours',
      `kq-relative-time did not render "il y a 4 jours" (saw "${timeText(win)}")`,
      { timeout: 10000 },
    );
    const components = () => fetched(win).filter((p) => p.includes('/components/'));
    expect(components()).to.have.length(1);
    expect(components()[0]).to.match(/\/dist\/cdn\/components\/relative-time-[^/]+\.min\.js$/);
    expect(win.customElements.get('kq-contact-link')).to.equal(undefined);

    // An element added after load is found and upgraded.
    win.document.getElementById('contact')!.innerHTML =
      `<kq-contact-link user="bertrand" domain="marketing-mentalist.com">${CONTACT_FALLBACK}</kq-contact-link>`;
    const contact = win.document.querySelector('kq-contact-link');
    await waitUntil(() => seen(contact).startsWith('Lui écrire'), 'the kq-contact-link added later did not render', {
      timeout: 10000,
    });
    expect(seen(contact)).to.equal(`Lui écrire\u00a0: ${ADDRESS}`);

    // Inside an open shadow root of another element, added to the page with its content.
    const host = win.document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<kq-article-card></kq-article-card>';
    win.document.body.append(host);
    await waitUntil(
      () => win.customElements.get('kq-article-card'),
      'kq-article-card in a shadow root was not defined',
      { timeout: 10000 },
    );
    await waitUntil(() => host.shadowRoot!.querySelector('kq-article-card')!.matches(':defined'), 'not upgraded', {
      timeout: 10000,
    });
    // ... and that shadow root is watched too.
    host.shadowRoot!.append(win.document.createElement('kq-related-articles'));
    await waitUntil(
      () => win.customElements.get('kq-related-articles'),
      'kq-related-articles added to a watched shadow root was not defined',
      { timeout: 10000 },
    );

    // Never on the page, never loaded.
    expect(win.customElements.get('kq-comment-thread')).to.equal(undefined);
    expect(fetched(win).some((p) => p.includes('comment-thread') || p.includes('purify'))).to.equal(false);
    expect(
      components()
        .map((p) => p.replace(/^.*\/components\/|-[^-]+\.min\.js$/g, ''))
        .sort(),
    ).to.deep.equal(['article-card', 'contact-link', 'related-articles', 'relative-time']);
  });
});

describe('dist: Subresource Integrity (dist/sri.json)', () => {
  /** A page of the CDN set whose <script> tags carry the integrity attributes of dist/sri.json. */
  const sriPage = (
    scripts: string,
  ) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">${scripts}</head><body>
    <p>Publié <kq-relative-time datetime="2021-08-03T11:24:00+02:00">le 3 août 2021</kq-relative-time></p>
    <p><kq-contact-link user="bertrand" domain="marketing-mentalist.com">${CONTACT_FALLBACK}</kq-contact-link></p>
    </body></html>`;
  const tag = (file: string, attrs: string, integrity = sri[file]) =>
    `<script ${attrs} src="/dist/${file}" integrity="${integrity}" crossorigin="anonymous"></script>`;

  it('lists sha384 hashes of the versioned bundles, which match the served files', async () => {
    const module = built(/^cdn\/kiosque-(?!.*classic).*\.min\.js$/);
    expect(module).not.to.include('classic');
    for (const [file, integrity] of Object.entries(sri)) {
      expect(integrity, file).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    }
    const bytes = await (await fetch(`/dist/${module}`)).arrayBuffer();
    const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
    expect(sri[module]).to.equal(`sha384-${digest}`);
  });

  it('the versioned module bundle loads with its integrity attribute', async () => {
    const win = await open(sriPage(tag(built(/^cdn\/kiosque-(?!.*classic).*\.min\.js$/), 'type="module"')));
    await expectUpgraded(win);
  });

  it('the versioned classic bundle loads with its integrity attribute', async () => {
    const win = await open(sriPage(tag(built(/^cdn\/kiosque-[^/]*\.classic\.min\.js$/), 'defer')));
    await expectUpgraded(win);
  });

  it('the versioned autoloader loads with its integrity attribute', async () => {
    const win = await open(sriPage(tag(built(/^cdn\/autoloader-[^/]*\.min\.js$/), 'type="module"')));
    await expectUpgraded(win);
  });

  it('a bundle whose hash does not match is refused: the server-rendered text stays', async () => {
    const file = built(/^cdn\/kiosque-[^/]*\.classic\.min\.js$/);
    const wrong = sri[built(/^cdn\/autoloader-[^/]*\.min\.js$/)];
    const win = await open(sriPage(tag(file, 'defer', wrong)));
    await new Promise((r) => setTimeout(r, 1000));
    expect(win.customElements.get('kq-relative-time')).to.equal(undefined);
    expect(win.document.querySelector('kq-relative-time')!.textContent).to.equal('le 3 août 2021');
  });
});
