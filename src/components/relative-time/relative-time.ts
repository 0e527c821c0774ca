import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clock, type ClockClient } from '../../controllers/clock.js';
import { formatAbsolute, formatRelative, parseDate, parseDuration, relativeParts, type FormatStyle } from '../../internal/dates.js';
import { isTimeZone } from '../../internal/intl.js';
import { KqElement } from '../../internal/kiosque-element.js';
import { forgetWarning, warn } from '../../internal/warn.js';
import styles from './relative-time.styles.js';

export const FORMATS = ['relative', 'absolute', 'auto'] as const;
export const FORMAT_STYLES = ['long', 'short', 'narrow'] as const;
export const NUMERICS = ['always', 'auto'] as const;
export const HOUR_CYCLES = ['h11', 'h12', 'h23', 'h24'] as const;

export type RelativeTimeFormat = (typeof FORMATS)[number];
export type HourCycle = (typeof HOUR_CYCLES)[number];

const DEFAULT_THRESHOLD = 'P30D';

function oneOf<T extends string>(element: Element, name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null || (allowed as readonly string[]).includes(value)) return (value ?? fallback) as T;
  warn(element, name, `${name}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

/**
 * A date as a reader thinks of it: "il y a 4 jours", "hier", "dans 3 jours", or "le 3 août 2021",
 * in the language of the page, kept current by one page-wide clock.
 *
 * The full date is always available: in a tooltip on hover and as text that assistive technology
 * reads. The light-DOM content (a server-rendered date) shows before the element upgrades and
 * whenever `datetime` is missing or invalid.
 *
 * @summary A localized relative date ("il y a 4 jours") that stays current.
 * @tag kq-relative-time
 *
 * @slot - Fallback content shown without JavaScript and when `datetime` is invalid, e.g. a server-rendered date.
 *
 * @csspart time - The `<time>` element holding the visible text.
 * @csspart tooltip - The full date shown on hover.
 *
 * @cssprop --kq-tooltip-background - Background of the full-date tooltip.
 * @cssprop --kq-tooltip-color - Text colour of the full-date tooltip.
 * @cssprop --kq-radius - Corner radius of the tooltip.
 */
export class KqRelativeTime extends KqElement implements ClockClient {
  static override styles = styles;

  /** The date and time, ISO 8601: `2021-08-03T11:24:00+02:00`, `2021-08-03`. */
  @property() datetime = '';

  /** `relative` ("il y a 4 jours"), `absolute` ("3 août 2021"), or `auto`: relative until `threshold`, then absolute ("le 3 août 2021"). */
  @property() format: RelativeTimeFormat = 'relative';

  /** In `auto` format, how old (or how far ahead) a date may be and still read as relative: an ISO 8601 duration. */
  @property() threshold = DEFAULT_THRESHOLD;

  /** Length of the words: `long` ("il y a 4 jours"), `short` ("il y a 4 j"), `narrow`. */
  @property({ attribute: 'format-style' }) formatStyle: FormatStyle = 'long';

  /** `always` ("il y a 1 jour") or `auto` ("hier", "avant-hier", "la semaine dernière"). */
  @property() numeric: 'always' | 'auto' = 'always';

  /** IANA time zone for calendar days and absolute dates (`Europe/Paris`); the reader's own by default. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Hour cycle of the times in the full date: `h23` (11:24, 23:24) or `h12` (11:24 PM). The locale's by default. */
  @property({ attribute: 'hour-cycle' }) hourCycle?: HourCycle;

  /** Words before an absolute date in `auto` format; the localized "le" / "on" by default, `""` for none. */
  @property({ attribute: 'prefix' }) datePrefix?: string;

  /** The text shown, e.g. "il y a 4 jours"; empty when `datetime` is invalid. */
  get text(): string {
    return this.#text;
  }

  #date: Date | null = null;
  #text = '';
  #full = '';
  #next = Infinity;

  get element(): Element {
    return this;
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
      forgetWarning(this, 'datetime');
      this.#date = parseDate(this.datetime);
      if (!this.#date) {
        warn(this, 'datetime', this.datetime ? `datetime="${this.datetime}" is not an ISO 8601 date; showing the fallback content.` : 'no datetime given; showing the fallback content.');
      }
    }
    const date = this.#date;
    if (!date) {
      this.#text = this.#full = '';
      this.#next = Infinity;
      return;
    }
    let timeZone = this.timeZone || undefined;
    if (timeZone && !isTimeZone(timeZone)) {
      warn(this, 'time-zone', `time-zone="${timeZone}" is not a known time zone; using the reader's.`);
      timeZone = undefined;
    }
    const format = oneOf(this, 'format', this.format, FORMATS, 'relative');
    const style = oneOf(this, 'format-style', this.formatStyle, FORMAT_STYLES, 'long');
    const numeric = oneOf(this, 'numeric', this.numeric, NUMERICS, 'always');
    const hourCycle = this.hourCycle ? oneOf(this, 'hour-cycle', this.hourCycle, HOUR_CYCLES, 'h23') : undefined;
    const locale = this.localize.locale;
    const at = date.getTime();
    const now = Date.now();

    this.#full = formatAbsolute(at, locale, { timeZone, hourCycle, time: true, weekday: true });
    let relative = format !== 'absolute';
    let switchAt = Infinity;
    if (format === 'auto') {
      let threshold = parseDuration(this.threshold);
      if (threshold === null) {
        warn(this, 'threshold', `threshold="${this.threshold}" is not an ISO 8601 duration; using ${DEFAULT_THRESHOLD}.`);
        threshold = parseDuration(DEFAULT_THRESHOLD)!;
      }
      relative = Math.abs(now - at) < threshold;
      // Past dates turn absolute at the threshold; future ones turn relative when it is reached.
      switchAt = at <= now ? (relative ? at + threshold : Infinity) : relative ? Infinity : at - threshold;
    }
    if (relative) {
      const parts = relativeParts(at, now, timeZone);
      this.#text = formatRelative(parts, locale, numeric, style);
      this.#next = Math.min(parts.next, switchAt);
    } else {
      const absolute = formatAbsolute(at, locale, { style, timeZone });
      const prefix = format === 'auto' ? (this.datePrefix ?? this.localize.translation.onDate('{date}')) : '';
      this.#text = prefix.includes('{date}') ? prefix.replace('{date}', absolute) : prefix ? `${prefix} ${absolute}` : absolute;
      this.#next = switchAt;
    }
  }

  protected override updated(): void {
    if (this.#date && this.#next !== Infinity && this.isConnected) clock.schedule(this, this.#next);
    else clock.unsubscribe(this);
  }

  protected override render() {
    if (!this.#date) return html`<slot></slot>`;
    return html`<time part="time" datetime=${this.#date.toISOString()}
        >${this.#text}<span class="sr">${this.#full === this.#text ? nothing : ` (${this.#full})`}</span></time
      ><span part="tooltip" aria-hidden="true">${this.#full}</span>`;
  }
}
