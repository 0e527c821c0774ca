import { css } from '@lit/reactive-element';

export default css`
  :host {
    display: inline;
    white-space: nowrap;
  }
  /* Positioned only while hovered: 10,000 positioned elements would each cost a paint layer. */
  :host(:hover) {
    position: relative;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  time::after {
    display: none;
    /* The tooltip repeats the full date that assistive technology already reads: empty alt text. */
    content: attr(data-full);
    content: attr(data-full) / '';
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
  :host(:hover) time::after {
    display: block;
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
