import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { property } from '@lit/reactive-element/decorators/property.js';
import { clock, type ClockClient } from '../../controllers/clock.js';
import {
  DAY,
  formatAbsolute,
  formatRelative,
  parseDate,
  parseDay,
  parseDuration,
  relativeDayParts,
  relativeParts,
  zonedParts,
  type FormatStyle,
} from '../../internal/dates.js';
import { weekStart, zoneOf } from '../../internal/intl.js';
import { Kiosque } from '../../internal/kiosque-mixin.js';
import { oneOf } from '../../internal/one-of.js';
import { warn } from '../../internal/warn.js';
import { relativeTime as en } from '../../translations/en.js';
import { relativeTime as fr } from '../../translations/fr.js';
import styles from './relative-time.styles.js';

export const FORMATS = ['relative', 'absolute', 'auto'] as const;
export const FORMAT_STYLES = ['long', 'short', 'narrow'] as const;
export const NUMERICS = ['always', 'auto'] as const;
export const HOUR_CYCLES = ['h11', 'h12', 'h23', 'h24'] as const;

export type RelativeTimeFormat = (typeof FORMATS)[number];
export type HourCycle = (typeof HOUR_CYCLES)[number];

const DEFAULT_THRESHOLD = 'P30D';

/**
 * The shadow tree, built once per element, then updated in place (no template engine needed):
 * the visible `<time>` (its full date shown by CSS on hover) and the full date as text for
 * assistive technology. A `<slot>` for the light-DOM fallback is added only while it is needed.
 * Built by DOM calls, not an HTML string: pages that require Trusted Types refuse `innerHTML`.
 */
function shadowTree(root: Node): void {
  const [time, sr] = ['time', 'span'].map((tag) => root.appendChild(document.createElement(tag)) as Element);
  time.setAttribute('part', 'time');
  sr.className = 'sr';
}

/**
 * A date as a reader thinks of it: "il y a 4 jours", "hier", "dans 3 jours", or "le 3 août 2021",
 * in the language of the page, kept current by one page-wide clock.
 *
 * The full date is always available: in a tooltip on hover and as text that assistive technology
 * reads. The light-DOM content (a server-rendered date) shows before the element upgrades and
 * whenever `datetime` is missing or invalid.
 *
 * Built on Lit's ReactiveElement without templates: its output is one `<time>` whose text changes,
 * which keeps the standalone bundle small and rendering 10,000 of them fast.
 *
 * @summary A localized relative date ("il y a 4 jours") that stays current.
 * @tag kq-relative-time
 *
 * @slot - Fallback content shown without JavaScript and when `datetime` is invalid, e.g. a server-rendered date.
 *
 * @csspart time - The `<time datetime>` element holding the visible text; its `::after` is the
 * full-date tooltip shown on hover.
 *
 * @cssprop --kq-tooltip-background - Background of the full-date tooltip.
 * @cssprop --kq-tooltip-color - Text colour of the full-date tooltip.
 * @cssprop --kq-radius - Corner radius of the tooltip.
 */
export class KqRelativeTime extends Kiosque(ReactiveElement) implements ClockClient {
  static override styles = styles;
  static override translations = [fr, en];

  /**
   * The date and time, ISO 8601: `2021-08-03T11:24:00+02:00`; or a calendar day, `2021-08-03`, shown as
   * that day in every zone, without a time, and counted in calendar days ("aujourd'hui", "hier").
   */
  @property() datetime = '';

  /**
   * `relative` ("il y a 4 jours"), `absolute` ("3 août 2021"), or `auto`: relative until
   * `threshold`, then absolute with a prefix ("le 3 août 2021").
   * @type {'relative' | 'absolute' | 'auto'}
   */
  @property() format: RelativeTimeFormat = 'relative';

  /**
   * In `auto` format, how old (or how far ahead) a date may be and still read as relative: an
   * ISO 8601 duration such as `P30D`, `P1W`, `PT12H`.
   */
  @property() threshold: string = DEFAULT_THRESHOLD;

  /**
   * Length of the words: `long` ("il y a 4 jours"), `short` ("il y a 4 j"), `narrow`.
   * @type {'long' | 'short' | 'narrow'}
   */
  @property({ attribute: 'format-style' }) formatStyle: FormatStyle = 'long';

  /**
   * `always` ("il y a 1 jour") or `auto` ("hier", "avant-hier", "la semaine dernière"): calendar
   * words of the element's time zone, said only when true ("la semaine dernière" of the previous
   * calendar week, else "il y a 1 semaine").
   * @type {'always' | 'auto'}
   */
  @property() numeric: 'always' | 'auto' = 'always';

  /** IANA time zone for calendar days and dates (`Europe/Paris`); the reader's own by default. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /**
   * Hour cycle of the time in the full date: `h23` (21:24) or `h12` (9:24 PM). The locale's by default.
   * @type {'h11' | 'h12' | 'h23' | 'h24' | undefined}
   */
  @property({ attribute: 'hour-cycle' }) hourCycle?: HourCycle;

