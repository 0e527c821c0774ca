// Property-based tests (issue #7) with fast-check: random strings, dates, numbers, nesting and JSON
// shapes through each component's inputs. Whatever the input: no uncaught exception, no failed
// update, and no "undefined", "NaN", "Invalid Date" or "[object Object]" in what a reader sees
// (text through every shadow root and slot, and the alt/aria-label/title text alternatives).
// A failure prints fast-check's seed and path: pass them to `fc.assert(…, { seed, path })` to replay.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/article-card/article-card.define.js';
import '../../src/components/comment-thread/comment-thread.define.js';
import '../../src/components/contact-link/contact-link.define.js';
import '../../src/components/related-articles/related-articles.define.js';
import '../../src/components/relative-time/relative-time.define.js';
import { captureWarnings } from '../helpers.js';
import { garbageIn, seenText, settleAll } from './audit.js';

/** Runs per property: modest, so that three engines finish in a few minutes. */
const RUNS = 120;
let runs = 0;

// ---- arbitraries --------------------------------------------------------------------------------

const pad = (n: number, size = 2) => String(n).padStart(size, '0');
/** ISO-8601-looking dates, in and out of range (month 13, day 32, hour 24, year 0, odd offsets). */
const isoish = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    time: fc.option(
      fc.tuple(
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 61 })),
        fc.option(fc.integer({ min: 0, max: 999999 })),
      ),
    ),
    zone: fc.constantFrom('', 'Z', 'z', '+02:00', '-12:00', '+14:00', '+99:99', '+0530', '-00'),
  })
  .map(({ y, mo, d, time, zone }) => {
    const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    if (!time) return date;
    const [h, mi, s, frac] = time;
    return `${date}T${pad(h)}:${pad(mi)}${s === null ? '' : `:${pad(s)}${frac === null ? '' : `.${frac}`}`}${zone}`;
  });
/** Dates near now (past and future, every unit), as ISO strings. */
const nearDate = fc
  .integer({ min: -5 * 365 * 86_400_000, max: 5 * 365 * 86_400_000 })
  .map((offset) => new Date(Date.now() + offset).toISOString());
const date = fc.oneof(
  isoish,
  nearDate,
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.string(),
  fc.constantFrom('', ' ', 'now', '2021-02-29', '2024-02-29', '+275760-09-13T00:00:00Z', 'null', '1e99'),
);
/** Text of every kind: ASCII, any code point, lone surrogates, markup, whitespace. */
const str = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '\n\n', '<b>x</b>', '\u202e', '\ud800', '{date}', '%s'),
);
/** Numbers as attributes or properties meet them: any double (NaN, ±Infinity, -0), integers, numeric strings. */
const num = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.integer({ min: -3, max: 30 }),
  fc.constantFrom('3', '', 'x', '1e3', '-1', '0x10'),
);
/** A URL, or something that is not one. */
const url = fc.oneof(
  fc.webPath(),
  fc.webPath().map((p) => `https://kq.invalid${p}`),
  fc.constantFrom(
    'javascript:x',
    'mailto:a@kq.invalid',
    'tel:+33100000000',
    '//kq.invalid/x',
    '',
    '#x',
    '?q=1',
    'data:,x',
    'http://[::1',
    '%',
  ),
  fc.string(),
);
/** An image URL the test server answers (or a broken one), never another host. */
const imageUrl = fc.oneof(
  fc.constantFrom(
    '/api/related/thumb.svg',
    '/api/comments/avatar.svg',
    '/missing.png',
    'javascript:x',
    'data:image/png,x',
    '',
  ),
  fc.webPath(),
  fc.string(),
);
/** Either a well-typed value or anything at all (any JSON-like or JS value, nested). */
const orAnything = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });
const attribute = (...values: string[]) => fc.oneof(fc.constantFrom(...values), str);
const lang = fc.constantFrom('fr', 'en', 'ar', 'fr-CA', 'en-GB', 'de', 'xx', '', 'i-klingon', 'zh-Hant-TW');

