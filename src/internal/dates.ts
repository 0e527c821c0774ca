import { dateTimeFormat, relativeTimeFormat } from './intl.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

// ISO 8601 / RFC 3339 calendar dates, with an optional time and offset ("2021-08-03",
// "2021-08-03T11:24", "2021-08-03T11:24:00.000+02:00", "2021-08-03 11:24:00Z").
const ISO =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?(?:(Z)|([+-])(\d\d)(?::?(\d\d))?)?)?$/i;

/**
 * Parses an ISO 8601 date; `null` for anything else, never an Invalid Date. Without an offset the
 * time is the reader's local time, as HTML's `<time datetime>` reads it. Out-of-range fields
 * ("2021-13-45", "25:00") are refused rather than rolled over.
 */
export function parseDate(value: string | null | undefined): Date | null {
  const m = typeof value === 'string' ? ISO.exec(value.trim()) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, s, , , , oh, om] = m.slice(1).map((part) => Number(part ?? 0));
  const ms = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59 || oh > 23 || om > 59) return null;
  // Date.UTC and new Date read the years 0 to 99 as 1900 to 1999: set the year again.
  const utc = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  utc.setUTCFullYear(y, mo - 1, d);
  // A day past the month's end would roll over ("2021-02-30" into March): refused instead.
  if (utc.getUTCDate() != d) return null;
  const time =
    m[8] || m[9]
      ? utc.getTime() - (m[9] == '-' ? -1 : 1) * (oh * 60 + om) * MINUTE
      : new Date(y, mo - 1, d, h, mi, s, ms).setFullYear(y, mo - 1, d);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * A date without a time of day ("2026-06-16"): a calendar day, the same in every zone, as days since
 * 1970-01-01; `null` for anything else.
 */
export function parseDay(value: string | null | undefined): number | null {
  const text = typeof value === 'string' ? value.trim() : '';
  const midnight = text.length == 10 ? parseDate(`${text}T00:00Z`) : null;
  return midnight && midnight.getTime() / DAY;
}

/** One number of a duration, with a dot or a comma before its decimals. */
const AMOUNT = String.raw`([\d.,]+)`;
const DURATION_DATE = `(?:${AMOUNT}Y)?(?:${AMOUNT}M)?(?:${AMOUNT}W)?(?:${AMOUNT}D)?`;
const DURATION_TIME = `(?:T(?!$)(?:${AMOUNT}H)?(?:${AMOUNT}M)?(?:${AMOUNT}S)?)?`;
const DURATION = new RegExp(`^P(?!$)${DURATION_DATE}${DURATION_TIME}$`, 'i');
const DURATION_UNITS = [365.25 * DAY, 30.44 * DAY, 7 * DAY, DAY, HOUR, MINUTE, SECOND];

/** An ISO 8601 duration ("P30D", "PT12H", "P1Y2M") in milliseconds, or `null` when malformed. */
export function parseDuration(value: string | null | undefined): number | null {
  const match = value ? DURATION.exec(value.trim()) : null;
  if (!match) return null;
  let ms = 0;
  for (let i = 0; i < DURATION_UNITS.length; i++) {
    const part = match[i + 1];
    if (part) ms += Number(part.replace(',', '.')) * DURATION_UNITS[i];
  }
  // "1.2.3D" matches the pattern but is no number.
  return Number.isNaN(ms) ? null : ms;
}

interface DayParts {
  /** Days since 1970-01-01 of the calendar date, in the zone. */
  day: number;
  year: number;
  month: number;
  /** Day of the month. */
  date: number;
  /** Milliseconds since midnight, in the zone. */
  time: number;
}

/** The calendar date and time of day of an instant in a time zone (the browser's when none). */
export function zonedParts(ms: number, timeZone?: string): DayParts {
  let y: number, mo: number, d: number, time: number;
  if (!timeZone) {
    const date = new Date(ms);
    y = date.getFullYear();
    mo = date.getMonth() + 1;
    d = date.getDate();
    time = ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 + date.getMilliseconds();
  } else {
    const parts: Record<string, number> = {};
    const format = dateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    for (const part of format.formatToParts(ms)) parts[part.type] = Number(part.value);
    y = parts.year;
    mo = parts.month;
    d = parts.day;
    time = ((parts.hour % 24) * 3600 + parts.minute * 60 + parts.second) * 1000 + (((ms % 1000) + 1000) % 1000);
  }
  return { day: Math.round(Date.UTC(y, mo - 1, d) / DAY), year: y, month: mo, date: d, time };
}

