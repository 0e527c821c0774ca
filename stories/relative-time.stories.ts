import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FORMAT_STYLES, FORMATS, HOUR_CYCLES, NUMERICS } from '../src/components/relative-time/relative-time.js';

const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

interface Args {
  datetime: string;
  format: string;
  threshold: string;
  'format-style': string;
  numeric: string;
  'time-zone'?: string;
  'hour-cycle'?: string;
  prefix?: string;
  fallback: string;
}

const meta: Meta<Args> = {
  title: 'Components/Relative time',
  component: 'kq-relative-time',
  args: {
    datetime: ago(4 * DAY),
    format: 'relative',
    threshold: 'P30D',
    'format-style': 'long',
    numeric: 'always',
    fallback: '',
  },
  argTypes: {
    format: { control: 'inline-radio', options: FORMATS },
    'format-style': { control: 'inline-radio', options: FORMAT_STYLES },
    numeric: { control: 'inline-radio', options: NUMERICS },
    'hour-cycle': { control: 'select', options: [undefined, ...HOUR_CYCLES] },
    fallback: { description: 'Light-DOM fallback content (no JavaScript, invalid datetime)' },
  },
  render: (a) =>
    html`<kq-relative-time
      datetime=${a.datetime}
      format=${a.format}
      threshold=${a.threshold}
      format-style=${a['format-style']}
      numeric=${a.numeric}
      time-zone=${ifDefined(a['time-zone'])}
      hour-cycle=${ifDefined(a['hour-cycle'])}
      prefix=${ifDefined(a.prefix)}
      >${a.fallback}</kq-relative-time
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** As on the seed page: "il y a 4 jours". Switch the language in the toolbar. */
export const FourDaysAgo: Story = {};
/** 7 to 13 days read "il y a 1 semaine". */
export const OneWeekAgo: Story = { args: { datetime: ago(9 * DAY) } };
export const Seconds: Story = { args: { datetime: ago(20_000) } };
export const Minutes: Story = { args: { datetime: ago(12 * 60_000) } };
export const Hours: Story = { args: { datetime: ago(5 * 3_600_000) } };
export const Months: Story = { args: { datetime: ago(75 * DAY) } };
export const Years: Story = { args: { datetime: ago(900 * DAY) } };
export const Future: Story = { args: { datetime: new Date(Date.now() + 3 * DAY + 60_000).toISOString() } };
/** `numeric="auto"`: "hier", "avant-hier", "la semaine dernière". */
export const NumericAuto: Story = {
  render: () =>
    html`<ul>
      <li><kq-relative-time numeric="auto" datetime=${ago(DAY + 3_600_000)}></kq-relative-time></li>
      <li><kq-relative-time numeric="auto" datetime=${ago(2 * DAY + 3_600_000)}></kq-relative-time></li>
      <li><kq-relative-time numeric="auto" datetime=${ago(8 * DAY)}></kq-relative-time></li>
    </ul>`,
};
export const Absolute: Story = { args: { datetime: '2021-08-03T11:24:00+02:00', format: 'absolute' } };
/** Relative until the threshold (30 days by default), then "le 3 août 2021". */
export const AutoPastThreshold: Story = { args: { datetime: '2021-08-03T11:24:00+02:00', format: 'auto' } };
export const AutoWithinThreshold: Story = { args: { format: 'auto', threshold: 'P7D' } };
export const ShortStyle: Story = { args: { 'format-style': 'short' } };
export const NarrowStyle: Story = { args: { 'format-style': 'narrow' } };
export const TimeZoneAndHourCycle: Story = {
  args: { datetime: '2021-08-03T21:24:00Z', format: 'absolute', 'time-zone': 'America/New_York', 'hour-cycle': 'h12' },
};
/** An invalid `datetime` keeps the server-rendered fallback (and warns once in the console). */
export const InvalidDate: Story = { args: { datetime: 'not a date', fallback: '3 août 2021' } };
export const English: Story = { parameters: { lang: 'en' } };
export const French: Story = { parameters: { lang: 'fr' } };
export const Dark: Story = { parameters: { theme: 'dark' } };
