// src/internal/dates.ts against an independent oracle: date-fns 4 with @date-fns/tz (TZDate, tz()),
// which does its calendar arithmetic in a time zone with code of its own. fast-check draws instant
// pairs in 15 IANA zones, half of them within a day and a half of a change of offset, from 1972
// (since then every zone's offset is a whole number of minutes, which is what @date-fns/tz reads)
// to 2100. Every zone is explicit: nothing here depends on the day or the zone the tests run in.
// A failure prints fast-check's seed and path: pass them to fc.assert(…, { seed, path }) to replay.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { TZDate, tz, tzScan } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInCalendarWeeks } from 'date-fns/differenceInCalendarWeeks';
import { differenceInCalendarYears } from 'date-fns/differenceInCalendarYears';
import { differenceInHours } from 'date-fns/differenceInHours';
import { differenceInMinutes } from 'date-fns/differenceInMinutes';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import { differenceInSeconds } from 'date-fns/differenceInSeconds';
import { differenceInYears } from 'date-fns/differenceInYears';
import { milliseconds } from 'date-fns/milliseconds';
import { parseISO } from 'date-fns/parseISO';
import {
  DAY,
  HOUR,
  parseDate,
  parseDay,
  parseDuration,
  relativeDayParts,
  relativeParts,
  zonedParts,
} from '../../src/internal/dates.js';

// Half-hour and 45-minute offsets and changes (Kolkata, Kathmandu, Chatham, Lord Howe, St John's),
// days skipped (Kiritimati, 31 December 1994; Apia, 30 December 2011), changes at midnight (São Paulo
// until 2019, Havana), several a year (Casablanca).
const ZONES = (
  'Europe/Paris America/Los_Angeles Asia/Kolkata Pacific/Chatham Australia/Lord_Howe America/St_Johns ' +
  'Pacific/Kiritimati Asia/Kathmandu UTC America/Sao_Paulo America/Havana Pacific/Apia Africa/Casablanca ' +
  'Europe/Dublin Asia/Tehran'
).split(' ');
const FIRST_DAY = Date.UTC(1972, 1, 1) / DAY;
const LAST_DAY = Date.UTC(2100, 0, 1) / DAY;

/** Every change of offset from 1972 to 2040, by zone (found by @date-fns/tz, to the hour). */
const CHANGES = new Map<string, number[]>();
for (const zone of ZONES) {
  const changes = tzScan(zone, { start: new Date(FIRST_DAY * DAY), end: new Date(Date.UTC(2040, 0, 1)) });
  CHANGES.set(zone, [...new Set(changes.map((change) => +change.date))]);
}

/** Milliseconds from `min` to `max` days (fc.integer stops at 2³¹). */
const span = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: DAY - 1 })).map(([days, ms]) => days * DAY + ms);
/** An instant from 1972 to 2100, or within 36 hours of one of the zone's changes of offset. */
const instantIn = (zone: string) => {
  const changes = CHANGES.get(zone)!;
  const anywhere = span(FIRST_DAY, LAST_DAY - 1);
  return changes.length
    ? fc.oneof(
        anywhere,
        fc.tuple(fc.constantFrom(...changes), span(-2, 1)).map(([c, d]) => c + Math.round(d / 1.5)),
      )
    : anywhere;
};
/** From `now` to the other instant: seconds to years, mostly near the units' thresholds. */
const distance = fc.oneof(span(-2, 1), span(-9, 8), span(-70, 69), span(-800, 799), span(-46000, 45999));
const clamp = (ms: number) => Math.min(LAST_DAY * DAY, Math.max(FIRST_DAY * DAY, Math.round(ms)));
const pair = fc
  .constantFrom(...ZONES)
  .chain((zone) => fc.record({ zone: fc.constant(zone), now: instantIn(zone), distance }))
  .map(({ zone, now, distance }) => ({ zone, now: clamp(now), date: clamp(now + distance) }));

/**
 * Whole months from `earlier` to `later` in the zone, as dates.ts defines them ("completed"): the
 * calendar months between them (date-fns), less one while the later date's day of the month and
 * time of day (TZDate's getters) have not come round to the earlier's. 31 January → 28 February is
 * not a month yet; 1 March is.
 */
