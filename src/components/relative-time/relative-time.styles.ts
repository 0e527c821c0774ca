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
    background: var(--kq-tooltip-background, CanvasText);
    color: var(--kq-tooltip-color, Canvas);
    font-size: 0.8em;
  }
  :host(:hover) time::after {
    display: block;
  }
  /* Visually hidden but read: in flow (an absolutely positioned box per element would make
     every layout of a long list walk thousands of out-of-flow boxes). */
  .sr {
    display: inline-block;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;
