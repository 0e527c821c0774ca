import { warn } from './warn.js';

/**
 * One page-wide cache of Intl formatters: creating one costs far more than using it, and a
 * page may hold thousands of dates in the same few locales and styles.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
const LIMIT = 200;

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    if (cache.size >= LIMIT) cache.clear();
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d${locale}${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown time zone: format in the browser's own zone rather than fail.
      const { timeZone: _ignored, ...rest } = options;
      return new Intl.DateTimeFormat(locale, rest);
    }
  });
}

export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached(`r${locale}${options.numeric}${options.style}`, () => new Intl.RelativeTimeFormat(locale, options));
}

const zones = new Map<string, boolean>();
/**
 * Whether a time zone name is one this browser knows. Remembered, because elements ask on every
 * update (a clock tick included) and the answer costs a formatter construction.
 */
export function isTimeZone(zone: string): boolean {
  let known = zones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zones.set(zone, known);
  }
  return known;
}

/**
 * An element's `time-zone`: the value when the browser knows it, else the reader's zone (undefined) and one warning.
 */
export function zoneOf(element: Element, zone?: string): string | undefined {
  if (!zone || isTimeZone(zone)) return zone || undefined;
  warn(element, 'time-zone', `time-zone="${zone}" is not a known time zone; using the reader's.`);
}

type WeekInfo = { firstDay: number };
const weekStarts = new Map<string, number>();
/**
 * The day a locale's calendar weeks begin on, 0 (Sunday) to 6 (Saturday): Intl.Locale's week info
 * (Monday in French, Sunday in American English), Monday (ISO 8601) where the browser does not give it.
 */
export function weekStart(locale: string): number {
  let start = weekStarts.get(locale);
  if (start === undefined) {
    const info = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?(): WeekInfo; weekInfo?: WeekInfo };
    start = ((info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1) % 7;
    weekStarts.set(locale, start);
  }
  return start;
}