function completedMonths(later: number, earlier: number, zone: string): number {
  const [l, e] = [new TZDate(later, zone), new TZDate(earlier, zone)];
  const clock = (d: TZDate) => [d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()];
  const [a, b] = [clock(l), clock(e)];
  const i = a.findIndex((value, index) => value != b[index]);
  const months = differenceInCalendarMonths(l, e);
  return months > 0 && i >= 0 && a[i] < b[i] ? months - 1 : months;
}

const show = (unit: string, value: number) => `${value || 0} ${unit}`;

/**
 * What "il y a 4 jours" shows for `date` at `now`, from dates.ts's definitions, computed by date-fns:
 * elapsed seconds, minutes and hours (hours also past 24 while the date is still today in the zone,
 * on the 25-hour day); then calendar units.
 */
function shown(date: number, now: number, zone: string): string {
  const elapsed = Math.abs(date - now);
  if (elapsed < 60_000) return show('second', differenceInSeconds(date, now));
  if (elapsed < HOUR) return show('minute', differenceInMinutes(date, now));
  if (elapsed < DAY || differenceInCalendarDays(date, now, { in: tz(zone) }) == 0)
    return show('hour', differenceInHours(date, now));
  return calendarShown(date, now, zone);
}

/** Calendar days in the zone; whole weeks of those days; completed months; years. */
function calendarShown(date: number, now: number, zone: string): string {
  const inZone = { in: tz(zone) };
  const days = differenceInCalendarDays(date, now, inZone);
  if (Math.abs(days) < 7) return show('day', days);
  const sign = Math.sign(date - now);
  const [later, earlier] = sign > 0 ? [date, now] : [now, date];
  const months = completedMonths(later, earlier, zone);
  if (months < 1) return show('week', sign * Math.floor(Math.abs(days) / 7));
  if (months < 12) return show('month', sign * months);
  return show('year', sign * differenceInYears(later, earlier, inZone));
}
/**
 * The calendar day of `day` (days since 1970) as seen at `now` in the zone: between the UTC midnights
 * of that day and of today's date in the zone (TZDate), in calendar units.
 */
function shownDay(day: number, now: number, zone: string): string {
  const today = new TZDate(now, zone);
  return calendarShown(day * DAY, Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()), 'UTC');
}

/**
 * How far the words put a date: the count in seconds, a month taken as 28 days (the shortest, so that
 * "4 semaines" is not further than "1 mois"), a year as 12 of those.
 */
const SECONDS = { second: 1, minute: 60, hour: 3600, day: 86400, week: 7 * 86400, month: 28 * 86400 };
const told = (date: number, now: number, zone: string) => {
  const { value, unit } = relativeParts(date, now, zone);
  return Math.abs(value) * (unit == 'year' ? 12 * SECONDS.month : SECONDS[unit]);
};

const ours = (date: number, now: number, zone: string) => {
  const { value, unit } = relativeParts(date, now, zone);
  return `${value || 0} ${unit}`;
};
const at = (iso: string) => new Date(iso).getTime();

