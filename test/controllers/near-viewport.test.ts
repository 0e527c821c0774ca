// When a list with a `src` loads (NearViewportController, SourceController), for both lists that
// use them: near the viewport, and also once the reader went past it without it ever coming near
// (a jump, or the scroll position a reload restores); and while it loads, the height it had with
// its data when last on this page, so that the restored scroll lands where the reader was.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/comment-thread/comment-thread.define.js';
import '../../src/components/related-articles/related-articles.define.js';
import { settled } from '../helpers.js';
import type { LitElement } from 'lit';

const uid = () => Math.random().toString(36).slice(2);

/** The two lists, each with a src of its own for this test, and what shows once it has loaded. */
const LISTS = [
  {
    tag: 'kq-related-articles',
    src: () => `/api/related?id=${uid()}`,
    loaded: (el: Element) => el.shadowRoot!.querySelector('[part=list]'),
  },
  {
    tag: 'kq-comment-thread',
    src: () => `/api/comments?id=${uid()}`,
    loaded: (el: Element) => el.shadowRoot!.querySelector('#comment-1842'),
  },
];

/** A page taller than the viewport: `before` px, the element, then three viewports of content. */
async function page(tag: string, src: string, before: number) {
  scrollTo(0, 0);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: 480px"></div>`);
  const el = document.createElement(tag) as LitElement & { src: string };
  el.src = src;
  const above = Object.assign(document.createElement('div'), { style: `height: ${before}px` });
  const below = Object.assign(document.createElement('div'), { style: `height: ${3 * innerHeight}px` });
  wrapper.append(above, el, below);
  await settled(el);
  return el;
}

const height = (el: Element) => Math.round(el.getBoundingClientRect().height);
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

afterEach(() => scrollTo(0, 0));

for (const list of LISTS) {
  describe(`<${list.tag} src>: when it loads`, () => {
    it('loads once the reader jumped past it, though it never came near the viewport', async () => {
      const el = await page(list.tag, list.src(), 3 * innerHeight);
      await aTimeout(300); // time for an observer to report, were the element near
      expect(list.loaded(el), 'loaded while far below').to.equal(null);
      // One jump from above the element to well below it (more than the 400px margin), as a restored scroll does.
      const bottom = el.getBoundingClientRect().bottom + scrollY;
      scrollTo(0, bottom + 1000);
      expect(el.getBoundingClientRect().bottom, 'the element is above the viewport').to.be.below(-900);
      await waitUntil(() => list.loaded(el), 'the element gone past never loaded', { timeout: 5000 });
    });

    it('after a reload, keeps the height it had with its data while it loads again', async () => {
      const src = list.src();
      // First visit: loaded near the top of the page, then read.
      const first = await page(list.tag, src, 0);
      await waitUntil(() => list.loaded(first), 'the first element did not load', { timeout: 5000 });
      await settled(first);
      await frames();
      const loadedHeight = height(first);
      first.parentElement!.remove();

      // The reload: a fresh element with the same src, far below, waiting for the viewport.
      const again = await page(list.tag, src, 3 * innerHeight);
      await frames();
      expect(list.loaded(again), 'still waiting').to.equal(null);
      expect(height(again), 'the height reserved while loading').to.equal(loadedHeight);

      // Once its data shows, the reserved height gives way to its own (the same data: the same height).
      again.scrollIntoView();
      await waitUntil(() => list.loaded(again), 'the fresh element did not load', { timeout: 5000 });
      await settled(again);
      expect(again.style.minHeight, 'nothing reserved once loaded').to.equal('');
      expect(height(again)).to.equal(loadedHeight);
    });

    it('reserves nothing for a src never shown on this page', async () => {
      const el = await page(list.tag, list.src(), 3 * innerHeight);
      expect(el.style.minHeight).to.equal('');
    });
  });
}
