import { html, type TemplateResult } from 'lit';

/**
 * The levels of a section's heading (`heading-level` on kq-related-articles and kq-comment-thread):
 * a sidebar or a comment section is never the page's main heading, `<h1>`.
 */
export const SECTION_HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type SectionHeadingLevel = (typeof SECTION_HEADING_LEVELS)[number];

/** One template per level: a tag name cannot be a template binding. */
const templates: Record<SectionHeadingLevel, (content: unknown) => TemplateResult> = {
  2: (c) => html`<h2 part="heading" id="heading">${c}</h2>`,
  3: (c) => html`<h3 part="heading" id="heading">${c}</h3>`,
  4: (c) => html`<h4 part="heading" id="heading">${c}</h4>`,
  5: (c) => html`<h5 part="heading" id="heading">${c}</h5>`,
  6: (c) => html`<h6 part="heading" id="heading">${c}</h6>`,
};

/** A section's heading, `<h2>`–`<h6>`, with part and id `heading` (the section is labelled by it). */
export function sectionHeading(level: SectionHeadingLevel, content: unknown): TemplateResult {
  return templates[level](content);
}