describe('dates: relativeParts against date-fns in the zone', () => {
  it('shows the calendar days, weeks, months and years that date-fns counts, for 3,000 random pairs', () => {
    fc.assert(
      fc.property(pair, ({ zone, date, now }) => {
        expect(ours(date, now, zone), `${new TZDate(date, zone)} at ${new TZDate(now, zone)}`).to.equal(
          shown(date, now, zone),
        );
      }),
      { numRuns: 3000 },
    );
  });

  // date-fns counts one month more at the end of a month (its rule: 31 January → 28 February is a
  // month), and when the later date's time of day does not exist on the earlier's day (a DST gap,
  // which it rounds forward); one month fewer when the earlier date is in the hour repeated when
  // clocks go back, on its second pass (25 October 1992, 01:00 PST → 25 November, 01:00 PST is a
  // month; date-fns says 0). Nowhere else.
  it("counts date-fns's differenceInMonths but at the end of a month or across a DST change", () => {
    let differences = 0;
    fc.assert(
      fc.property(pair, ({ zone, date, now }) => {
        const [later, earlier] = date > now ? [date, now] : [now, date];
        const extra = differenceInMonths(later, earlier, { in: tz(zone) }) - completedMonths(later, earlier, zone);
        if (!extra) return;
        differences++;
        const [l, e] = [new TZDate(later, zone), new TZDate(earlier, zone)];
        const wall = (d: TZDate) => `${d.getDate()} ${d.getHours()}:${d.getMinutes()}`;
        const repeated = [30, 60].some((minutes) => wall(new TZDate(earlier - minutes * 60_000, zone)) == wall(e));
        if (extra == -1 && repeated) return;
        expect(extra, `${l} from ${e}`).to.equal(1);
        const moved = new TZDate(e.getFullYear(), e.getMonth(), l.getDate(), l.getHours(), l.getMinutes(), zone);
        const gap = moved.getHours() != l.getHours() || moved.getMinutes() != l.getMinutes();
        if (!gap) expect(l.getDate(), `${l} from ${e}`).to.be.within(28, e.getDate());
      }),
      { numRuns: 2000 },
    );
    expect(differences, 'date-fns and dates.ts disagree more often than these two rules explain').to.be.below(40);
  });

  it("in the browser's own zone when none is given", () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    fc.assert(
      fc.property(span(FIRST_DAY, LAST_DAY - 1), distance, (now, distance) => {
        const date = clamp(now + distance);
        const { value, unit } = relativeParts(date, now);
        expect(`${value || 0} ${unit}`).to.equal(shown(date, now, zone));
      }),
      { numRuns: 500 },
    );
  });

  it('`next`: what is shown does not change before it, and changes at it (DST included)', () => {
    fc.assert(
      fc.property(pair, fc.double({ min: 0, max: 1, noNaN: true }), ({ zone, date, now }, fraction) => {
        const { unit, next } = relativeParts(date, now, zone);
        const before = shown(date, now, zone);
        const where = `${new TZDate(date, zone)} at ${new TZDate(now, zone)}, next ${new TZDate(next, zone)}`;
        expect(next, where).to.be.above(now);
        expect(shown(date, next - 1, zone), `stale before next: ${where}`).to.equal(before);
        const within = Math.min(next - 1, now + Math.floor((next - now) * fraction));
        expect(shown(date, within, zone), `changed before next: ${where}`).to.equal(before);
        // Days and smaller units change exactly at next (but "now", from just ahead to just past).
        // Weeks and months may also wake the clock at a midnight that changes nothing; years, also
        // on their day of each month.
        if (unit == 'year') return;
        const dayBegins = differenceInCalendarDays(next, next - 1, { in: tz(zone) }) > 0;
        if (((unit == 'week' || unit == 'month') && dayBegins) || before == '0 second') return;
        expect(shown(date, next, zone), `no change at next: ${where}`).not.to.equal(before);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('dates: the words of numeric="auto", and the order of words', () => {
  // "la semaine dernière", "le mois dernier", "l’année dernière" (and "prochain") only of the
  // previous (next) calendar week, month or year: when the count is also date-fns's calendar count.
  it('`calendar` is true when date-fns counts as many calendar weeks, months or years, for any week start', () => {
    const weekStart = fc.constantFrom(0, 1, 2, 3, 4, 5, 6 as const);
    fc.assert(
      fc.property(pair, weekStart, ({ zone, date, now }, weekStartsOn) => {
        const { value, unit, calendar } = relativeParts(date, now, zone, weekStartsOn);
        const inZone = { in: tz(zone) };
        const counts: Partial<Record<string, number>> = {
          week: differenceInCalendarWeeks(date, now, { ...inZone, weekStartsOn }),
          month: differenceInCalendarMonths(date, now, inZone),
          year: differenceInCalendarYears(date, now, inZone),
        };
        const where = `${value} ${unit}: ${new TZDate(date, zone)} at ${new TZDate(now, zone)}, week ${weekStartsOn}`;
        expect(calendar, where).to.equal((counts[unit] ?? value) === value);
      }),
      { numRuns: 3000 },
    );
  });

  it('an older date never reads as nearer than a younger one (past and future, 3,000 pairs)', () => {
    fc.assert(
      fc.property(pair, distance, ({ zone, date, now }, more) => {
        const past = date <= now;
        const further = clamp(date + (past ? -1 : 1) * Math.abs(more));
        if (further <= now != past) return;
        const where = `${new TZDate(further, zone)} and ${new TZDate(date, zone)} at ${new TZDate(now, zone)}`;
        expect(told(further, now, zone), where).to.be.at.least(told(date, now, zone));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('dates: a calendar day (a date without a time)', () => {
  it('parseDay: days since 1970 of a date alone, null for anything else', () => {
    expect(parseDay('2026-06-16')).to.equal(Date.UTC(2026, 5, 16) / DAY);
    expect(parseDay(' 0050-06-01 ')).to.equal(new Date(0).setUTCFullYear(50, 5, 1) / DAY);
    expect(parseDay('1969-12-31')).to.equal(-1);
    for (const text of ['2026-02-30', '2026-06-16T00:00', '2026-06-16Z', '2026-6-16', '', null, undefined])
      expect(parseDay(text), String(text)).to.equal(null);
  });

  it('relativeDayParts counts calendar units from today in the zone, changes at midnight, for 2,000 days', () => {
    fc.assert(
      fc.property(pair, ({ zone, date, now }) => {
        const day = Math.floor(date / DAY);
        const { value, unit, next } = relativeDayParts(day, now, zone);
        const where = `${new Date(day * DAY).toISOString().slice(0, 10)} at ${new TZDate(now, zone)}`;
        expect(`${value || 0} ${unit}`, where).to.equal(shownDay(day, now, zone));
        // next: the first instant of a later calendar day in the zone.
        const inZone = { in: tz(zone) };
        expect(differenceInCalendarDays(next - 1, now, inZone), `next ${new TZDate(next, zone)}: ${where}`).to.equal(0);
        // (The next day may be skipped: Kiritimati went from 30 December 1994 to 1 January 1995.)
        expect(differenceInCalendarDays(next, now, inZone), `next ${new TZDate(next, zone)}: ${where}`).to.be.at.least(
          1,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dates: exact examples', () => {
  // [zone, date, now, shown, next]: Paris changes its clocks on 29 March 2026 (02:00 → 03:00) and
  // 25 October 2026 (03:00 → 02:00).
  const cases: Array<[string, string, string, string, string]> = [
    ['Europe/Paris', '2026-03-27T12:00+01:00', '2026-03-29T00:30+01:00', '-2 day', '2026-03-30T00:00+02:00'],
    ['Europe/Paris', '2026-10-23T12:00+02:00', '2026-10-25T00:30+02:00', '-2 day', '2026-10-26T00:00+01:00'],
    ['Europe/Paris', '2026-03-28T23:30+01:00', '2026-03-29T23:30+02:00', '-23 hour', '2026-03-30T00:30+02:00'],
    // Just after the midnight beginning a spring-forward day, the next midnight is 23 hours away.
    [
      'America/Los_Angeles',
      '2026-03-06T12:00-08:00',
      '2026-03-08T00:00:00.005-08:00',
      '-2 day',
      '2026-03-09T00:00-07:00',
    ],
    ['Pacific/Chatham', '2026-09-25T12:00+12:45', '2026-09-27T00:00:00.005+12:45', '-2 day', '2026-09-28T00:00+13:45'],
    // The 25-hour day: hours go on past 24 until the calendar day changes (or, ahead, shrink).
    ['Europe/Paris', '2026-10-25T00:30+02:00', '2026-10-25T23:50+01:00', '-24 hour', '2026-10-26T00:00+01:00'],
    ['Europe/Paris', '2026-10-25T23:30+01:00', '2026-10-25T00:10+02:00', '24 hour', '2026-10-25T00:30:00.001+02:00'],
    // A month completes at the time of day of the date, not at midnight.
    ['Europe/Paris', '2026-01-15T14:00+01:00', '2026-02-15T10:00+01:00', '-4 week', '2026-02-15T14:00+01:00'],
    // A day ahead turns to hours 24 hours before the date.
    ['Europe/Paris', '2026-06-06T15:00+02:00', '2026-06-05T08:00+02:00', '1 day', '2026-06-05T15:00:00.001+02:00'],
    ['UTC', '2028-02-29T12:00Z', '2028-03-28T12:00Z', '-4 week', '2028-03-29T00:00Z'],
    ['UTC', '2028-02-29T12:00Z', '2028-03-29T12:00Z', '-1 month', '2028-03-30T00:00Z'],
    ['UTC', '2028-02-29T12:00Z', '2029-02-28T12:00Z', '-11 month', '2029-03-01T00:00Z'],
    ['UTC', '2028-02-29T12:00Z', '2029-03-01T12:00Z', '-1 year', '2029-03-02T00:00Z'],
    ['Europe/Paris', '2026-12-30T12:00Z', '2026-12-31T23:30Z', '-2 day', '2027-01-01T23:00Z'],
    ['America/Los_Angeles', '2026-12-30T12:00Z', '2026-12-31T23:30Z', '-1 day', '2027-01-01T08:00Z'],
    ['Asia/Kolkata', '2026-12-30T12:00Z', '2026-12-31T23:30Z', '-2 day', '2027-01-01T18:30Z'],
    ['Europe/Paris', '2025-12-31T23:30Z', '2026-12-31T23:30Z', '-1 year', '2027-01-01T23:00Z'],
  ];
  for (const [zone, date, now, value, next] of cases) {
    it(`${date} at ${now} in ${zone}: ${value}, next ${next}`, () => {
      expect(ours(at(date), at(now), zone)).to.equal(value);
      expect(shown(at(date), at(now), zone), 'date-fns').to.equal(value);
      expect(new Date(relativeParts(at(date), at(now), zone).next).toISOString()).to.equal(
        new Date(next).toISOString(),
      );
    });
  }

  it('31 December 2026 23:30 UTC is already 2027 in Paris and Kolkata, still 2026 in Los Angeles', () => {
    const ms = at('2026-12-31T23:30Z');
    const parts = (zone: string) => {
      const { year, month, date, time } = zonedParts(ms, zone);
      return [year, month, date, time / 60_000];
    };
    expect(parts('Europe/Paris')).to.deep.equal([2027, 1, 1, 30]);
    expect(parts('America/Los_Angeles')).to.deep.equal([2026, 12, 31, 15 * 60 + 30]);
    expect(parts('Asia/Kolkata')).to.deep.equal([2027, 1, 1, 5 * 60]);
    expect(zonedParts(ms, 'Europe/Paris').day - zonedParts(ms, 'America/Los_Angeles').day).to.equal(1);
  });
});

describe('dates: zonedParts against TZDate', () => {
  /** 1 January 1970 at midnight in each zone. */
  const EPOCH = new Map(ZONES.map((zone) => [zone, new TZDate(1970, 0, 1, zone)]));
  it("gives TZDate's date and time of day, and date-fns's count of days since 1970, for 2,000 instants", () => {
    const arb = fc.constantFrom(...ZONES).chain((zone) => fc.tuple(fc.constant(zone), instantIn(zone)));
    fc.assert(
      fc.property(arb, ([zone, ms]) => {
        const t = new TZDate(ms, zone);
        const time = ((t.getHours() * 60 + t.getMinutes()) * 60 + t.getSeconds()) * 1000 + t.getMilliseconds();
        const day = differenceInCalendarDays(t, EPOCH.get(zone)!);
        expect(zonedParts(ms, zone), `${t}`).to.deep.equal({
          day,
          year: t.getFullYear(),
          month: t.getMonth() + 1,
          date: t.getDate(),
          time,
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dates: parseDate against date-fns parseISO', () => {
  // Both keep milliseconds; parseISO rounds a finer fraction towards 1970 (up before it), we cut it.
  const millis = (text: string) => text.replace(/([.,]\d{3})\d+/, '$1');
  const two = (n: number) => String(n).padStart(2, '0');
  /** A string of parseDate's grammar with any field values, valid or out of range, and its hours. */
  const int = (max: number) => fc.integer({ min: 0, max });
  const offset = fc.oneof(
    fc.constant(['', 0] as const),
    fc.constant(['Z', 0] as const),
    fc
      .tuple(fc.constantFrom('+', '-'), int(25), fc.constantFrom('', ':'), fc.option(int(60)))
      .map(([sign, h, sep, m]) => [`${sign}${two(h)}${m === null ? '' : sep + two(m)}`, h] as const),
  );
  const clock = fc
    .tuple(
      fc.constantFrom('T', ' '),
      int(24),
      int(60),
      fc.option(int(60)),
      fc.stringMatching(/^([.,]\d{1,9})?$/),
      offset,
    )
    .map(([sep, h, m, s, fraction, [zone, offsetHours]]) => {
      const seconds = s === null ? '' : `:${two(s)}${fraction}`;
      return { text: `${sep}${two(h)}:${two(m)}${seconds}${zone}`, hour: h, offsetHours };
    });
  const iso = fc.tuple(int(9999), int(13), int(32), fc.option(clock)).map(([y, m, d, time]) => ({
    hour: 0,
    offsetHours: 0,
    ...time,
    text: `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}${time?.text ?? ''}`,
  }));

  it('gives the instant parseISO gives, or null where parseISO finds no date, for 3,000 strings of its grammar', () => {
    fc.assert(
      fc.property(iso, ({ text, hour, offsetHours }) => {
        const theirs = parseISO(millis(text));
        // RFC 3339 stops at 23:59 and at ±23:59; parseISO also reads 24:00 and offsets up to ±99 hours.
        const valid = !Number.isNaN(theirs.getTime()) && hour < 24 && offsetHours < 24;
        expect(parseDate(text)?.getTime() ?? null, text).to.equal(valid ? theirs.getTime() : null);
      }),
      { numRuns: 3000 },
    );
  });

  // RFC 3339 allows a lower-case t and z; parseISO does not.
  it('gives null or what parseISO gives for 3,000 strings edited at random', () => {
    const valid = iso.filter(({ text }) => parseDate(text) !== null).map(({ text }) => text);
    const edited = fc
      .tuple(
        valid,
        fc.nat(),
        fc.constantFrom('', '0', '9', 'T', 't', ' ', ':', '-', '+', 'Z', 'z', '.', 'x', 'é', '\n'),
        fc.nat(2),
      )
      .map(([text, at, char, remove]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + char + text.slice(i + remove);
      });
    fc.assert(
      fc.property(fc.oneof(edited, fc.string()), (text) => {
        const date = parseDate(text);
        if (date) expect(date.getTime(), text).to.equal(parseISO(millis(text.trim().toUpperCase())).getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the years 0 to 99 (not 1900 to 1999) and 29 February of leap years; refuses offsets past 23:59', () => {
    expect(parseDate('0099-12-31T10:00Z')?.toISOString()).to.equal('0099-12-31T10:00:00.000Z');
    expect(parseDate('0000-02-29T00:00Z')?.toISOString()).to.equal('0000-02-29T00:00:00.000Z');
    expect(parseDate('0050-06-01')?.getFullYear()).to.equal(50);
    expect(parseDate('2028-02-29T12:00:00+01:00')?.toISOString()).to.equal('2028-02-29T11:00:00.000Z');
    const invalid = [
      '1900-02-29',
      '2027-02-29',
      '2021-08-03T10:00+05:75',
      '2021-08-03T10:00+24:00',
      '2021-08-03T24:00Z',
    ];
    for (const text of [...invalid, null, undefined, '', '2021', '2021-08', '20210803', '2021-08-03T', 'demain'])
      expect(parseDate(text), String(text)).to.equal(null);
  });
});

describe('dates: parseDuration', () => {
  const number = fc.oneof(
    fc.nat(400).map((n) => [n, String(n)] as const),
    fc
      .tuple(fc.nat(400), fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ','))
      .map(([n, f, sep]) => [n + f / 1000, `${n}${sep}${String(f).padStart(3, '0')}`] as const),
  );
  const units = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
  const designators = ['Y', 'M', 'W', 'D', 'H', 'M', 'S'];

  // Ours: a year of 365.25 days, a month of 30.44; date-fns: 365.2425 days and a twelfth of that.
  it("is date-fns's milliseconds() for the same fields, to 0.02% when they hold years or months", () => {
    const fields = fc.tuple(...units.map(() => fc.option(number, { freq: 2 })));
    fc.assert(
      fc.property(fields, (values) => {
        if (values.every((v) => v === null)) return;
        let text = 'P';
        const duration: Partial<Record<(typeof units)[number], number>> = {};
        values.forEach((v, i) => {
          if (i == 4 && values.slice(4).some((x) => x !== null)) text += 'T';
          if (v === null) return;
          text += v[1] + designators[i];
          duration[units[i]] = v[0];
        });
        const expected = milliseconds(duration);
        const tolerance = (duration.years || duration.months ? expected * 2e-4 : 0) + 2;
        expect(Math.abs(parseDuration(text)! - expected), text).to.be.at.most(tolerance);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads the usual forms exactly and refuses malformed ones', () => {
    expect(parseDuration('P30D')).to.equal(30 * DAY);
    expect(parseDuration('PT12H')).to.equal(12 * HOUR);
    expect(parseDuration('P1W')).to.equal(7 * DAY);
    expect(parseDuration(' pt1,5m ')).to.equal(90_000);
    expect(parseDuration('P1DT1S')).to.equal(DAY + 1000);
    for (const text of [null, undefined, '', 'P', 'PT', 'P1DT', '1D', 'P1.2.3D', 'P-1D', 'P1D1Y', 'PT1D', 'P1H', 'PxD'])
      expect(parseDuration(text), String(text)).to.equal(null);
  });
});
