import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export default [
  tokens,
  css`
    :host {
      display: inline;
    }
    [part~='link'] {
      color: var(--_accent);
      overflow-wrap: anywhere;
    }
    [part~='link']:focus-visible,
    [part~='copy-button']:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    [part~='copy-button'] {
      margin-inline-start: 0.25em;
      padding: 0.125em 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_subtle);
      color: inherit;
      font: inherit;
      font-size: 0.875em;
      cursor: pointer;
    }
    [part~='status'] {
      margin-inline-start: 0.5em;
      color: var(--_muted);
      font-size: 0.875em;
    }
  `,
];
