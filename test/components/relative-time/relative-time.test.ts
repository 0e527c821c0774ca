import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/relative-time/relative-time.define.js';
import type { KqRelativeTime } from '../../../src/components/relative-time/relative-time.js';
import { clock } from '../../../src/controllers/clock.js';
import { captureWarnings, expectNoGarbage } from '../../helpers.js';

// Pinned: Thursday 26 November 2026, 15:00 in Paris (14:00 UTC). Time zone passed explicitly.
const NOW = Date.parse('2026-11-26T14:00:00Z');
const TZ = 'Europe/Paris';
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

let timers: sinon.SinonFakeTimers;
beforeEach(() => {
  timers = sinon.useFakeTimers({ now: NOW, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => timers.restore());

async function render(attrs: Record<string, string>, lang = 'fr', fallback = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kq-relative-time') as KqRelativeTime;
  el.setAttribute('time-zone', TZ);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = fallback;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** The text a sighted reader sees: the <time> content without the visually hidden full date. */
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

const visible = (el: KqRelativeTime) => {
  const time = el.shadowRoot!.querySelector('time');
  return time && !time.hidden ? time.textContent! : '';
};
/** What assistive technology reads: every rendered node (the tooltip is CSS with empty alt text). */
const spoken = (el: KqRelativeTime) =>
  [...el.shadowRoot!.children]
    .filter((n) => !(n as HTMLElement).hidden && n.getAttribute('aria-hidden') !== 'true' && n.localName !== 'style')
    .map((n) => (n.localName === 'slot' ? el.textContent : n.textContent))
    .join('');

describe('<kq-relative-time>', () => {
  it('is accessible: a real <time datetime> and the full date in text, no axe violations', async () => {
    const el = await render({ datetime: iso(NOW - 4 * DAY) });
    timers.restore(); // axe schedules its work with real timers
    await expect(el).to.be.accessible();
    timers = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(iso(NOW - 4 * DAY));
    // What assistive technology reads: the relative text and the full date, not a title attribute.
    expect(spoken(el)).to.equal('il y a 4 jours (dimanche 22 novembre 2026 à 15:00)');
    expect(el.shadowRoot!.querySelector('[title]')).to.be.null;
    // The hover tooltip (time::after) shows the same full date, hidden until hovered.
    expect(time.dataset.full).to.equal('dimanche 22 novembre 2026 à 15:00');
    expect(getComputedStyle(time, '::after').content).to.equal('none');
  });

  it('takes no visible room for the full date, even in a narrow box', async () => {
    const el = await render({ datetime: iso(NOW - 4 * DAY) });
    const box = el.parentElement!;
    box.style.cssText = 'width: 8rem; overflow: auto; font: 16px sans-serif';
    const sr = el.shadowRoot!.querySelector('time')!.nextElementSibling!;
    const { width, height } = sr.getBoundingClientRect();
    expect(width * height, 'the read text is a 1 px box').to.be.at.most(1);
    const time = el.shadowRoot!.querySelector('time')!.getBoundingClientRect();
    // The box scrolls for the visible text alone (nowrap), never for the hidden full date.
    expect(box.scrollWidth).to.be.at.most(
      Math.ceil(Math.max(time.right - box.getBoundingClientRect().left, box.clientWidth)) + 1,
    );
    expect(getComputedStyle(sr).color).to.equal('rgba(0, 0, 0, 0)');
  });

  // Table-driven over the two built-in languages, as on the seed page.
  const cases: Array<[string, number, Record<string, string>, string, string]> = [
    ['4 days ago', -4 * DAY, {}, 'il y a 4 jours', '4 days ago'],
    ['7 days ago', -7 * DAY, {}, 'il y a 1 semaine', '1 week ago'],
    ['13 days ago', -13 * DAY, {}, 'il y a 1 semaine', '1 week ago'],
    ['14 days ago', -14 * DAY, {}, 'il y a 2 semaines', '2 weeks ago'],
    ['30 seconds ago', -30_000, {}, 'il y a 30 secondes', '30 seconds ago'],
    ['5 minutes ago', -5 * 60_000, {}, 'il y a 5 minutes', '5 minutes ago'],
    ['3 hours ago', -3 * 3_600_000, {}, 'il y a 3 heures', '3 hours ago'],
    ['2 months ago', -62 * DAY, {}, 'il y a 2 mois', '2 months ago'],
    ['3 years ago', -(3 * 365 + 2) * DAY, {}, 'il y a 3 ans', '3 years ago'],
    ['now', 0, {}, 'maintenant', 'now'],
    ['in 3 days', 3 * DAY, {}, 'dans 3 jours', 'in 3 days'],
    ['in 2 hours', 2 * 3_600_000 + 1000, {}, 'dans 2 heures', 'in 2 hours'],
    ['yesterday (auto)', -DAY, { numeric: 'auto' }, 'hier', 'yesterday'],
    ['2 days ago (auto)', -2 * DAY, { numeric: 'auto' }, 'avant-hier', '2 days ago'],
    ['last week (auto)', -8 * DAY, { numeric: 'auto' }, 'la semaine dernière', 'last week'],
    ['tomorrow (auto)', DAY, { numeric: 'auto' }, 'demain', 'tomorrow'],
    ['short style', -4 * DAY, { 'format-style': 'short' }, 'il y a 4 j', '4 days ago'],
    ['absolute', -(DAY * 1576), { format: 'absolute' }, '3 août 2022', 'August 3, 2022'],
    ['auto, recent', -4 * DAY, { format: 'auto' }, 'il y a 4 jours', '4 days ago'],
    ['auto, past threshold', -60 * DAY, { format: 'auto' }, 'le 27 septembre 2026', 'on September 27, 2026'],
    [
      'auto, custom threshold',
      -4 * DAY,
      { format: 'auto', threshold: 'P2D' },
      'le 22 novembre 2026',
      'on November 22, 2026',
    ],
    ['auto, no prefix', -60 * DAY, { format: 'auto', prefix: '' }, '27 septembre 2026', 'September 27, 2026'],
  ];
  for (const [name, offset, attrs, fr, en] of cases) {
    it(`${name}: "${fr}" / "${en}"`, async () => {
      const frEl = await render({ datetime: iso(NOW + offset), ...attrs }, 'fr');
      // CLDR puts a no-break space inside abbreviations ("il y a 4\u00a0j"): compare the words.
      expect(visible(frEl).replace(/[\u00a0\u202f]/g, ' ')).to.equal(fr);
      const enEl = await render({ datetime: iso(NOW + offset), ...attrs }, 'en');
      // The short English style abbreviates as the engine's CLDR data does ("4 days ago", "4d ago"):
      // compared with what Intl writes there.
      const short = new Intl.RelativeTimeFormat('en', { style: 'short' }).format(offset / DAY, 'day');
      expect(visible(enEl)).to.equal(attrs['format-style'] === 'short' ? short : en);
    });
  }

  it('counts calendar days in the element time zone, not elapsed hours', async () => {
    // 23:30 on Wednesday in Paris is "yesterday" at 15:00 on Thursday, though only 15.5 hours ago...
    const el = await render({ datetime: '2026-11-25T23:30:00+01:00', numeric: 'auto' });
    expect(visible(el)).to.equal('il y a 15 heures');
    // ...and 27 hours ago, late on Tuesday in Paris, is "avant-hier" only in a zone where it was Tuesday.
    const tuesday = await render({ datetime: '2026-11-25T11:00:00Z', numeric: 'auto' });
    expect(visible(tuesday)).to.equal('hier');
    tuesday.timeZone = 'Pacific/Kiritimati'; // UTC+14: now is Friday 04:00, the date was Thursday 01:00
    await tuesday.updateComplete;
    expect(visible(tuesday)).to.equal('hier');
    tuesday.timeZone = 'Pacific/Pago_Pago'; // UTC-11: now is Thursday 03:00, the date was Wednesday 00:00
    await tuesday.updateComplete;
    expect(visible(tuesday)).to.equal('hier');
    const early = await render({ datetime: '2026-11-24T22:30:00Z', numeric: 'auto', 'time-zone': 'Europe/Paris' });
    expect(visible(early)).to.equal('avant-hier');
  });

  it('uses the closest [lang] and follows a lang change on an ancestor', async () => {
    document.documentElement.lang = 'en';
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <p><kq-relative-time datetime=${iso(NOW - 4 * DAY)}></kq-relative-time></p>
      </div>`,
    );
    const el = outer.querySelector('kq-relative-time')!;
    await el.updateComplete;
    expect(visible(el)).to.equal('il y a 4 jours');
    outer.setAttribute('lang', 'en-GB');
    await new Promise((r) => queueMicrotask(() => r(null)));
    await el.updateComplete;
    expect(visible(el)).to.equal('4 days ago');
    outer.removeAttribute('lang');
    document.documentElement.lang = 'fr';
    await new Promise((r) => queueMicrotask(() => r(null)));
    await el.updateComplete;
    expect(visible(el)).to.equal('il y a 4 jours');
    document.documentElement.lang = 'en';
  });

  it('falls back along the language chain, never to raw output', async () => {
    const canadian = await render({ datetime: iso(NOW - 4 * DAY), format: 'auto', threshold: 'P1D' }, 'fr-CA');
    // fr-CA's own long date, as the engine's Intl data writes it.
    const long = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: TZ }).format(NOW - 4 * DAY);
    expect(visible(canadian)).to.equal(`le ${long}`);
    const unknown = await render({ datetime: iso(NOW - 4 * DAY) }, 'zz-Latn-XX');
    expect(visible(unknown)).to.equal('4 days ago');
    const malformed = await render({ datetime: iso(NOW - 4 * DAY) }, '!!');
    expect(visible(malformed)).to.equal('4 days ago');
  });

  it('keeps the light-DOM fallback and warns once for an invalid or missing datetime', async () => {
    for (const bad of ['not a date', '2021-13-45', '', 'NaN', '<img src=x onerror=alert(1)>']) {
      let el!: KqRelativeTime;
      const warnings = await captureWarnings(async () => {
        el = await render({ datetime: bad }, 'fr', '3 août 2021');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings, `warnings for "${bad}"`).to.have.length(1);
      expect(warnings[0]).to.include('kq-relative-time');
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(visible(el)).to.equal('');
      expect(spoken(el)).to.equal('3 août 2021');
      expect(el.textContent).to.equal('3 août 2021');
      expectNoGarbage(el.shadowRoot!.textContent ?? '');
      expect(clock.size).to.equal(0);
    }
  });

  it('switches between the date and the fallback as datetime turns invalid and valid again', async () => {
    const el = await render({ datetime: iso(NOW - 4 * DAY) }, 'fr', '3 août 2021');
    const time = el.shadowRoot!.querySelector('time')!;
    await captureWarnings(async () => {
      el.datetime = 'pas une date';
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(1);
    expect([visible(el), spoken(el), time.hasAttribute('datetime')]).to.deep.equal(['', '3 août 2021', false]);
    el.datetime = iso(NOW - 2 * DAY);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
    expect(el.shadowRoot!.querySelector('time')).to.equal(time);
    expect([visible(el), time.getAttribute('datetime')]).to.deep.equal(['il y a 2 jours', iso(NOW - 2 * DAY)]);
    expect(spoken(el)).to.equal('il y a 2 jours (mardi 24 novembre 2026 à 15:00)');
  });

  it('renders valid input without any console warning (Lit dev-mode checks included)', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await render({ datetime: iso(NOW - 4 * DAY), format: 'auto', numeric: 'auto' });
      el.lang = 'en';
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns and recovers from a bad time-zone, threshold or format', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await render({ datetime: iso(NOW - 4 * DAY), 'time-zone': 'Mars/Olympus', format: 'sometimes' });
      expect(visible(el)).to.equal('il y a 4 jours');
      const el2 = await render({ datetime: iso(NOW - 60 * DAY), format: 'auto', threshold: 'a month' });
      expect(visible(el2)).to.equal('le 27 septembre 2026');
    });
    expect(warnings).to.have.length(3);
    expect(warnings.join('\n')).to.include('Mars/Olympus').and.include('sometimes').and.include('a month');
  });

  it('honours hour-cycle in the full date', async () => {
    const el = await render({ datetime: '2021-08-03T21:24:00+02:00', 'hour-cycle': 'h12' }, 'en');
    const h12 = { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h12', timeZone: TZ } as const;
    const full = el.shadowRoot!.querySelector('time')!.dataset.full;
    expect(full).to.equal(new Intl.DateTimeFormat('en', h12).format(Date.parse('2021-08-03T21:24:00+02:00')));
    expect(full).to.include('9:24');
    const fr = await render({ datetime: '2021-08-03T21:24:00+02:00' }, 'fr');
    expect(fr.shadowRoot!.querySelector('time')!.dataset.full).to.equal('mardi 3 août 2021 à 21:24');
  });
});

/** Moves the pinned instant (fake Date and timers) to `instant`. */
function pin(instant: string) {
  timers.restore();
  timers = sinon.useFakeTimers({ now: Date.parse(instant), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
}

/** Advances the fake clock to `instant` (timers fire on the way), then lets `els` update. */
async function tickTo(instant: string, ...els: KqRelativeTime[]) {
  await timers.tickAsync(Date.parse(instant) - Date.now());
  await Promise.all(els.map((el) => el.updateComplete));
}

describe('<kq-relative-time>: calendar days, weeks, months and years (issue 16)', () => {
  // [zone, the day before the spring-forward day at noon, the date, the midnight ending that day]
  const springs = [
    ['Europe/Paris', '2026-03-28T12:00:00+01:00', '2026-03-27T12:00:00+01:00', '2026-03-30T00:00:00+02:00'],
    ['America/Los_Angeles', '2026-03-07T12:00:00-08:00', '2026-03-06T12:00:00-08:00', '2026-03-09T00:00:00-07:00'],
    ['Pacific/Chatham', '2026-09-26T12:00:00+12:45', '2026-09-25T12:00:00+12:45', '2026-09-28T00:00:00+13:45'],
  ];
  for (const [zone, start, datetime, midnight] of springs) {
    it(`turns "avant-hier" at the midnight after a spring-forward day, not an hour later (${zone})`, async () => {
      pin(start);
      const el = await render({ datetime, numeric: 'auto', 'time-zone': zone });
      expect(visible(el)).to.equal('hier');
      // The spring-forward day begins: the element computes its next change from just after midnight.
      await tickTo(new Date(Date.parse(midnight) - 23 * 3_600_000 + 1000).toISOString(), el);
      expect(visible(el)).to.equal('avant-hier');
      await tickTo(new Date(Date.parse(midnight) - 1000).toISOString(), el);
      expect(visible(el)).to.equal('avant-hier');
      await tickTo(new Date(Date.parse(midnight) + 1000).toISOString(), el);
      expect(visible(el)).to.equal('il y a 3 jours');
    });
  }

  it('says "la semaine dernière" only of the previous calendar week, which begins as the locale says', async () => {
    // Thursday 26 November 2026 in Paris. French weeks begin on Monday, American English ones on Sunday.
    const cases: Array<[string, string, string]> = [
      ['2026-11-18T12:00:00+01:00', 'la semaine dernière', 'last week'], // Wednesday of last week
      ['2026-11-16T00:30:00+01:00', 'la semaine dernière', 'last week'], // Monday of last week
      ['2026-11-15T12:00:00+01:00', 'il y a 1 semaine', 'last week'], // Sunday, 11 days ago
      ['2026-11-13T12:00:00+01:00', 'il y a 1 semaine', '1 week ago'], // Friday, 13 days ago
      ['2026-12-06T12:00:00+01:00', 'la semaine prochaine', 'in 1 week'], // Sunday, in 10 days
      ['2026-12-07T12:00:00+01:00', 'dans 1 semaine', 'in 1 week'], // Monday, in 11 days
    ];
    for (const [datetime, fr, en] of cases) {
      const frEl = await render({ datetime, numeric: 'auto' }, 'fr');
      const enEl = await render({ datetime, numeric: 'auto' }, 'en-US');
      expect([visible(frEl), visible(enEl)], datetime).to.deep.equal([fr, en]);
    }
  });

  it('says "le mois dernier" and "l’année dernière" only of the previous calendar month and year', async () => {
    const cases: Array<[string, string, string]> = [
      ['2027-03-01T12:00:00+01:00', '2027-01-31T12:00:00+01:00', 'il y a 1 mois'],
      ['2027-03-01T12:00:00+01:00', '2027-02-01T12:00:00+01:00', 'le mois dernier'],
      ['2027-01-15T12:00:00+01:00', '2025-12-31T12:00:00+01:00', 'il y a 1 an'],
      ['2027-01-15T12:00:00+01:00', '2026-01-01T12:00:00+01:00', 'l’année dernière'],
      ['2026-11-26T15:00:00+01:00', '2027-01-27T12:00:00+01:00', 'dans 2 mois'],
      ['2026-11-26T15:00:00+01:00', '2026-12-31T12:00:00+01:00', 'le mois prochain'],
    ];
    for (const [now, datetime, text] of cases) {
      pin(now);
      const el = await render({ datetime, numeric: 'auto' });
      expect(visible(el), `${datetime} at ${now}`).to.equal(text);
    }
  });

  it('shows a date without a time as that calendar day in any zone, with no time of day', async () => {
    for (const zone of ['Pacific/Pago_Pago', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Paris']) {
      const el = await render({ datetime: '2026-06-16', format: 'absolute', 'time-zone': zone });
      const time = el.shadowRoot!.querySelector('time')!;
      expect([visible(el), time.dataset.full, spoken(el)], zone).to.deep.equal([
        '16 juin 2026',
        'mardi 16 juin 2026',
        '16 juin 2026 (mardi 16 juin 2026)',
      ]);
      expect(time.getAttribute('datetime')).to.equal('2026-06-16');
      const en = await render({ datetime: '2026-06-16', 'time-zone': zone }, 'en');
      expect(en.shadowRoot!.querySelector('time')!.dataset.full, zone).to.equal('Tuesday, June 16, 2026');
    }
  });

  it('counts a date without a time in calendar days of the element zone, never in hours', async () => {
    // Thursday 26 November 2026, 15:00 in Paris, 06:00 in Los Angeles, Friday 04:00 in Kiritimati.
    const cases: Array<[string, string, Record<string, string>, string]> = [
      ['2026-11-26', 'Europe/Paris', {}, 'aujourd’hui'],
      ['2026-11-26', 'Europe/Paris', { numeric: 'auto' }, 'aujourd’hui'],
      ['2026-11-25', 'Europe/Paris', { numeric: 'auto' }, 'hier'],
      ['2026-11-27', 'Europe/Paris', { numeric: 'auto' }, 'demain'],
      ['2026-11-26', 'America/Los_Angeles', {}, 'aujourd’hui'],
      ['2026-11-25', 'America/Los_Angeles', { numeric: 'auto' }, 'hier'],
      ['2026-11-26', 'Pacific/Kiritimati', { numeric: 'auto' }, 'hier'],
      ['2026-11-19', 'Europe/Paris', {}, 'il y a 1 semaine'],
      ['2026-10-26', 'Europe/Paris', {}, 'il y a 1 mois'],
      ['2026-10-27', 'Europe/Paris', {}, 'il y a 4 semaines'],
      ['2026-10-27', 'Europe/Paris', { format: 'auto' }, 'le 27 octobre 2026'],
      ['2026-10-28', 'Europe/Paris', { format: 'auto' }, 'il y a 4 semaines'],
    ];
    for (const [datetime, zone, attrs, text] of cases) {
      const el = await render({ datetime, 'time-zone': zone, ...attrs });
      expect(visible(el), `${datetime} in ${zone} ${JSON.stringify(attrs)}`).to.equal(text);
    }
    // "aujourd'hui" turns "hier" at midnight in the zone.
    const today = await render({ datetime: '2026-11-26', numeric: 'auto' });
    await tickTo('2026-11-26T22:59:59Z', today);
    expect(visible(today)).to.equal('aujourd’hui');
    await tickTo('2026-11-26T23:00:01Z', today);
    expect(visible(today)).to.equal('hier');
  });

  it('on the 25-hour day, an older date never reads as more recent than a younger one', async () => {
    // Paris, Sunday 25 October 2026 (03:00 → 02:00), at 23:50.
    pin('2026-10-25T23:50:00+01:00');
    const older = await render({ datetime: '2026-10-25T00:30:00+02:00' }); // 24 h 20 min ago, same day
    const younger = await render({ datetime: '2026-10-25T01:50:00+02:00' }); // 23 h ago
    expect([visible(older), visible(younger)]).to.deep.equal(['il y a 24 heures', 'il y a 23 heures']);
    await tickTo('2026-10-26T00:00:01+01:00', older, younger);
    expect([visible(older), visible(younger)]).to.deep.equal(['il y a 1 jour', 'il y a 23 heures']);
    // And the future, mirrored: 24 h 20 min ahead on the same day is hours, not "aujourd'hui".
    pin('2026-10-25T00:10:00+02:00');
    const ahead = await render({ datetime: '2026-10-25T23:30:00+01:00' });
    expect(visible(ahead)).to.equal('dans 24 heures');
  });
});

describe('the page clock', () => {
  it('ticks at unit boundaries and updates only the due element', async () => {
    const minute = await render({ datetime: iso(NOW - 5 * 60_000 - 30_000) });
    const day = await render({ datetime: iso(NOW - 4 * DAY) });
    expect(visible(minute)).to.equal('il y a 5 minutes');
    let dayRenders = 0;
    const original = day.tick.bind(day);
    day.tick = () => {
      dayRenders++;
      original();
    };
    await timers.tickAsync(29_000);
    expect(visible(minute)).to.equal('il y a 5 minutes');
    await timers.tickAsync(1_100);
    await minute.updateComplete;
    expect(visible(minute)).to.equal('il y a 6 minutes');
    expect(dayRenders).to.equal(0);
    // The day element is due at midnight in Paris (9 hours after 15:00).
    await timers.tickAsync(9 * 3_600_000);
    await day.updateComplete;
    expect(dayRenders).to.equal(1);
    expect(visible(day)).to.equal('il y a 5 jours');
  });

  it('switches from relative to absolute at the threshold', async () => {
    const el = await render({ datetime: iso(NOW - 30 * DAY + 60_000), format: 'auto' }, 'en');
    expect(visible(el)).to.equal('4 weeks ago');
    await timers.tickAsync(61_000);
    await el.updateComplete;
    expect(visible(el)).to.equal('on October 27, 2026');
  });

  it('skips off-screen elements and catches them up when they return', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en" style="height:100px;overflow:auto"><div style="height:5000px"></div></div>`,
    );
    const el = document.createElement('kq-relative-time') as KqRelativeTime;
    el.datetime = iso(NOW - 5 * 60_000);
    wrapper.append(el);
    await el.updateComplete;
    await frames(3); // IntersectionObserver reports on rendering frames, which are not faked
    let ticks = 0;
    const original = el.tick.bind(el);
    el.tick = () => {
      ticks++;
      original();
    };
    await timers.tickAsync(3 * 60_000);
    expect(ticks, 'no tick while off screen').to.equal(0);
    expect(visible(el)).to.equal('5 minutes ago');
    el.scrollIntoView();
    await frames(3);
    await el.updateComplete;
    expect(ticks, 'caught up on return').to.equal(1);
    expect(visible(el)).to.equal('8 minutes ago');
  });

  it('sleeps while the page is hidden and catches up when it is shown again', async () => {
    const el = await render({ datetime: iso(NOW - 5 * 60_000) }, 'en');
    let ticks = 0;
    const original = el.tick.bind(el);
    el.tick = () => {
      ticks++;
      original();
    };
    // The tab goes to the background (the browser's own flag, set as a hidden tab would).
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      await timers.tickAsync(10 * 60_000);
      expect(ticks, 'no tick while hidden').to.equal(0);
      expect(visible(el)).to.equal('5 minutes ago');
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(ticks, 'one catch-up tick').to.equal(1);
    expect(visible(el)).to.equal('15 minutes ago');
  });

  it('releases every subscription on disconnect (10,000 elements)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const before = clock.size;
    const elements: KqRelativeTime[] = [];
    for (let i = 0; i < 10_000; i++) {
      const el = document.createElement('kq-relative-time') as KqRelativeTime;
      el.datetime = iso(NOW - (i % 500) * 60_000);
      elements.push(el);
    }
    host.append(...elements);
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(clock.size).to.equal(before + 10_000);
    host.remove();
    expect(clock.size).to.equal(before);
  });
});
