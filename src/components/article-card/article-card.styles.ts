import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export default [
  tokens,
  css`
    :host {
      display: block;
    }
    article {
      position: relative;
      display: flex;
      flex-direction: column;
      height: 100%;
      overflow-wrap: break-word;
    }
    .card,
    .horizontal {
      overflow: hidden;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .horizontal {
      display: grid;
      grid-template-columns: var(--kq-card-image-size, 35%) 1fr;
      align-items: start;
    }
    .compact {
      padding-block: calc(var(--_space) / 2);
      border-block-end: 1px solid var(--_border);
    }
    [part~='content'] {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      min-width: 0;
    }
    .card [part~='content'],
    .horizontal [part~='content'] {
      padding: var(--kq-card-padding, var(--_space));
    }
    .header [part~='content'] {
      gap: var(--_space);
      margin-block-end: var(--_space);
    }
    p,
    [part~='headline'],
    figure {
      margin: 0;
    }
    [part~='headline'] {
      font: var(--kq-headline-font, inherit);
      font-weight: 700;
      font-size: 1.25em;
      line-height: 1.25;
    }
    .compact [part~='headline'] {
      font-size: 1em;
    }
    .header [part~='headline'] {
      font-size: clamp(1.75em, 4vw, 2.5em);
      line-height: 1.15;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    a:hover {
      color: var(--_accent);
      text-decoration: underline;
    }
    /* The stretched link: its ::after covers the whole card. */
    [part~='link']::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    [part~='link']:focus-visible {
      outline: none;
    }
    [part~='link']:focus-visible::after {
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
    }
    /* Text above the link's overlay stays selectable; a plain click on it still follows the link. */
    [part~='standfirst'],
    [part~='meta'] {
      position: relative;
      z-index: 1;
    }
    .card [part~='standfirst'],
    .horizontal [part~='standfirst'],
    [part~='meta'],
    figcaption {
      color: var(--_muted);
    }
    .header [part~='standfirst'] {
      font-size: 1.125em;
      font-weight: 600;
      line-height: 1.45;
    }
    [part~='meta'],
    figcaption {
      font-size: 0.875em;
    }
    [part~='meta'] > * + *::before {
      content: '·';
      content: '·' / '';
      margin-inline: 0.4em;
    }
    [part~='category'] {
      color: var(--_accent);
      font-weight: 700;
    }
    figcaption {
      margin-block-start: 0.375em;
    }
    img {
      display: block;
      width: 100%;
      height: auto;
      background: var(--_subtle);
    }
    img:not([height]) {
      aspect-ratio: 16 / 9;
      object-fit: cover;
    }
    slot[hidden] {
      display: none;
    }
  `,
];