const image = fc.record(
  {
    src: orAnything(imageUrl),
    srcset: orAnything(str),
    sizes: orAnything(str),
    alt: orAnything(str),
    width: orAnything(num),
    height: orAnything(num),
    credit: orAnything(str),
    caption: orAnything(str),
  },
  { requiredKeys: [] },
);
const articleArb = fc.record(
  {
    id: orAnything(fc.oneof(fc.integer(), fc.string())),
    url: orAnything(url),
    title: orAnything(str),
    category: orAnything(str),
    categoryUrl: orAnything(url),
    standfirst: orAnything(str),
    image: orAnything(image),
    author: orAnything(str),
    published: orAnything(date),
    updated: orAnything(date),
    readingMinutes: orAnything(num),
  },
  { requiredKeys: [] },
);
/** Comments whose ids and parent ids come from a small set, so that trees, orphans, duplicates and cycles all occur. */
const commentId = fc.oneof(fc.constantFrom('1', '2', '3', '4', '5', '6', 1, 2, 0, '0', ''), fc.string());
const commentArb = fc.record(
  {
    id: orAnything(commentId),
    parentId: orAnything(commentId),
    author: orAnything(
      fc.oneof(
        str,
        fc.record({ name: orAnything(str), url: orAnything(url), avatar: orAnything(imageUrl) }, { requiredKeys: [] }),
      ),
    ),
    published: orAnything(date),
    body: orAnything(str),
    status: orAnything(fc.constantFrom('published', 'pending', 'deleted', 'spam', '')),
    likes: orAnything(num),
  },
  { requiredKeys: [] },
);

// ---- the check ----------------------------------------------------------------------------------

/** Every string inside `value` (keys included): text given as is may hold the words itself. */
function strings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object' && depth < 8) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      strings(item, out, depth + 1);
    }
  }
  return out;
}

/** Garbage words a reader sees that no given string holds (a NaN number given as a property is not an excuse). */
function garbageNotFromInput(el: Element, input: unknown): string[] {
  const given = strings(input).join(' ');
  return garbageIn(seenText(el)).filter((word) => !given.includes(word));
}

/** Attributes as the element receives them: text. */
const asAttributes = (attributes: Record<string, unknown>) =>
  Object.values(attributes)
    .filter((v) => v !== null && v !== undefined)
    .map(String);

/**
 * Mounts `make(input)` in a `[lang]` wrapper, waits for every nested update; throws on a failed update or an uncaught
 * error.
 */
