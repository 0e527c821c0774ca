import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerAdapter } from '../../../src/adapters/adapter.js';
import { ours } from '../../../src/adapters/ours.js';
import '../../../src/components/related-articles/related-articles.define.js';
import type {
  KqRelatedArticles,
  RelatedArticleDetail,
  RelatedErrorDetail,
  RelatedLoadDetail,
} from '../../../src/components/related-articles/related-articles.js';
import type { KqRelativeTime } from '../../../src/components/relative-time/relative-time.js';
import { captureWarnings, expectNoGarbage, pressKey, settled } from '../../helpers.js';
import { badArticles, CURRENT_URL, SEED_TEXT, SEED_TEXT_EN, seedArticles } from '../../server/related-seed.mjs';

const TITLES = SEED_TEXT.map(([, , title]) => title);

/** Creates the element in a `[lang]` wrapper, lets `setup` add listeners and children, then connects it. */
async function mount(setup: (el: KqRelatedArticles) => void = () => {}, lang = 'fr', style = 'width: 320px') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${style}></div>`);
  const el = document.createElement('kq-related-articles');
  setup(el);
  wrapper.append(el);
  await settled(el);
  return el;
}

const $ = (el: KqRelatedArticles, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: KqRelatedArticles, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** What a reader sees of each item: [category, relative time, title]. */
async function rows(el: KqRelatedArticles) {
  await settled(el);
  const times = $$(el, 'kq-relative-time') as KqRelativeTime[];
  await Promise.all(times.map((t) => t.updateComplete));
  return $$(el, 'li[part=item]').map((li) => [
    li.querySelector('[part=category]')?.textContent ?? '',
    (li.querySelector('kq-relative-time') as KqRelativeTime | null)?.text ?? '',
    li.querySelector('a')!.textContent!.trim(),
  ]);
}

/**
 * Resolves with the next event of that type (the listener is attached before the element connects),
 * typed by `HTMLElementEventMap` as a page's own listener is: no cast.
 */
function next<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K) {
  return new Promise<HTMLElementEventMap[K]>((resolve) => el.addEventListener(type, resolve, { once: true }));
}

/**
 * The one heading in the element, as assistive technology reads it: a real `<h1>`–`<h6>` (whose
 * role and level are native, not borrowed from `role`/`aria-level`), its level and its name.
 */
function headingOf(el: KqRelatedArticles) {
  const headings = $$(el, 'h1, h2, h3, h4, h5, h6, [role=heading]');
  expect(headings, 'one heading').to.have.length(1);
  const [heading] = headings;
  expect(heading.getAttribute('role'), 'a native heading role').to.be.null;
  expect(heading.getAttribute('aria-level'), 'a native heading level').to.be.null;
  return { element: heading.localName, level: Number(heading.localName.slice(1)), name: heading.textContent!.trim() };
}

const loaded = (el: KqRelatedArticles) =>
  waitUntil(() => $(el, '[part=list]'), 'the list did not render', { timeout: 5000 });
const failed = (el: KqRelatedArticles) =>
  waitUntil(() => $(el, '[part=error]'), 'the error state did not show', { timeout: 8000 });
const uid = () => Math.random().toString(36).slice(2);

describe('<kq-related-articles>', () => {
  it('is accessible: a labelled landmark, a list, one link per item, no axe violations', async () => {
    const el = await mount((el) => (el.articles = seedArticles()));
    await expect(el).to.be.accessible();
    const section = $(el, 'section')!;
    expect(headingOf(el)).to.deep.equal({ element: 'h2', level: 2, name: 'À lire aussi' });
    // The landmark is named by its heading.
    expect(section.getAttribute('aria-labelledby')).to.equal($(el, 'h2')!.id);
    const items = $$(el, 'ul[role=list] > li');
    expect(items).to.have.length(8);
    for (const li of items) expect(li.querySelectorAll('a')).to.have.length(1);
    expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(seedArticles().map((a) => a.url));
    expectNoGarbage(el.shadowRoot!.textContent!);
  });

  it('reproduces the seed sidebar in French: category, "il y a 4 jours", title', async () => {
    const el = await mount((el) => (el.articles = seedArticles()));
    expect(await rows(el)).to.deep.equal(SEED_TEXT);
  });

  it('speaks English: "Related articles", "4 days ago", "1 week ago"', async () => {
    const el = await mount((el) => (el.articles = seedArticles()), 'en');
    expect($(el, '#heading')!.textContent).to.equal('Related articles');
    expect(await rows(el)).to.deep.equal(SEED_TEXT_EN);
    // and follows a language change
    el.parentElement!.lang = 'fr';
    await waitUntil(() => $(el, '#heading')!.textContent === 'À lire aussi');
    expect(await rows(el)).to.deep.equal(SEED_TEXT);
  });

  describe('renders the same eight articles from each data source', () => {
    const script = (data: unknown) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify(data);
      return s;
    };
    const sources: Array<[string, (el: KqRelatedArticles) => void]> = [
      ['the articles property', (el) => (el.articles = seedArticles())],
      ['an inline JSON array', (el) => el.append(script(seedArticles()))],
      ['inline JSON { items }', (el) => el.append(script({ items: seedArticles() }))],
      ['a src URL', (el) => (el.src = '/api/related')],
    ];
    for (const [name, setup] of sources) {
      it(name, async () => {
        const el = await mount(setup);
        await loaded(el);
        expect(await rows(el)).to.deep.equal(SEED_TEXT);
      });
    }

    it('server-rendered links, shown as they are without other data and hidden once data renders', async () => {
      const el = await mount((el) => {
        el.innerHTML = `<h2>À lire aussi</h2><ul>${seedArticles()
          .map((a) => `<li><a href="${a.url}">${a.title}</a></li>`)
          .join('')}</ul>`;
      });
      const links = [...el.querySelectorAll('a')];
      expect($(el, 'slot')).to.exist;
      expect(links.map((a) => a.textContent)).to.deep.equal(TITLES);
      expect(
        links.every((a) => a.getClientRects().length > 0),
        'fallback links are visible',
      ).to.be.true;
      el.articles = seedArticles();
      await settled(el);
      expect($(el, 'slot')).to.be.null;
      expect(
        links.every((a) => a.getClientRects().length === 0),
        'fallback links are hidden',
      ).to.be.true;
      expect(await rows(el)).to.deep.equal(SEED_TEXT);
    });

    it('keeps the server-rendered links while src loads, then replaces them', async () => {
      const el = await mount((el) => {
        el.src = '/api/related?delay=400';
        el.innerHTML = '<ul><li><a href="/a">Server-rendered</a></li></ul>';
      });
      expect($(el, 'slot')).to.exist;
      expect($(el, '[part=skeleton]')).to.be.null;
      await loaded(el);
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      expect((await rows(el)).map((r) => r[2])).to.deep.equal(TITLES);
    });
  });

  it('keeps the server-rendered links when src fails, and still reports the error', async () => {
    let error!: Promise<CustomEvent<{ kind: string }>>;
    let el!: KqRelatedArticles;
    const warnings = await captureWarnings(async () => {
      el = await mount((el) => {
        el.src = '/api/related?status=500';
        el.innerHTML = '<ul><li><a href="/a">Server-rendered</a></li></ul>';
        error = next(el, 'kq-error');
      });
      expect((await error).detail.kind).to.equal('status');
      await settled(el);
    });
    expect(warnings).to.have.length(1);
    expect($(el, 'slot')).to.exist;
    expect($(el, '[part=error]')).to.be.null;
    expect(el.querySelector('a')!.getClientRects().length).to.be.above(0);
  });

  it('honours max, exclude (as absolute URLs), heading and heading-level', async () => {
    const current = {
      ...seedArticles()[0],
      url: CURRENT_URL,
      title: 'Les nomades numériques ringardisent l’image des expatriés',
    };
    for (const exclude of [CURRENT_URL, CURRENT_URL.replace(/\/$/, ''), `${CURRENT_URL}#comments`]) {
      const el = await mount((el) => {
        el.articles = [current, ...seedArticles()];
        el.exclude = exclude;
        el.max = 3;
        el.heading = 'Sur le même sujet';
        el.headingLevel = 3;
      });
      expect(
        (await rows(el)).map((r) => r[2]),
        `exclude=${exclude}`,
      ).to.deep.equal(TITLES.slice(0, 3));
      expect(headingOf(el)).to.deep.equal({ element: 'h3', level: 3, name: 'Sur le même sujet' });
    }
    // a relative URL of the same page is excluded too
    const el = await mount((el) => {
      el.articles = [{ ...current, url: '/page-courante' }, ...seedArticles().slice(0, 2)];
      el.exclude = `${location.origin}/page-courante`;
    });
    expect((await rows(el)).map((r) => r[2])).to.deep.equal(TITLES.slice(0, 2));
  });

  describe('layouts', () => {
    it('thumbnails: srcset, sizes, width, height, lazy, and a box reserved before the image loads', async () => {
      const el = await mount((el) => {
        el.layout = 'thumbnails';
        el.src = '/api/related?images=1';
      });
      await loaded(el);
      const imgs = $$(el, 'img[part=image]') as HTMLImageElement[];
      expect(imgs).to.have.length(8);
      const img = imgs[0];
      expect(img.getAttribute('srcset')).to.equal(
        '/api/related/thumb.svg?w=192&i=0 192w, /api/related/thumb.svg?w=384&i=0 384w',
      );
      expect(img.getAttribute('sizes')).to.equal('6rem');
      expect(img.getAttribute('width')).to.equal('192');
      expect(img.getAttribute('height')).to.equal('128');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.alt).to.equal('');
      // The box has its final size whether or not the image has loaded: 6rem × 4rem.
      const box = img.getBoundingClientRect();
      expect(box.width).to.be.closeTo(96, 1);
      expect(box.height).to.be.closeTo(64, 1);
      expect($$(el, '[part=excerpt]')).to.have.length(8);
      await expect(el).to.be.accessible();
    });

    it('list shows no image; compact shows no category', async () => {
      const list = await mount((el) => (el.articles = seedArticles(Date.now(), { image: '/api/related/thumb.svg' })));
      expect($$(list, 'img')).to.have.length(0);
      expect($$(list, '[part=category]')).to.have.length(8);
      const compact = await mount((el) => {
        el.layout = 'compact';
        el.articles = seedArticles();
      });
      expect($$(compact, '[part=category]')).to.have.length(0);
      expect((await rows(compact)).map((r) => r.slice(1))).to.deep.equal(SEED_TEXT.map((r) => r.slice(1)));
    });

    it('warns once for an unknown layout or heading level and uses the defaults', async () => {
      let el!: KqRelatedArticles;
      const warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.setAttribute('layout', 'mosaic');
          el.setAttribute('heading-level', '9');
          el.articles = seedArticles();
        });
        el.requestUpdate();
        await settled(el);
      });
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n')).to.include('mosaic').and.include('heading-level="9"');
      expect(headingOf(el)).to.deep.equal({ element: 'h2', level: 2, name: 'À lire aussi' });
      expect(await rows(el)).to.deep.equal(SEED_TEXT);
    });

    it('is never the page\'s <h1>: heading-level="1" gives an <h2> and one warning', async () => {
      let el!: KqRelatedArticles;
      const warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.setAttribute('heading-level', '1');
          el.articles = seedArticles();
        });
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('heading-level="1"');
      expect(headingOf(el)).to.deep.equal({ element: 'h2', level: 2, name: 'À lire aussi' });
    });
  });

  describe('states', () => {
    it('loading: a skeleton of `max` rows, busy and announced, and no layout shift when data arrives', async () => {
      const el = await mount((el) => {
        el.max = 8;
        el.src = '/api/related?delay=700';
      });
      const section = $(el, 'section')!;
      expect(section.getAttribute('aria-busy')).to.equal('true');
      expect($$(el, '[part=skeleton] li')).to.have.length(8);
      expect($(el, '.visually-hidden')!.textContent).to.equal('Chargement…');
      const before = el.getBoundingClientRect().height;
      await loaded(el);
      await settled(el);
      const after = el.getBoundingClientRect().height;
      expect(section.getAttribute('aria-busy')).to.equal('false');
      // Titles wrap differently from the skeleton's two lines: allow 20%.
      expect(Math.abs(after - before) / after, `skeleton ${before}px, list ${after}px`).to.be.below(0.2);
    });

    it('loading is accessible (busy section, hidden skeleton) and quiet once disconnected', async () => {
      const el = await mount((el) => (el.src = '/api/related?delay=5000'));
      expect($(el, '[part=skeleton]')).to.exist;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('loading: --kq-related-min-height reserves a given height', async () => {
      const el = await mount((el) => {
        el.style.setProperty('--kq-related-min-height', '900px');
        el.src = '/api/related?delay=300';
      });
      expect(el.getBoundingClientRect().height).to.equal(900);
      await loaded(el);
      expect(el.getBoundingClientRect().height).to.equal(900);
    });

    it('empty: hidden by default, a message on request', async () => {
      const hidden = await mount((el) => (el.src = '/api/related?set=empty'));
      await waitUntil(() => hidden.shadowRoot!.childElementCount === 0 || !$(hidden, 'section'));
      await settled(hidden);
      expect($(hidden, 'section')).to.be.null;
      expect(hidden.getBoundingClientRect().height).to.equal(0);

      const shown = await mount((el) => {
        el.showEmpty = true;
        el.articles = [];
      });
      expect($(shown, '[part=empty]')!.textContent).to.equal('Aucun article à afficher pour le moment.');
      await expect(shown).to.be.accessible();
      const en = await mount((el) => {
        el.showEmpty = true;
        el.articles = [];
      }, 'en');
      expect($(en, '[part=empty]')!.textContent).to.equal('No articles to show yet.');
      const custom = await mount((el) => {
        el.setAttribute('empty-message', 'Rien de neuf.');
        el.articles = seedArticles().slice(0, 1);
        el.exclude = seedArticles()[0].url;
      });
      expect($(custom, '[part=empty]')!.textContent).to.equal('Rien de neuf.');
    });

    const failures: Array<[string, string, string]> = [
      ['a 404', '/api/related?status=404', 'status'],
      ['a 500', '/api/related?status=500', 'status'],
      ['malformed JSON', '/api/related?body=garbage', 'json'],
      ['an HTML page', '/api/related?body=html', 'content-type'],
      ['an empty body', '/api/related?body=empty', 'json'],
      ['a dropped connection', '/api/related?drop=1', 'network'],
      ['a timeout', '/api/related?delay=9000', 'timeout'],
      ['JSON without items', '/api/related?set=shape', 'shape'],
    ];
    for (const [name, src, kind] of failures) {
      it(`error: ${name} shows a readable message with a retry button, fires kq-error, warns once`, async () => {
        const unhandled: unknown[] = [];
        const onRejection = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
        addEventListener('unhandledrejection', onRejection);
        let el!: KqRelatedArticles;
        let error!: Promise<CustomEvent<{ kind: string; message: string }>>;
        let errors = 0;
        const warnings = await captureWarnings(async () => {
          el = await mount((el) => {
            // Short only where the timeout is the case under test: WebKit's network stack takes a
            // while to give up on a dropped connection, which must still read as 'network'.
            el.timeout = kind === 'timeout' ? 400 : 8000;
            el.src = src;
            error = next(el, 'kq-error');
            el.addEventListener('kq-error', () => errors++);
          });
          await failed(el);
          await settled(el);
          // Re-rendering (here in another language) neither warns nor reports again.
          el.parentElement!.lang = 'en';
          await waitUntil(() => $(el, '[part=error] p')!.textContent === 'Loading failed.');
          el.parentElement!.lang = 'fr';
          await waitUntil(() => $(el, '[part=error] p')!.textContent === 'Le chargement a échoué.');
        });
        expect(errors).to.equal(1);
        removeEventListener('unhandledrejection', onRejection);
        const { detail, bubbles, composed } = await error;
        expect(detail.kind).to.equal(kind);
        expect(detail.message).to.be.a('string').and.not.be.empty;
        expect(bubbles && composed).to.be.true;
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.include('kq-related-articles').and.include('/api/related');
        expect($(el, '[part=error] p')!.textContent).to.equal('Le chargement a échoué.');
        expect($(el, '[part=retry]')!.textContent).to.equal('Réessayer');
        expect(unhandled).to.deep.equal([]);
        expectNoGarbage(el.shadowRoot!.textContent!);
      });
    }

    it('error: malformed inline JSON ends in the error state too', async () => {
      let el!: KqRelatedArticles;
      let error!: Promise<CustomEvent<{ kind: string }>>;
      const warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.innerHTML = '<script type="application/json">[{"title": </script>';
          error = next(el, 'kq-error');
        });
      });
      expect(warnings).to.have.length(1);
      expect((await error).detail.kind).to.equal('json');
      expect($(el, '[part=error] p')!.textContent).to.equal('Le chargement a échoué.');
    });

    it('error: an adapter that throws is reported once, however often the element re-renders', async () => {
      const adapter = `throws-${uid()}`;
      registerAdapter(adapter, {
        ...ours,
        first: () => {
          throw new TypeError('this adapter is broken');
        },
      });
      let el!: KqRelatedArticles;
      const errors: RelatedErrorDetail[] = [];
      const warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.adapter = adapter;
          el.src = '/api/related';
          el.addEventListener('kq-error', (e) => errors.push(e.detail));
        });
        await failed(el);
        el.parentElement!.lang = 'en';
        await waitUntil(() => $(el, '[part=error] p')!.textContent === 'Loading failed.');
        el.max = 3;
        await settled(el);
      });
      expect(errors.map((e) => e.message)).to.deep.equal(['TypeError: this adapter is broken']);
      expect(warnings, warnings.join('\n')).to.have.length(1);
    });

    it('error in English, and retry (by keyboard) loads the list', async () => {
      const el = await mount((el) => (el.src = `/api/related?failonce=${uid()}`), 'en');
      await captureWarnings(() => failed(el));
      expect($(el, '[part=error] p')!.textContent).to.equal('Loading failed.');
      await expect(el).to.be.accessible();
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const load = next(el, 'kq-load');
      await pressKey('Tab');
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Try again');
      await pressKey('Enter');
      expect((await load).detail.items).to.have.length(8);
      expect(await rows(el)).to.deep.equal(SEED_TEXT_EN);
    });
  });

  it('Tab reaches each title link in order', async () => {
    const el = await mount((el) => (el.articles = seedArticles()));
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await pressKey('Tab');
      reached.push(el.shadowRoot!.activeElement?.textContent?.trim() ?? '');
    }
    expect(reached).to.deep.equal(TITLES);
  });

  describe('src', () => {
    it('waits for the viewport before fetching', async () => {
      const id = uid();
      const scroller = await fixture<HTMLDivElement>(
        html`<div lang="fr" style="height:200px;overflow:auto"><div style="height:3000px"></div></div>`,
      );
      const el = document.createElement('kq-related-articles');
      el.src = `/api/related?id=${id}`;
      scroller.append(el);
      await aTimeout(300);
      expect(await (await fetch(`/api/related/log?id=${id}`)).json(), 'not fetched while far away').to.equal(null);
      el.scrollIntoView();
      await loaded(el);
      expect(await (await fetch(`/api/related/log?id=${id}`)).json()).to.deep.equal({ served: true, aborted: false });
    });

    it('renders only the latest src when it changes quickly', async () => {
      const loads: string[] = [];
      const el = await mount((el) => {
        el.addEventListener('kq-load', (e) =>
          loads.push((e as CustomEvent<{ items: { title: string }[] }>).detail.items[0].title.slice(0, 2)),
        );
        el.src = '/api/related?label=A:&delay=600';
      });
      await aTimeout(100);
      el.src = '/api/related?label=B:&delay=100';
      await loaded(el);
      expect((await rows(el))[0][2]).to.equal(`B:${TITLES[0]}`);
      await aTimeout(800); // the first answer would have arrived by now
      expect((await rows(el))[0][2]).to.equal(`B:${TITLES[0]}`);
      expect(loads).to.deep.equal(['B:']);
    });

    it('aborts its request when disconnected, and loads again when reconnected', async () => {
      const id = uid();
      let loads = 0;
      const el = await mount((el) => {
        el.addEventListener('kq-load', () => loads++);
        el.addEventListener('kq-error', () => loads--);
        el.src = `/api/related?id=${id}&delay=600`;
      });
      await aTimeout(150); // the request is under way
      const parent = el.parentElement!;
      el.remove();
      await aTimeout(900);
      expect(await (await fetch(`/api/related/log?id=${id}`)).json()).to.deep.equal({ served: false, aborted: true });
      expect(loads, 'no kq-load nor kq-error while disconnected').to.equal(0);
      parent.append(el);
      await loaded(el);
      expect(loads).to.equal(1);
      expect(await rows(el)).to.deep.equal(SEED_TEXT);
    });
  });

  describe('events', () => {
    it('kq-load carries the rendered items', async () => {
      let load!: Promise<CustomEvent<RelatedLoadDetail>>;
      await mount((el) => {
        el.max = 5;
        el.src = '/api/related';
        load = next(el, 'kq-load');
      });
      const { detail, bubbles, composed } = await load;
      expect(bubbles && composed).to.be.true;
      expect(detail.items.map((a) => a.title)).to.deep.equal(TITLES.slice(0, 5));
      // The owner changing max re-renders without a new kq-load.
      let more = 0;
      const el = (await load).target as KqRelatedArticles;
      el.addEventListener('kq-load', () => more++);
      el.max = 2;
      await settled(el);
      expect(await rows(el)).to.have.length(2);
      expect(more).to.equal(0);
    });

    it('setting the articles property fires no kq-load (events are for async results)', async () => {
      let loads = 0;
      const el = await mount((el) => {
        el.addEventListener('kq-load', () => loads++);
        el.articles = seedArticles();
      });
      el.articles = seedArticles().slice(0, 2);
      await settled(el);
      expect(loads).to.equal(0);
      expect(await rows(el)).to.have.length(2);
    });

    it('kq-impression fires once per item seen; kq-article-click carries the article and its position', async () => {
      const impressions: RelatedArticleDetail[] = [];
      const clicks: RelatedArticleDetail[] = [];
      const el = await mount((el) => {
        el.articles = seedArticles().slice(0, 3);
        el.addEventListener('kq-impression', (e) => impressions.push(e.detail));
        el.addEventListener('kq-article-click', (e) => clicks.push(e.detail));
        // Stay on the test page: no navigation, and no new tab for the middle click below
        // (WebKit acts on a synthetic middle click on a link).
        el.addEventListener('click', (e) => e.preventDefault());
        el.addEventListener('auxclick', (e) => e.preventDefault());
      });
      await waitUntil(() => impressions.length === 3, 'three impressions', { timeout: 3000 });
      expect(impressions.map((d) => [d.position, d.article.title])).to.deep.equal(
        TITLES.slice(0, 3).map((t, i) => [i + 1, t]),
      );
      // Re-rendering, a new array of the same articles, or scrolling away and back: no new impression.
      el.articles = seedArticles().slice(0, 3);
      el.parentElement!.lang = 'en';
      await settled(el);
      window.scrollTo(0, 0);
      await aTimeout(300);
      expect(impressions).to.have.length(3);

      $$(el, 'a')[1].click();
      expect(clicks).to.have.length(1);
      expect(clicks[0].position).to.equal(2);
      expect(clicks[0].article.title).to.equal(TITLES[1]);
      expect(clicks[0].article.url).to.equal(seedArticles()[1].url);
      // A middle click (a new tab) counts too; a right click (context menu) does not.
      $$(el, 'a')[2].dispatchEvent(
        new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }),
      );
      $$(el, 'a')[2].dispatchEvent(
        new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }),
      );
      expect(clicks.map((c) => c.position)).to.deep.equal([2, 3]);
      // The URL is untouched: no tracking parameter.
      expect($$(el, 'a')[1].getAttribute('href')).to.equal(seedArticles()[1].url);
    });
  });

  describe('bad data', () => {
    const check = async (el: KqRelatedArticles, warnings: string[]) => {
      expect(warnings, warnings.join('\n')).to.have.length(1);
      const [w] = warnings;
      expect(w).to.include('skipped 3 of 5');
      expect(w).to.include('#2 (no title)').and.include('"Sans adresse" (no url)').and.include('javascript:alert(1)');
      expect(w).to.include('image.src').and.include('javascript:alert(2)');
      expect((await rows(el)).map((r) => r[2])).to.deep.equal(TITLES.slice(0, 2));
      expect($$(el, 'img')).to.have.length(0);
      expect($$(el, 'a').every((a) => a.getAttribute('href')!.startsWith('https://'))).to.be.true;
      expectNoGarbage(el.shadowRoot!.textContent!);
    };

    it('skips items without title or URL and drops unsafe URLs, with one warning (property)', async () => {
      let el!: KqRelatedArticles;
      const warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.layout = 'thumbnails';
          el.articles = badArticles();
        });
        el.requestUpdate();
        await settled(el);
      });
      await check(el, warnings);
    });

    it('… and from src', async () => {
      let el!: KqRelatedArticles;
      const warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.layout = 'thumbnails';
          el.src = '/api/related?set=bad';
        });
        await loaded(el);
      });
      await check(el, warnings);
    });

    it('never fetches a javascript: src', async () => {
      let el!: KqRelatedArticles;
      const warnings = await captureWarnings(async () => {
        el = await mount((el) => {
          el.src = 'javascript:alert(1)';
          el.innerHTML = '<a href="/fallback">Fallback</a>';
        });
        await aTimeout(100);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('javascript:alert(1)');
      expect($(el, 'slot')).to.exist;
    });
  });
});