export interface RelativeParts {
  value: number;
  unit: RelativeUnit;
  /**
   * Whether the value also counts calendar weeks, months or years in the zone: 13 days ago is
   * 1 week, but the week before last. Only then may `numeric="auto"` say "la semaine dernière".
   * Always true of the other units (seconds to hours have such words only for 0; days are calendar days).
   */
  calendar: boolean;
  /** When the displayed value changes next (epoch ms); the clock wakes the element then. */
  next: number;
}

/**
 * Whole calendar months from `a` to `b` (positive when b is later), counting only completed months:
 * one is complete when the earlier date's day of the month and time of day come round again in the
 * zone (31 January → 28 February is 4 weeks, → 1 March 1 month; date-fns's differenceInMonths
 * counts the end of a month as complete: see test/internal/dates.test.ts).
 */
function monthsBetween(a: DayParts, b: DayParts): number {
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  const later = b.date * DAY + b.time;
  const earlier = a.date * DAY + a.time;
  if (months > 0 && later < earlier) months--;
  if (months < 0 && later > earlier) months++;
  return months;
}

/**
 * The first instant after `now` (whose parts are `n`) at which the zone's wall clock reads `wall`
 * (days since 1970 × DAY + time of day) or later. The wall-clock distance, corrected when the
 * offset changes on the way (DST); when the clocks skip `wall`, the instant they jump.
 */
function reach(now: number, n: DayParts, wall: number, timeZone?: string): number {
  const at = (t: number) => {
    const p = zonedParts(t, timeZone);
    return p.day * DAY + p.time;
  };
  let t = now + wall - (n.day * DAY + n.time);
  const shift = wall - at(t);
  if (!shift) return t;
  let lo = t + shift;
  if (at(lo) >= wall) return lo;
  // Skipped: the jump lies between lo (before `wall`) and t (past it).
  while (t - lo > 1) {
    const mid = Math.floor((lo + t) / 2);
    if (at(mid) < wall) lo = mid;
    else t = mid;
  }
  return t;
}

/** The calendar week of a day (days since 1970, a Thursday), weeks beginning on `weekStart` (0 is Sunday). */
const weekOf = (day: number, weekStart: number) => Math.floor((day + 4 - weekStart) / 7);

/**
 * Days, weeks, months or years from `d` to `n` (the later one), in the zone: calendar days; whole
 * weeks of those days (7 to 13 days is "1 semaine", as WordPress and the seed page show); then
 * completed months and years. `sign` is -1 for the past.
 */
function calendarUnits(d: DayParts, n: DayParts, sign: number, weekStart: number): Omit<RelativeParts, 'next'> {
  const days = Math.abs(n.day - d.day);
  const months = Math.abs(monthsBetween(d, n));
  // `calendar`: the same span in calendar units (the week before last is 2, though 13 days is 1 week).
  const count = (value: number, unit: RelativeUnit, calendar: number) => ({
    value: value * sign || 0,
    unit,
    calendar: Math.abs(calendar) == value,
  });
  if (days < 7) return count(days, 'day', days);
  if (months < 1) return count(Math.floor(days / 7), 'week', weekOf(n.day, weekStart) - weekOf(d.day, weekStart));
  if (months < 12) return count(months, 'month', (n.year - d.year) * 12 + n.month - d.month);
  return count(Math.floor(months / 12), 'year', n.year - d.year);
}

/**
 * Chooses the unit and value for "il y a 4 jours": seconds, minutes and hours are elapsed time
 * (floored), and hours go on past 24 while the date is still today in the zone (the 25-hour day
 * when clocks go back), so that words follow the order of times; then calendar units
 * (calendarUnits). `weekStart` (0 Sunday to 6 Saturday, Monday by default) begins calendar weeks.
 */