async function renderChecked(
  make: () => HTMLElement,
  langValue: string,
  input: unknown,
  ready?: (el: HTMLElement) => Promise<unknown>,
): Promise<void> {
  runs++;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${langValue} style="width: 360px"></div>`);
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await captureWarnings(async () => {
      const el = make();
      const loaded = ready?.(el);
      wrapper.append(el);
      await loaded;
      await settleAll([el]);
      // And after a language change (every text re-rendered).
      const garbage = garbageNotFromInput(el, input);
      expect(garbage, `garbage in "${seenText(el).replace(/\s+/g, ' ').slice(0, 300)}"`).to.deep.equal([]);
      wrapper.lang = langValue === 'en' ? 'fr' : 'en';
      await settleAll([el]);
      await settleAll([el]);
      expect(
        garbageNotFromInput(el, input),
        `garbage after a language change in "${seenText(el).replace(/\s+/g, ' ').slice(0, 300)}"`,
      ).to.deep.equal([]);
    });
    expect(errors, 'uncaught errors').to.deep.equal([]);
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    wrapper.remove();
  }
}

function create(
  tag: string,
  attributes: Record<string, unknown>,
  props: Record<string, unknown> = {},
  children = '',
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  Object.assign(el, props);
  if (children) el.innerHTML = children;
  return el;
}

function inlineJson(el: HTMLElement, data: unknown): HTMLElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  try {
    script.textContent = JSON.stringify(data) ?? 'null';
  } catch {
    script.textContent = String(data);
  }
  el.append(script);
  return el;
}

const check = <T>(arb: fc.Arbitrary<T>, run: (input: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arb, run), { numRuns: RUNS, verbose: 1 });

// ---- the properties -----------------------------------------------------------------------------

/** Serves `data` from the test server: the URL a component's `src` then fetches. */
async function served(data: unknown): Promise<string> {
  const key = Math.random().toString(36).slice(2);
  await fetch(`/api/hostile/echo?key=${key}&store=1`, { method: 'POST', body: JSON.stringify(data) ?? 'null' });
  return `/api/hostile/echo?key=${key}`;
}

/** A `src` answer of any JSON shape: the list of items, items of any shape, or no list at all. */
const answer = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record(
      {
        items: fc.array(
          item.map((a) => JSON.parse(JSON.stringify(a) ?? 'null')),
          { maxLength: 10 },
        ),
        next: fc.option(url),
      },
      { requiredKeys: ['items'] },
    ),
  );

describe('properties: random input never breaks a component or shows garbage', () => {
  after(() => console.log(`[hardening] properties: ${runs} runs`));

  it('the check is live: it finds garbage through nested shadow roots and slots, excusing only given strings', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>ok</p><span><slot></slot></span><i aria-level="NaN"></i>';
    const inner = document.createElement('span');
    inner.attachShadow({ mode: 'open' }).textContent = 'il y a undefined jours';
    host.append(inner);
    expect(garbageNotFromInput(host, {})).to.deep.equal(['undefined', 'NaN']);
    expect(garbageNotFromInput(host, { title: 'undefined' })).to.deep.equal(['NaN']);
    expect(garbageNotFromInput(host, { n: NaN })).to.deep.equal(['undefined', 'NaN']);
  });

  it('<kq-relative-time>: any datetime, format, threshold, style, numeric, zone, hour cycle, prefix and language', () =>
    check(
      fc.record({
        datetime: date,
        format: attribute('relative', 'absolute', 'auto'),
        threshold: attribute('P30D', 'PT12H', 'P1W', 'P1Y2M', 'P', 'PT', '1.2.3D', 'P1.5D'),
        'format-style': attribute('long', 'short', 'narrow'),
        numeric: attribute('always', 'auto'),
        'time-zone': fc.option(
          attribute('Europe/Paris', 'UTC', 'America/St_Johns', 'Asia/Kathmandu', 'Etc/GMT+12', 'Mars/Olympus', 'utc'),
        ),
        'hour-cycle': fc.option(attribute('h11', 'h12', 'h23', 'h24')),
        prefix: fc.option(str),
        lang,
      }),
      ({ lang: l, ...attributes }) =>
        renderChecked(() => create('kq-relative-time', attributes, {}, '3 août 2021'), l, asAttributes(attributes)),
    ));

  it('<kq-article-card>: any Article object (any field of any type) in every variant', () =>
    check(
      fc.record({
        article: orAnything(articleArb),
        variant: attribute('card', 'horizontal', 'compact', 'header'),
        level: fc.option(num),
        lang,
        microdata: fc.boolean(),
      }),
      (input) =>
        renderChecked(
          () =>
            create(
              'kq-article-card',
              { variant: input.variant, 'heading-level': input.level, ...(input.microdata ? { microdata: '' } : {}) },
              { article: input.article },
              '<h3>Repli</h3>',
            ),
          input.lang,
          [input.article, input.variant, String(input.level)],
        ),
    ));

  it('<kq-article-card>: any attributes', () =>
    check(
      fc.record({
        href: url,
        headline: str,
        category: str,
        'category-url': url,
        standfirst: str,
        src: imageUrl,
        srcset: str,
        width: num,
        height: num,
        alt: str,
        credit: str,
        caption: str,
        author: str,
        published: date,
        updated: date,
        'reading-minutes': num,
        variant: attribute('card', 'horizontal', 'compact', 'header'),
        lang,
      }),
      ({ lang: l, ...attributes }) =>
        renderChecked(() => create('kq-article-card', attributes), l, asAttributes(attributes)),
    ));

  it('<kq-contact-link>: any email, user + domain, tel, href, label, subject and body', () =>
    check(
      fc
        .record(
          {
            email: fc.oneof(fc.emailAddress(), str),
            user: str,
            domain: fc.oneof(fc.domain(), str),
            tel: fc.oneof(fc.stringMatching(/^\+?[\d ().-]{3,20}$/), str),
            href: url,
            label: str,
            subject: str,
            body: str,
            copy: fc.constant(''),
          },
          { requiredKeys: [] },
        )
        .chain((attributes) => fc.record({ attributes: fc.constant(attributes), lang })),
      ({ attributes, lang: l }) =>
        renderChecked(() => create('kq-contact-link', attributes), l, asAttributes(attributes)),
    ));

  it('<kq-related-articles>: any list of Article-like objects (or any value), max, exclude, layout, heading', () =>
    check(
      fc.record({
        articles: orAnything(fc.array(orAnything(articleArb), { maxLength: 12 })),
        max: fc.option(num),
        exclude: fc.option(url),
        layout: attribute('list', 'compact', 'thumbnails'),
        heading: fc.option(str),
        level: fc.option(num),
        empty: fc.option(str),
        lang,
      }),
      (input) =>
        renderChecked(
          () =>
            create(
              'kq-related-articles',
              {
                max: input.max,
                exclude: input.exclude,
                layout: input.layout,
                heading: input.heading,
                'heading-level': input.level,
                'empty-message': input.empty,
              },
              { articles: input.articles },
            ),
          input.lang,
          [input.articles, ...asAttributes({ ...input, articles: null })],
        ),
    ));

  it('<kq-related-articles>: any JSON shape as inline JSON', () =>
    check(
      fc.record({
        data: fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({
            items: fc.array(
              articleArb.map((a) => JSON.parse(JSON.stringify(a) ?? 'null')),
              { maxLength: 10 },
            ),
          }),
        ),
        lang,
      }),
      (input) =>
        renderChecked(
          () => inlineJson(create('kq-related-articles', { layout: 'thumbnails' }), input.data),
          input.lang,
          input,
        ),
    ));

  it('<kq-comment-thread>: any comment-like objects (trees, orphans, cycles, duplicates), sort, depth, dates', () =>
    check(
      fc.record({
        comments: orAnything(fc.array(orAnything(commentArb), { maxLength: 25 })),
        sort: attribute('oldest', 'newest', 'top'),
        depth: fc.option(num),
        dateFormat: attribute('absolute', 'relative'),
        zone: fc.option(attribute('Europe/Paris', 'UTC', 'Pacific/Chatham', 'Nowhere/City')),
        level: fc.option(num),
        closed: fc.boolean(),
        lang,
      }),
      (input) =>
        renderChecked(
          () =>
            create(
              'kq-comment-thread',
              {
                sort: input.sort,
                'max-depth': input.depth,
                'date-format': input.dateFormat,
                'time-zone': input.zone,
                'heading-level': input.level,
                ...(input.closed ? { closed: '' } : {}),
              },
              { comments: input.comments },
            ),
          input.lang,
          [input.comments, ...asAttributes({ ...input, comments: null })],
        ),
    ));

  it('<kq-comment-thread>: any JSON shape as inline JSON, HTML bodies included', () =>
    check(
      fc.record({
        data: fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({
            items: fc.array(
              commentArb.map((c) => JSON.parse(JSON.stringify(c) ?? 'null')),
              { maxLength: 15 },
            ),
            next: fc.option(url),
          }),
        ),
        html: fc.boolean(),
        lang,
      }),
      (input) =>
        renderChecked(
          () => inlineJson(create('kq-comment-thread', input.html ? { 'body-format': 'html' } : {}), input.data),
          input.lang,
          input,
        ),
    ));

  it('<kq-related-articles>: any JSON shape as the src answer', () =>
    fc.assert(
      fc.asyncProperty(fc.record({ data: answer(orAnything(articleArb)), lang }), async (input) => {
        const src = await served(input.data);
        await renderChecked(
          () => create('kq-related-articles', { src, layout: 'thumbnails' }),
          input.lang,
          input,
          (el) =>
            new Promise((resolve) =>
              ['kq-load', 'kq-error'].forEach((type) => el.addEventListener(type, resolve, { once: true })),
            ),
        );
      }),
      { numRuns: 50, verbose: 1 },
    ));

  it('<kq-comment-thread>: any JSON shape as the src answer', () =>
    fc.assert(
      fc.asyncProperty(fc.record({ data: answer(orAnything(commentArb)), lang }), async (input) => {
        const src = await served(input.data);
        await renderChecked(
          () => create('kq-comment-thread', { src }),
          input.lang,
          input,
          (el) =>
            waitUntil(() => el.shadowRoot?.querySelector('section, [role=alert]'), 'the answer did not render', {
              timeout: 8000,
            }),
        );
      }),
      { numRuns: 50, verbose: 1 },
    ));

  it('<kq-comment-thread>: any JSON shape as the next page ("load more")', () =>
    fc.assert(
      fc.asyncProperty(fc.record({ data: answer(orAnything(commentArb)), lang }), async (input) => {
        const next = await served(input.data);
        const first = await served({
          items: [{ id: 'p1', author: { name: 'ms' }, published: '2021-08-03T11:24:00+02:00', body: 'Premier.' }],
          next,
        });
        await renderChecked(
          () => create('kq-comment-thread', { src: first }),
          input.lang,
          input,
          async (el) => {
            await waitUntil(() => el.shadowRoot?.querySelector('[part=more]'), 'no "load more"', { timeout: 8000 });
            const count = el.shadowRoot!.querySelectorAll('article').length;
            const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]');
            more()!.click();
            await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            // Ends with the page added (possibly nothing valid in it, possibly a further next), or the alert with a
            // retry.
            await waitUntil(() => !more()?.disabled, 'the next page did not end', { timeout: 8000 });
            expect(el.shadowRoot!.querySelectorAll('article').length).to.be.at.least(count);
          },
        );
      }),
      { numRuns: 40, verbose: 1 },
    ));

  it('<kq-comment-thread>: any JSON shape as the answer to a posted comment', () =>
    fc.assert(
      fc.asyncProperty(
        fc.record({
          data: fc.oneof(
            fc.jsonValue({ maxDepth: 3 }),
            orAnything(commentArb).map((c) => JSON.parse(JSON.stringify(c) ?? 'null')),
          ),
          lang,
        }),
        async (input) => {
          const action = await served(input.data);
          await renderChecked(
            () => create('kq-comment-thread', { action }, { comments: [] }),
            input.lang,
            input,
            async (el) => {
              await waitUntil(() => el.shadowRoot?.querySelector('section > form'), 'no form', { timeout: 8000 });
              const form = el.shadowRoot!.querySelector('section > form')!;
              for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
                field.value = 'Léa';
                field.dispatchEvent(new Event('input', { bubbles: true }));
              }
              form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
              await waitUntil(
                () =>
                  !el.shadowRoot!.querySelector('article[id^="comment-kq-local-"]') ||
                  el.shadowRoot!.querySelector('[role=alert]'),
                'the post did not end',
                { timeout: 8000 },
              );
            },
          );
        },
      ),
      { numRuns: 40, verbose: 1 },
    ));
});
