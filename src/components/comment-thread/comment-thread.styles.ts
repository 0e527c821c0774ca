import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export default [
  tokens,
  css`
    :host {
      display: block;
      line-height: 1.5;
      --_indent: var(--kq-comment-indent, 1.25rem);
    }
    a {
      color: var(--_accent);
    }
    button,
    input,
    textarea,
    select {
      font: inherit;
      color: inherit;
    }
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .heading {
      font-size: 1.25em;
      font-weight: 700;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .replies {
      margin-inline-start: calc(var(--_indent) / 2);
      padding-inline-start: calc(var(--_indent) / 2);
      border-inline-start: 2px solid var(--_border);
    }
    article {
      padding-block: 0.75rem 0;
      border-radius: var(--_radius);
      scroll-margin-block: 1rem;
    }
    /* Progressive rendering, part 2: comments out of view skip layout and paint. */
    .main {
      content-visibility: auto;
      contain-intrinsic-size: auto 7rem;
    }
    /* The permalink target. */
    article[part~='highlighted'] > .main {
      margin-inline-start: -0.75rem;
      padding: 0.25rem 0.5rem 0.25rem 0.5rem;
      border-inline-start: 0.25rem solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .avatar {
      display: inline-grid;
      place-items: center;
      width: 2.5rem;
      height: 2.5rem;
      border-radius: 50%;
      background: var(--_subtle);
      color: var(--_text);
      font-weight: 700;
      object-fit: cover;
    }
    .author {
      font-weight: 700;
      color: var(--_text);
      font-size: 1rem;
    }
    .meta a[part='date'] {
      color: inherit;
    }
    .badge {
      padding: 0 0.5rem;
      border-radius: 1rem;
      background: var(--_subtle);
      color: var(--_text);
    }
    .body {
      overflow-wrap: anywhere;
    }
    .body p,
    .tombstone {
      margin: 0.5rem 0;
    }
    .tombstone {
      color: var(--_muted);
      font-style: italic;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .actions button,
    .toggle {
      padding: 0.25rem 0;
      border: 0;
      background: none;
      color: var(--_accent);
      cursor: pointer;
    }
    .toggle {
      font-size: 0.875em;
    }
    form {
      display: grid;
      gap: 0.5rem;
      margin-block: 0.75rem;
      max-width: 40rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      margin: 0;
    }
    input,
    textarea {
      padding: 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .error {
      color: var(--_danger);
      margin: 0;
    }
    .buttons,
    .more {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin: 0.75rem 0;
    }
    .buttons button,
    .more button,
    .message button {
      padding: 0.375rem 1rem;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      cursor: pointer;
    }
    button[part='submit'] {
      background: var(--_accent);
      color: var(--_surface);
    }
    .message {
      color: var(--_muted);
    }
    .loading {
      display: block;
      min-height: 6rem;
    }
  `,
];
