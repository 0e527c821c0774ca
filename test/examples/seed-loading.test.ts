// How the seed page (examples/seed/index.html) loads: its head as browsers read it (the charset in
// the first 1024 bytes, an icon of its own), nothing it asks for missing, and what it downloads
// first: the bundle, not the comment thread's chunk until the reader nears the comments.
// `npm run size` measures the same first load in Chromium and budgets it (docs/size.md).
import { expect } from '@open-wc/testing';

const PAGE = '/examples/seed/index.html';
const FIRST_SCREEN = ['kq-article-card', 'kq-contact-link', 'kq-related-articles', 'kq-relative-time'];

/** Rejects with `message` when `promise` takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]).finally(() => clearTimeout(timer));
}

const opened: HTMLIFrameElement[] = [];
afterEach(() => opened.splice(0).forEach((iframe) => iframe.remove()));

/** Opens the page in an iframe of a phone's size (the screen `npm run size` budgets), at the top of this page. */
async function open() {
  window.scrollTo(0, 0);
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'display: block; width: 412px; height: 823px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = PAGE;
  document.body.prepend(iframe);
  opened.push(iframe);
  await within(loaded, 15000, `${PAGE} did not load`);
  const win = iframe.contentWindow as Window & typeof globalThis;
  for (const tag of FIRST_SCREEN) {
    await within(win.customElements.whenDefined(tag), 10000, `<${tag}> was not defined: is dist/ built?`);
  }
  return win;
}

/** The paths of the scripts a window fetched. */
const scripts = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\.m?js$/.test(path));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('seed page: how it loads', () => {
  it('declares its charset within the first 1024 bytes', async () => {
    const bytes = new Uint8Array(await (await fetch(PAGE, { cache: 'no-store' })).arrayBuffer());
    const head = new TextDecoder().decode(bytes.slice(0, 1024));
    expect(head).to.match(/<meta charset="utf-8"/i);
  });

  it('declares its icon inline, so that browsers do not ask for /favicon.ico', async () => {
    const html = await (await fetch(PAGE, { cache: 'no-store' })).text();
    const icon = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLLinkElement>('link[rel~="icon"]');
    expect(icon, 'a <link rel="icon">').to.exist;
    expect(icon!.getAttribute('href')).to.match(/^data:image\/svg\+xml,/);
    const image = new Image();
    image.src = icon!.getAttribute('href')!;
    await image.decode(); // rejects if the icon is not a valid image
  });

  it('asks for nothing that is missing', async () => {
    const win = await open();
    win.document.querySelector('kq-comment-thread')!.scrollIntoView();
    await within(win.customElements.whenDefined('kq-comment-thread'), 10000, 'the thread was not defined');
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    expect(entries.length).to.be.above(2);
    for (const entry of entries) {
      // responseStatus where the engine reports it; the same URL fetched again everywhere.
      const status = (entry as PerformanceResourceTiming & { responseStatus?: number }).responseStatus;
      if (status) expect(status, entry.name).to.equal(200);
      expect((await fetch(entry.name, { cache: 'no-store' })).status, entry.name).to.equal(200);
    }
  });

  it('downloads the bundle first, and the comment thread when the reader nears it', async () => {
    const win = await open();
    await pause(500); // time for an IntersectionObserver to report, were the thread near
    const thread = win.document.querySelector('kq-comment-thread')!;
    expect(win.customElements.get('kq-comment-thread'), 'the thread is defined before the reader nears it').to.equal(
      undefined,
    );
    expect(scripts(win).filter((path) => path.startsWith('/dist/'))).to.deep.equal(['/dist/kiosque.min.js']);
    expect(thread.textContent, 'the thread shows its server-rendered comment meanwhile').to.include(
      'Sans doute n’etes vous pas au courant',
    );

    thread.scrollIntoView();
    await within(win.customElements.whenDefined('kq-comment-thread'), 10000, 'the thread was not defined');
    expect(scripts(win).filter((path) => path.startsWith('/dist/chunks/comment-thread-'))).to.have.length(1);
    await (thread as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(thread.shadowRoot!.querySelector('#comment-1842')).to.exist;
  });

  it('loads the comment thread a jump went past (as a restored scroll does), though it never came near', async () => {
    const win = await open();
    const doc = win.document;
    // More page below the thread, as a site's footer: the reader can be well past it.
    doc.body.append(Object.assign(doc.createElement('div'), { style: 'height: 4000px' }));
    await pause(500);
    expect(win.customElements.get('kq-comment-thread'), 'defined while far below').to.equal(undefined);
    win.scrollTo(0, doc.documentElement.scrollHeight);
    const thread = doc.querySelector('kq-comment-thread')!;
    expect(thread.getBoundingClientRect().bottom, 'the thread is above the viewport').to.be.below(-1000);
    await within(win.customElements.whenDefined('kq-comment-thread'), 10000, 'the thread gone past was not defined');
    await (thread as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(thread.shadowRoot!.querySelector('#comment-1842')).to.exist;
  });
});
