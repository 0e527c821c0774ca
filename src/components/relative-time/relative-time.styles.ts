import { css } from '@lit/reactive-element';

export default css`
  :host {
    display: inline;
    position: relative;
    white-space: nowrap;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  [part='tooltip'] {
    display: none;
    position: absolute;
    inset-block-end: calc(100% + 0.25rem);
    inset-inline-start: 0;
    z-index: 1;
    padding: 0.25rem 0.5rem;
    border-radius: var(--kq-radius, 0.25rem);
    background: var(--kq-tooltip-background, light-dark(#1d1d1f, #ececef));
    color: var(--kq-tooltip-color, light-dark(#ffffff, #1d1d1f));
    font-size: 0.8125em;
    white-space: nowrap;
    pointer-events: none;
  }
  :host(:hover) [part='tooltip'] {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
