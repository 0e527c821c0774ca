// The suite's pinned time, on the Node side: the instant and zone every test page starts at, the
// instants and zones of the date sweep, the runner page that pins the browser's clock, and the
// clock the test server answers with. See test/README.md ("Time") and test/clock/pinned-clock.ts.

/**
 * The instant of an ordinary run: Thursday 26 November 2026, 15:00 in Paris. Fixed, so that
 * `npm test` gives the same result whatever the day; `KQ_NOW=<ISO instant>` overrides it.
 */
export const DEFAULT_NOW = '2026-11-26T14:00:00Z';

/** The zone of an ordinary run; `TZ` overrides it. */
export const DEFAULT_ZONE = 'Europe/Paris';

/**
 * The date sweep (`npm run test:dates`): the date-sensitive tests run again at each of these
 * instants, in each zone. At least one day in every month, both of Paris's daylight-saving
 * changes (half an hour before and after), a leap day, and the last half hour of a year in UTC
 * (already the next year in Paris and Kolkata, still the same day in Los Angeles).
 */
export const SWEEP_INSTANTS = [
  ['january', '2027-01-15T09:00:00Z'],
  ['february', '2027-02-10T12:00:00Z'],
  ['paris-spring-before', '2027-03-28T00:30:00Z'], // 01:30 CET, half an hour before 02:00 → 03:00
  ['paris-spring-after', '2027-03-28T01:30:00Z'], // 03:30 CEST
  ['april', '2027-04-20T16:45:00Z'],
  ['may', '2027-05-31T22:15:00Z'], // 00:15 on 1 June in Paris
  ['june', '2027-06-21T10:00:00Z'],
  ['july', '2027-07-14T07:30:00Z'],
  ['august', '2027-08-03T09:24:00Z'],
  ['september', '2027-09-30T18:00:00Z'],
  ['paris-autumn-before', '2027-10-31T00:30:00Z'], // 02:30 CEST, half an hour before 03:00 → 02:00
  ['paris-autumn-after', '2027-10-31T01:30:00Z'], // 02:30 CET
  ['november', '2027-11-19T11:00:00Z'],
  ['new-year-eve-utc', '2027-12-31T23:30:00Z'],
  ['leap-day', '2028-02-29T12:00:00Z'],
];

/** The zones of the sweep: the publisher's, one far west, one with a half-hour offset. */
export const SWEEP_ZONES = ['Europe/Paris', 'America/Los_Angeles', 'Asia/Kolkata'];

/**
 * The files the sweep runs. test/dates compares every component's dates with date-fns at the
 * pinned instant, whatever it is; server rendering and hydration must agree at that instant; the
 * relative-time element's own tests pin their instants but read the zone. Date arithmetic and Intl
 * do not depend on the engine: the sweep runs in Chromium (the ordinary run has all three).
 */
export const DATE_SENSITIVE_FILES = [
  'test/dates/*.test.ts',
  'test/components/relative-time/*.test.ts',
  'test/ssr/*.test.ts',
];

/** Milliseconds since the epoch of an ISO instant; throws on anything else. */
export function instant(iso) {
  const ms = Date.parse(iso);
  if (!/^\d{4}-\d\d-\d\dT/.test(iso) || Number.isNaN(ms)) throw new Error(`not an ISO instant: ${iso}`);
  return ms;
}

/**
 * The runner page (web-test-runner's `testRunnerHtml`): writes the pinned instant, pins the
 * clock, then loads the test framework, in that order.
 */
export function pinnedRunnerHtml(ms) {
  return (testFramework) => `<!doctype html>
<html>
  <head>
    <script>globalThis.KQ_NOW = ${Number(ms)};</script>
    <script type="module" src="/test/clock/pinned-clock.mjs"></script>
    <script type="module" src="${testFramework}"></script>
  </head>
  <body></body>
</html>`;
}

/**
 * "Now" for the test server's answers: the requesting page's pinned clock (its cookie holds the
 * offset from the machine's clock), else the machine's.
 */
export function serverNow(ctx) {
  const offset = Number(ctx?.cookies?.get('kq-clock-offset'));
  return Date.now() + (Number.isFinite(offset) ? offset : 0);
}

/**
 * Replaces the `Date` of `target` (a window or worker global) by a clock `getOffset()` milliseconds
 * ahead of the machine's: `Date.now()` and `new Date()` read it; every other use of Date is
 * unchanged. Time flows at its real pace. Used by the test pages (pinned-clock.mjs), the frames
 * they open, and the server-rendering worker. Returns a function that puts the real Date back.
 */
export function pinDate(getOffset, target = globalThis) {
  const RealDate = target.Date;
  const now = () => RealDate.now() + getOffset();
  // A function rather than a class: `Date()` called without `new` must keep returning a string.
  function PinnedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target);
  }
  Object.setPrototypeOf(PinnedDate, RealDate);
  PinnedDate.prototype = RealDate.prototype;
  PinnedDate.now = now;
  PinnedDate.toString = () => RealDate.toString();
  target.Date = PinnedDate;
  return () => (target.Date = RealDate);
}
