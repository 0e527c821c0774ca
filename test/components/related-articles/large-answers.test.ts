// <kq-related-articles> given far more than it shows: a `src` answering 10 MB (about 29,000
// articles, test/server/big.mjs), a 700 KB answer of 2,000, a property of 30,000. The page must stay
// responsive, and the element must read only what it shows: the default cap (10), or `max`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/related-articles/related-articles.define.js';
import type { KqRelatedArticles } from '../../../src/components/related-articles/related-articles.js';
import { captureWarnings, settled } from '../../helpers.js';

const uid = () => Math.random().toString(36).slice(2);
const $$ = (el: KqRelatedArticles, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function mount(setup: (el: KqRelatedArticles) => void) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: 320px"></div>`);
  const el = document.createElement('kq-related-articles');
  setup(el);
  wrapper.append(el);
  await settled(el);
  return el;
}

const shown = (el: KqRelatedArticles) =>
  waitUntil(() => el.shadowRoot!.querySelector('[part=list], [part=error]'), 'neither the list nor the error showed', {
    timeout: 15000,
  });

/**
 * The longest time between two turns of a task loop (a message posted to itself, which browsers do
 * not throttle) while `work` runs: how long the page could not answer a reader's click or key.
 */
async function longestBusy(work: () => Promise<unknown>): Promise<number> {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  try {
    await work();
  } finally {
    running = false;
    channel.port1.close();
  }
  return longest;
}

// Generous: the answer of 10 MB took one task of several seconds before the fix (29,000 articles
// normalized and rendered); what remains is reading at most 1 MB and rendering an error. A loaded
// test machine (three engines on two cores) can pause a page for a few hundred ms on its own.
const RESPONSIVE_MS = 1500;

describe('<kq-related-articles>: large answers', () => {
  it('shows 10 articles when max is unset, and 50 at most whatever max says', async () => {
    const el = await mount((el) => (el.src = '/api/big/related?count=2000'));
    await shown(el);
    expect($$(el, 'li[part=item]')).to.have.length(10);
    const warnings = await captureWarnings(async () => {
      el.max = 500;
      await settled(el);
    });
    expect($$(el, 'li[part=item]')).to.have.length(50);
    expect(warnings).to.deep.equal(['[kiosque] <kq-related-articles>: max="500": showing at most 50 articles']);
  });

  it('normalizes only what it shows: unsafe fields past the shown items are never read', async () => {
    // Every article past the 8th has a javascript: categoryUrl: normalizing one says so in the console.
    let el!: KqRelatedArticles;
    const warnings = await captureWarnings(async () => {
      el = await mount((el) => {
        el.max = 8;
        el.src = '/api/big/related?count=2000&trap=8';
      });
      await shown(el);
      await settled(el);
    });
    expect($$(el, 'li[part=item]')).to.have.length(8);
    expect(warnings).to.deep.equal([]);
  });

  it('reads 10 items of a 30,000-article property, not the others', async () => {
    const touched = new Set<number>();
    const articles = Array.from({ length: 30_000 }, (_, i) => ({
      get title() {
        touched.add(i);
        return `Article ${i + 1}`;
      },
      url: `https://grand.example/${i + 1}/`,
      published: '2026-11-20T10:00:00Z',
    }));
    const el = await mount((el) => (el.articles = articles));
    expect($$(el, 'li[part=item]')).to.have.length(10);
    expect(touched.size).to.equal(10);
  });

  it('a 10 MB answer: reads 1 MB of it, says why, shows the error; the page stays responsive', async () => {
    const id = uid();
    let el!: KqRelatedArticles;
    let warnings: string[] = [];
    const busy = await longestBusy(async () => {
      warnings = await captureWarnings(async () => {
        el = await mount((el) => (el.src = `/api/big/related?mb=10&stream=1&id=${id}`));
        await shown(el);
      });
    });
    expect(busy, 'the longest time the page was busy (ms)').to.be.below(RESPONSIVE_MS);
    expect($$(el, '[part=error] p').map((p) => p.textContent)).to.deep.equal(['Le chargement a échoué.']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /loading failed: .*\/api\/big\/related\?mb=10&stream=1&id=\w+ is larger than 1 MB: reading stopped there/,
    );
    // The server was still sending when the element stopped reading.
    const sent = (await (await fetch(`/api/big/log?id=${id}`)).json()) as { written: number; total: number };
    expect(sent.total).to.be.above(9_000_000);
    expect(sent.written, 'bytes sent before the element hung up').to.be.below(sent.total / 2);
  });

  it('a 10 MB answer that announces its length: not read at all, the same error', async () => {
    let el!: KqRelatedArticles;
    let warnings: string[] = [];
    const busy = await longestBusy(async () => {
      warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.max = 8;
          el.src = '/api/big/related?mb=10';
        });
        await shown(el);
      });
    });
    expect(busy, 'the longest time the page was busy (ms)').to.be.below(RESPONSIVE_MS);
    expect($$(el, '[part=error]')).to.have.length(1);
    expect(warnings.join('\n')).to.match(
      /\/api\/big\/related\?mb=10 is larger than 1 MB \(\d+ bytes announced\): nothing was read/,
    );
  });
});
