import { css } from '@lit/reactive-element';

// Written for lists of thousands: no rule for ::after matches until the host is hovered, and the
// visually hidden text stays in flow without clip-path (each absolute box or clip-path would cost
// every element a layout or paint node of its own). `overflow: hidden`, not `clip`:
// axe-core (4.14) recognizes only `hidden` as clipping, and would flag every hidden date for review.
export default css`
  :host {
    display: inline;
    white-space: nowrap;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host(:hover) {
    position: relative;
  }
  /* The tooltip repeats the full date that assistive technology already reads: empty alt text. */
  :host(:hover) time::after {
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
  .sr {
    display: inline-block;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    color: transparent;
  }
`;
