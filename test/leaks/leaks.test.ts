import { aTimeout, expect } from '@open-wc/testing';
import '../../src/components/article-card/article-card.define.js';
import '../../src/components/comment-thread/comment-thread.define.js';
import '../../src/components/contact-link/contact-link.define.js';
import '../../src/components/related-articles/related-articles.define.js';
import '../../src/components/relative-time/relative-time.define.js';
import { clock } from '../../src/controllers/clock.js';
import { localizeSubscribers } from '../../src/controllers/localize.js';
import { nearViewportWaiting } from '../../src/controllers/near-viewport.js';
import { seedThread } from '../server/comments-seed.mjs';
import { seedArticles } from '../server/related-seed.mjs';
import { describeLive, install, live } from './instrument.js';

/*
 * Connecting and disconnecting each component 10,000 times leaves nothing behind: no timer,
 * frame, observation, window/document listener, clock subscription, language subscription or
 * element waiting for the viewport (all three engines), and, in Chromium, the heap comes back to
 * within 1 MB of where it started after a forced garbage collection.
 *
 * Half of the cycles disconnect an element after it rendered (nested elements included), half
 * before its first update ran (Lit still renders a disconnected element: a component that starts
 * something in `updated()` must not start it then).
 */
const CYCLES = 10_000;
const BATCH = 500;
const NOW = Date.now();
const MINUTE = 60_000;
const isChromium = /Chrome\//.test(navigator.userAgent);

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const components: Array<[tag: string, make: (i: number) => HTMLElement]> = [
  [
    'kq-relative-time',
    (i) => {
      const el = document.createElement('kq-relative-time');
      el.setAttribute('datetime', new Date(NOW - (i % 300) * MINUTE).toISOString());
      return el;
    },
  ],
  [
    'kq-article-card',
    (i) => {
      const el = document.createElement('kq-article-card');
      el.article = seedArticles(NOW)[i % 8];
      return el;
    },
  ],
  [
    'kq-related-articles',
    () => {
      const el = document.createElement('kq-related-articles');
      el.articles = seedArticles(NOW).slice(0, 3);
      return el;
    },
  ],
  [
    'kq-comment-thread',
    (i) => {
      const el = document.createElement('kq-comment-thread');
      // Every other one with HTML bodies: DOMPurify's path too.
      if (i % 2) el.setAttribute('body-format', 'html');
      el.setAttribute('relative', '');
      el.comments = seedThread().slice(0, 2) as never;
      return el;
    },
  ],
  [
    'kq-contact-link',
    () => {
      const el = document.createElement('kq-contact-link');
      el.setAttribute('user', 'bertrand');
      el.setAttribute('domain', 'marketing-mentalist.com');
      el.setAttribute('copy', '');
      return el;
    },
  ],
];

/** Everything kiosque keeps alive, in one object (compared as a whole for a readable failure). */
function snapshot() {
  return { ...live(), clock: clock.size, localize: localizeSubscribers(), nearViewport: nearViewportWaiting() };
}

