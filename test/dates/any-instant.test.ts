// The dates readers see, at whatever instant and in whatever zone the suite runs. Every other test
// checks exact strings at one instant; this one is written for the date sweep (`npm run test:dates`,
// test/README.md): it takes the page's pinned "now" as it comes, and compares what each component
// shows with an oracle: date-fns with @date-fns/tz for the calendar arithmetic (days, weeks, months
// and years counted in the reader's zone, as docs/relative-time.md defines them), Intl for the words.
import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, differenceInCalendarMonths, differenceInMonths } from 'date-fns';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article-card/article-card.define.js';
import '../../src/components/comment-thread/comment-thread.define.js';
import '../../src/components/related-articles/related-articles.define.js';
import '../../src/components/relative-time/relative-time.define.js';
import { settled } from '../helpers.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The reader's zone: the browser's, which the runner set with TZ. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Offsets from now, past and future: each unit, its edges, and spans across months and years. */
const OFFSETS = [
  -10 * SECOND,
  -59 * SECOND,
  -5 * MINUTE,
  -59 * MINUTE,
  -3 * HOUR,
  -23 * HOUR,
  -DAY,
  -36 * HOUR,
  -4 * DAY,
  -6 * DAY - 12 * HOUR,
  -7 * DAY,
  -13 * DAY,
  -20 * DAY,
  -45 * DAY,
  -200 * DAY,
  -400 * DAY,
  -3 * 365 * DAY,
  2 * HOUR + 30 * SECOND, // the element renders a little after `now`: no future edge
  3 * DAY,
  40 * DAY,
];

/** Intl's words for a count ("il y a 4 jours"; 0 in the "now" phrasing, "aujourd’hui"). */
const wordsIn = (lang: string) => (value: number, unit: Intl.RelativeTimeFormatUnit) =>
  new Intl.RelativeTimeFormat(lang, { numeric: value === 0 ? 'auto' : 'always' }).format(value, unit);

/** "il y a 4 jours" as the oracle writes it: date-fns counts, Intl words. */
function expectedRelative(date: number, now: number, lang: string): string {
  const diff = date - now;
  const sign = diff <= 0 ? -1 : 1;
  const abs = Math.abs(diff);
  const words = wordsIn(lang);
  const days = Math.abs(differenceInCalendarDays(new TZDate(now, ZONE), new TZDate(date, ZONE)));
  if (abs < MINUTE) return words(Math.floor(abs / SECOND) * sign || 0, 'second');
  if (abs < HOUR) return words(Math.floor(abs / MINUTE) * sign, 'minute');
  // Hours, also past 24 while the date is still today (the 25-hour day).
  if (abs < DAY || days == 0) return words(Math.floor(abs / HOUR) * sign, 'hour');
  if (days < 7) return words(days * sign, 'day');
  const months = Math.abs(differenceInMonths(new TZDate(now, ZONE), new TZDate(date, ZONE)));
  if (months < 1) return words(Math.floor(days / 7) * sign, 'week');
  if (months < 12) return words(months * sign, 'month');
  return words(Math.floor(months / 12) * sign, 'year');
}

/**
 * A date without a time (`day`, its UTC midnight) seen today (`today`, the UTC midnight of today's
 * date in the reader's zone): calendar days, whole weeks of them, completed months (the day of the
 * month come round again), years.
 */
function expectedDay(day: number, today: number, lang: string): string {
  const words = wordsIn(lang);
  const sign = day <= today ? -1 : 1;
  const [later, earlier] = (sign > 0 ? [day, today] : [today, day]).map((ms) => new TZDate(ms, 'UTC'));
  const days = differenceInCalendarDays(later, earlier);
  if (days < 7) return words(days * sign, 'day');
  const months = differenceInCalendarMonths(later, earlier) - (later.getDate() < earlier.getDate() ? 1 : 0);
  if (months < 1) return words(Math.floor(days / 7) * sign, 'week');
  if (months < 12) return words(months * sign, 'month');
  return words(Math.floor(months / 12) * sign, 'year');
}

