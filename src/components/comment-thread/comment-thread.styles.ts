import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

// Styled through the parts where an element has one (no extra class names in the markup).
export default [
  tokens,
  css`
    :host {
      display: block;
      line-height: 1.5;
    }
    a,
    button {
      color: var(--_accent);
    }
    /* Buttons read as links (reply, copy link, show replies), except in forms and "load more". */
    button {
      min-block-size: 24px; /* WCAG 2.5.8 target size, whatever the page's font size */
      min-inline-size: 24px;
      padding: 0.25rem 0;
      border: 0;
      background: none;
      font: inherit;
      cursor: pointer;
    }
    input,
    select,
    textarea,
    form button,
    [part='more'] {
      padding: 0.375rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      font: inherit;
      color: inherit;
    }
    [part='submit'] {
      background: var(--_accent);
      color: var(--_surface);
    }
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    header,
    [part='actions'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    #heading {
      margin: 0;
      font-size: 1.25em;
    }
    #heading,
    [part='author'],
    [part~='avatar'] {
      font-weight: 700;
      color: var(--_text);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part='replies'] {
      margin-inline-start: 0.5rem;
      padding-inline-start: var(--kq-comment-indent, 1rem);
      border-inline-start: 2px solid var(--_border);
    }
    article {
      padding-top: 0.75rem;
      scroll-margin: 1rem;
    }
    /* Progressive rendering, part 2: comments out of view skip layout and paint, with their replies
       (a reply added above them then moves placeholders, not laid-out threads). Not the first ten
       of a list, which lay out at once: their 7rem placeholder would shift what follows them. */
    li:nth-child(n + 11) {
      content-visibility: auto;
      contain-intrinsic-size: auto 7rem;
    }
    /* The permalink target. */
    [part~='highlighted'] > .main {
      padding-inline-start: 0.5rem;
      border-inline-start: 0.25rem solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 10%, transparent);
    }
    header a {
      color: inherit;
    }
    .meta,
    [part='actions'],
    [part='tombstone'],
    [part~='message'] {
      color: var(--_muted);
      font-size: 0.875em;
    }
    [part~='avatar'] {
      display: inline-grid;
      place-items: center;
      width: 2.5rem;
      height: 2.5rem;
      border-radius: 50%;
      background: var(--_subtle);
    }
    [part='badge'] {
      padding-inline: 0.5rem;
      border-radius: 1rem;
      background: var(--_subtle);
    }
    [part='body'] {
      overflow-wrap: anywhere;
    }
    p {
      margin: 0.5rem 0;
    }
    form,
    .field {
      display: grid;
      gap: 0.25rem;
      max-width: 40rem;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
    }
    [part$='error'] {
      color: var(--_danger);
    }
  `,
];
