import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import page from '../examples/seed/index.html?raw';
import pageStyles from '../examples/seed/seed.css?inline';
import { moveSnapshotDates } from '../examples/seed/snapshot-dates.mjs';

/*
 * The seed page as a story: examples/seed/index.html itself (its `.page`, with the
 * server-rendered fallbacks inside each element) and its stylesheet, examples/seed/seed.css, so
 * that the two never drift apart. The elements are registered by .storybook/preview.ts; the
 * snapshot's dates are moved to today as the page itself does.
 */
function seedPage() {
  const body = new DOMParser().parseFromString(page, 'text/html').querySelector('.page')!;
  moveSnapshotDates(body);
  body.setAttribute('lang', 'fr');
  return html`<style>
      ${unsafeCSS(pageStyles)}
    </style>
    ${unsafeHTML(body.outerHTML)}`;
}

const meta: Meta = {
  title: 'Pages/Seed page',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen', lang: 'fr' },
  render: seedPage,
};
export default meta;
type Story = StoryObj;

/** The seed page, built from the five elements: article header, body, contact line, "À lire aussi", the comment. */
export const SeedPage: Story = {};
/** The same page in the dark colour scheme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