/** The full date given to assistive technology, as Intl writes it in the reader's zone. */
const expectedFull = (date: number, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short', timeZone: ZONE }).format(date);

/** The visible text of each kq-relative-time under `root`, through shadow roots, in document order. */
function relativeTexts(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'kq-relative-time') found.push(el.shadowRoot!.querySelector('time')!.textContent!);
    else if (el.shadowRoot) found.push(...relativeTexts(el.shadowRoot));
  }
  return found;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe(`dates at the pinned instant, in ${ZONE}`, () => {
  for (const lang of ['fr', 'en', 'ar']) {
    it(`kq-relative-time: every unit, past and future, and the full date (${lang})`, async () => {
      const now = Date.now();
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      for (const offset of OFFSETS) {
        const el = document.createElement('kq-relative-time');
        el.setAttribute('datetime', iso(now + offset));
        wrapper.append(el);
      }
      const elements = [...wrapper.children] as HTMLElement[];
      await Promise.all(elements.map((el) => settled(el as never)));
      // Rendered within the same second as `now` (no unit but seconds can change in between).
      const shown = elements.map((el) => el.shadowRoot!.querySelector('time')!.textContent);
      const spoken = elements.map((el) => el.shadowRoot!.querySelector('.sr')!.textContent);
      expect(shown).to.deep.equal(OFFSETS.map((offset) => expectedRelative(now + offset, now, lang)));
      expect(spoken).to.deep.equal(OFFSETS.map((offset) => ` (${expectedFull(now + offset, lang)})`));
    });
  }

  it('kq-relative-time: a date without a time is that calendar day, in calendar days from today', async () => {
    const now = Date.now();
    const local = new TZDate(now, ZONE);
    const today = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
    const days = [-400, -45, -13, -8, -7, -2, -1, 0, 1, 3, 40].map((k) => today + k * DAY);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    for (const day of days) {
      const el = document.createElement('kq-relative-time');
      el.setAttribute('datetime', iso(day).slice(0, 10));
      wrapper.append(el);
    }
    const elements = [...wrapper.children] as HTMLElement[];
    await Promise.all(elements.map((el) => settled(el as never)));
    const time = (el: HTMLElement) => el.shadowRoot!.querySelector('time')!;
    // The day itself, in any zone, with no time of day.
    const full = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeZone: 'UTC' });
    expect(elements.map((el) => time(el).textContent)).to.deep.equal(days.map((day) => expectedDay(day, today, 'fr')));
    expect(elements.map((el) => time(el).dataset.full)).to.deep.equal(days.map((day) => full.format(day)));
    expect(elements.map((el) => time(el).getAttribute('datetime'))).to.deep.equal(days.map((d) => iso(d).slice(0, 10)));
  });

  it('kq-article-card, kq-related-articles and kq-comment-thread show the same dates', async () => {
    const now = Date.now();
    const past = OFFSETS.filter((offset) => offset <= -DAY);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const cards = past.map((offset) => {
      const card = document.createElement('kq-article-card');
      card.setAttribute('headline', 'Titre');
      card.setAttribute('published', iso(now + offset));
      return card;
    });
    const related = document.createElement('kq-related-articles') as HTMLElement & { articles: unknown[] };
    // Every date shown: more than the default number of articles.
    related.setAttribute('max', String(past.length));
    related.articles = past.map((offset, i) => ({
      url: `/a${i}`,
      title: `Article ${i}`,
      published: iso(now + offset),
    }));
    const relative = document.createElement('kq-comment-thread') as HTMLElement & { comments: unknown[] };
    relative.setAttribute('date-format', 'relative');
    relative.comments = past.map((offset, i) => ({
      id: String(i),
      author: { name: 'Ana' },
      published: iso(now + offset),
      body: 'Merci.',
    }));
    const absolute = document.createElement('kq-comment-thread') as HTMLElement & { comments: unknown[] };
    absolute.comments = relative.comments;
    wrapper.append(...cards, related, relative, absolute);
    for (const el of wrapper.children) await settled(el as never);

    const expected = past.map((offset) => expectedRelative(now + offset, now, 'fr'));
    expect(
      cards.flatMap((card) => relativeTexts(card.shadowRoot!)),
      'cards',
    ).to.deep.equal(expected);
    // The list may order its items its own way: compared as sets of texts.
    expect(relativeTexts(related.shadowRoot!).sort(), 'related articles').to.deep.equal([...expected].sort());
    const commentOf = (thread: HTMLElement, i: number) => thread.shadowRoot!.getElementById(`comment-${i}`)!;
    const relativeDates = past.map((_, i) => relativeTexts(commentOf(relative, i)).join());
    expect(relativeDates, 'comments, relative').to.deep.equal(expected);
    // The thread's absolute dates: the date and the time of day in the reader's zone.
    const long = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE });
    const absoluteDates = past.map((_, i) => commentOf(absolute, i).querySelector('time')!.textContent);
    expect(absoluteDates, 'comments, absolute').to.deep.equal(past.map((offset) => long.format(now + offset)));
  });
});