export function relativeParts(date: number, now: number, timeZone?: string, weekStart = 1): RelativeParts {
  const diff = date - now;
  const past = diff <= 0;
  const abs = Math.abs(diff);
  const sign = past ? -1 : 1;
  const small = (unit: RelativeUnit, size: number): RelativeParts => {
    const value = Math.floor(abs / size);
    // Past: the value grows at the next multiple. Future: it shrinks just after the current one.
    const next = past ? date + (value + 1) * size : date - value * size + 1;
    return { value: value * sign || 0, unit, calendar: true, next };
  };
  if (abs < MINUTE) return small('second', SECOND);
  if (abs < HOUR) return small('minute', MINUTE);
  if (abs < DAY) return small('hour', HOUR);

  const d = zonedParts(date, timeZone);
  const n = zonedParts(now, timeZone);
  const midnight = reach(now, n, (n.day + 1) * DAY, timeZone);
  if (d.day == n.day) {
    const hours = small('hour', HOUR);
    return { ...hours, next: Math.min(hours.next, midnight) };
  }
  // Larger units change at the next midnight in the zone; a month also completes on its day at the
  // time of `date` (past: at that time; future: just after it), and a future date turns to hours
  // a day before it.
  const anniversary = n.date == d.date && (past ? n.time < d.time : n.time <= d.time);
  let next = anniversary ? reach(now, n, n.day * DAY + d.time + (past ? 0 : 1), timeZone) : midnight;
  if (!past) next = Math.min(next, date - DAY + 1);
  return { ...calendarUnits(d, n, sign, weekStart), next };
}

/**
 * The same for a calendar day (`parseDay`): counted from today in calendar days of the zone
 * ("aujourd'hui", "hier"), weeks, months and years, never in hours; it changes at midnight.
 */
export function relativeDayParts(day: number, now: number, timeZone?: string, weekStart = 1): RelativeParts {
  const n = zonedParts(now, timeZone);
  const today = { ...n, time: 0 };
  const units = calendarUnits(zonedParts(day * DAY, 'UTC'), today, day <= n.day ? -1 : 1, weekStart);
  return { ...units, next: reach(now, n, (n.day + 1) * DAY, timeZone) };
}

export type FormatStyle = 'long' | 'short' | 'narrow';

/** "il y a 4 jours", "hier", "dans 3 jours" in a locale. */
export function formatRelative(
  parts: RelativeParts,
  locale: string,
  numeric: 'always' | 'auto',
  style: FormatStyle,
): string {
  // "0 seconds ago" reads badly in every language: 0 always takes the "now" phrasing. The words of
  // "auto" ("la semaine dernière") only when they are true of the calendar, else the count.
  const n = parts.value === 0 || (numeric == 'auto' && parts.calendar) ? 'auto' : 'always';
  return relativeTimeFormat(locale, { numeric: n, style }).format(parts.value, parts.unit);
}

const DATE_STYLES: Record<FormatStyle, 'long' | 'medium' | 'short'> = {
  long: 'long',
  short: 'medium',
  narrow: 'short',
};

export interface AbsoluteOptions {
  style?: FormatStyle;
  timeZone?: string;
  hourCycle?: 'h11' | 'h12' | 'h23' | 'h24';
  /** Include the time of day. */
  time?: boolean;
  /** Include the weekday (the full date given to assistive technology and the tooltip). */
  weekday?: boolean;
}

/** "3 août 2021", "3 août 2021 à 11:24", "mardi 3 août 2021 à 11:24". */
export function formatAbsolute(date: number, locale: string, options: AbsoluteOptions = {}): string {
  const { style = 'long', timeZone, hourCycle, time = false, weekday = false } = options;
  const dateStyle = weekday ? 'full' : DATE_STYLES[style];
  const intlOptions: Intl.DateTimeFormatOptions = { dateStyle, timeZone };
  if (time) intlOptions.timeStyle = 'short';
  // hourCycle only applies with a time; dateStyle/timeStyle accept it alongside.
  if (time && hourCycle) intlOptions.hourCycle = hourCycle;
  return dateTimeFormat(locale, intlOptions).format(date);
}