/** Waits for an element and the kiosque elements in its shadow tree to finish updating. */
async function settledDeep(el: Element): Promise<void> {
  await (el as Updating).updateComplete;
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (child.localName.startsWith('kq-')) await settledDeep(child);
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Lets pending work end: updates of disconnected elements, lazy imports, observer callbacks. */
async function quiet() {
  await frame();
  await frame();
  await aTimeout(50);
}

/** `count` connect/disconnect cycles of `make`, `BATCH` elements at a time. */
async function cycle(make: (i: number) => HTMLElement, count: number) {
  const host = document.createElement('div');
  host.lang = 'fr';
  document.body.append(host);
  for (let done = 0; done < count; done += BATCH) {
    const elements = Array.from({ length: Math.min(BATCH, count - done) }, (_, i) => make(done + i));
    host.append(...elements);
    const rendered = (done / BATCH) % 2 === 0;
    if (rendered) await Promise.all(elements.map(settledDeep));
    host.replaceChildren();
    // (Their nested elements were never connected: those never update.)
    if (!rendered) await Promise.all(elements.map((el) => (el as Updating).updateComplete));
  }
  host.remove();
  await quiet();
}

async function usedHeap(): Promise<number> {
  const { gc } = window as unknown as { gc: () => void };
  for (let i = 0; i < 4; i++) {
    gc();
    await aTimeout(20);
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

describe('leaks: 10,000 connect/disconnect cycles of each component', function () {
  this.timeout(240_000);
  let heapBefore = 0;

  before(async () => {
    install();
    // Warm up: modules, DOMPurify's chunk, formatter caches and translations are loaded once for
    // the page; they are not leaks.
    for (const [, make] of components) await cycle(make, 2 * BATCH);
    if (isChromium) heapBefore = await usedHeap();
  });

  for (const [tag, make] of components) {
    it(`${tag}: leaves no timer, frame, observer, listener, clock or language subscription`, async () => {
      const before = snapshot();
      await cycle(make, CYCLES);
      expect(snapshot(), `still alive: ${describeLive().slice(0, 5).join('; ')}`).to.deep.equal(before);
    });
  }

  for (const tag of ['kq-related-articles', 'kq-comment-thread']) {
    it(`${tag}: disconnected while its src request is in flight, leaves nothing behind`, async () => {
      const url = tag === 'kq-related-articles' ? '/api/related' : '/api/comments';
      const before = snapshot();
      const host = document.createElement('div');
      host.lang = 'fr';
      document.body.append(host);
      const elements = Array.from({ length: 50 }, (_, i) => {
        const el = document.createElement(tag);
        el.setAttribute('src', `${url}?delay=3000&leak=${i}`);
        return el;
      });
      host.append(...elements);
      await Promise.all(elements.map(settledDeep));
      await quiet(); // near the viewport: the requests start
      const loading = elements.filter(
        (el) =>
          el.shadowRoot?.querySelector('[aria-busy="true"]') || el.shadowRoot?.textContent?.includes('Chargement'),
      );
      host.remove();
      await quiet();
      expect(snapshot(), `still alive: ${describeLive().slice(0, 5).join('; ')}`).to.deep.equal(before);
      expect(loading.length, 'the requests were in flight when the elements left').to.be.greaterThan(0);
    });
  }

  if (isChromium) {
    it('the heap returns within 1 MB of its start after forced garbage collection (Chromium)', async () => {
      expect(typeof (window as unknown as { gc?: unknown }).gc, 'Chromium runs with --js-flags=--expose-gc').to.equal(
        'function',
      );
      const after = await usedHeap();
      const grown = after - heapBefore;
      expect(
        grown,
        `heap grew by ${(grown / 1024).toFixed(0)} KB over ${components.length} × ${CYCLES} cycles`,
      ).to.be.below(1024 * 1024);
    });
  }

  // Last: this element leaks on purpose, and what it leaks stays for the rest of the page.
  it('the counters see a leak: an element that forgets to clean up is caught on every count', async () => {
    await import('./leaky.js');
    const before = snapshot();
    const host = document.createElement('div');
    document.body.append(host);
    host.append(...Array.from({ length: 3 }, () => document.createElement('kq-test-leaky')));
    host.remove();
    await quiet();
    const after = snapshot();
    expect(after.timeouts - before.timeouts, 'timeouts (3, and the clock timer)').to.be.at.least(3);
    expect(after.intervals - before.intervals, 'intervals').to.equal(3);
    expect(after.frames - before.frames, 'frames').to.equal(3);
    expect(after.observations - before.observations, 'observations').to.equal(9);
    expect(after.listeners - before.listeners, "listeners (6, and the clock's visibilitychange)").to.be.at.least(6);
    expect(after.clock - before.clock, 'clock subscriptions').to.equal(3);
  });
});