  /**
   * Words before an absolute date in `auto` format, `{date}` marking its place; the localized
   * "le {date}" / "on {date}" by default, `""` for none.
   */
  @property({ attribute: 'prefix' }) datePrefix?: string;

  #date: Date | null = null;
  /** A `datetime` without a time of day: its calendar day (days since 1970), else null. */
  #day: number | null = null;
  #text = '';
  #full = '';
  #next = Infinity;

  /** The text shown, e.g. "il y a 4 jours"; empty when `datetime` is invalid. */
  get text(): string {
    return this.#text;
  }

  /** Called by the page clock when the displayed text is due to change. */
  tick(): void {
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clock.unsubscribe(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('datetime')) {
      this.#date = parseDate(this.datetime);
      this.#day = parseDay(this.datetime);
      if (!this.#date) {
        // Keyed by value: each new bad value is reported once.
        const given = this.datetime ? `datetime="${this.datetime}" is not an ISO 8601 date` : 'no datetime';
        warn(this, `datetime${this.datetime}`, `${given}; showing the fallback content.`);
      }
    }
    const date = this.#date;
    this.#next = Infinity;
    if (!date) {
      this.#text = this.#full = '';
      return;
    }
    const timeZone = zoneOf(this, this.timeZone);
    const format = oneOf(this, 'format', this.format, FORMATS, 'relative');
    const style = oneOf(this, 'format-style', this.formatStyle, FORMAT_STYLES, 'long');
    const numeric = oneOf(this, 'numeric', this.numeric, NUMERICS, 'always');
    const hourCycle = this.hourCycle && oneOf(this, 'hour-cycle', this.hourCycle, HOUR_CYCLES, 'h23');
    const locale = this.localize.locale;
    const day = this.#day;
    // A calendar day is formatted as its midnight in UTC: that day in any zone, with no time.
    const at = day === null ? date.getTime() : day * DAY;
    const shownIn = day === null ? timeZone : 'UTC';
    const now = Date.now();

    this.#full = formatAbsolute(at, locale, { timeZone: shownIn, hourCycle, time: day === null, weekday: true });
    let relative = format !== 'absolute';
    let switchAt = Infinity;
    if (format === 'auto') {
      let threshold = parseDuration(this.threshold);
      if (threshold === null) {
        warn(
          this,
          'threshold',
          `threshold="${this.threshold}" is not an ISO 8601 duration; using ${DEFAULT_THRESHOLD}.`,
        );
        threshold = parseDuration(DEFAULT_THRESHOLD)!;
      }
      if (day === null) {
        relative = Math.abs(now - at) < threshold;
        // Past dates turn absolute at the threshold; future ones turn relative when within it.
        if (at <= now && relative) switchAt = at + threshold;
        if (at > now && !relative) switchAt = at - threshold;
      } else {
        // A calendar day is as old as the calendar days from it to today, looked at again each midnight.
        relative = Math.abs(zonedParts(now, timeZone).day - day) * DAY < threshold;
        switchAt = relativeDayParts(day, now, timeZone).next;
      }
    }
    if (relative) {
      const week = weekStart(locale);
      const parts = day === null ? relativeParts(at, now, timeZone, week) : relativeDayParts(day, now, timeZone, week);
      this.#text = formatRelative(parts, locale, numeric, style);
      this.#next = Math.min(parts.next, switchAt);
    } else {
      const absolute = formatAbsolute(at, locale, { style, timeZone: shownIn });
      const prefix = format === 'auto' ? (this.datePrefix ?? this.localize.term('onDate', '{date}')) : '';
      this.#text = prefix.includes('{date}')
        ? prefix.replace('{date}', absolute)
        : prefix
          ? `${prefix} ${absolute}`
          : absolute;
      this.#next = switchAt;
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const root = this.renderRoot;
    if (!root.firstChild) shadowTree(root);
    const [time, sr] = root.children as unknown as HTMLElement[];
    const date = this.#date;
    // Only what changed is written: a tick usually changes the visible text alone, and an
    // unchanged write would still cost a layout.
    const full = date && this.#full !== this.#text ? ` (${this.#full})` : '';
    if (time.textContent !== this.#text) time.textContent = this.#text;
    if (sr.textContent !== full) sr.textContent = full;
    if (time.getAttribute('data-full') !== this.#full) time.setAttribute('data-full', this.#full);
    if (changed.has('datetime')) {
      if (date) time.setAttribute('datetime', this.#day === null ? date.toISOString() : this.datetime.trim());
      else time.removeAttribute('datetime');
    }
    // Invalid: only a slot (the light-DOM fallback) is rendered; valid: only the date.
    if (time.hidden !== !date) {
      time.hidden = sr.hidden = !date;
      if (date) root.querySelector('slot')?.remove();
      else root.append(document.createElement('slot'));
    }
  }

  protected override updated(): void {
    if (this.#next !== Infinity && this.isConnected) clock.schedule(this, this.#next);
    else clock.unsubscribe(this);
  }
}
