import { css } from 'lit';

/**
 * The design tokens (`--kq-*`), defined once. Colours use `light-dark()`, so they follow the
 * inherited `color-scheme`: the page's by default, the reader's system with `theme="auto"`, or a
 * forced one with `theme="light"` / `theme="dark"`. Every token can be overridden from the page.
 */
export const tokens = css`
  :host {
    --_text: var(--kq-color-text, light-dark(#1d1d1f, #ececef));
    --_muted: var(--kq-color-muted, light-dark(#5b5d63, #a9abb2));
    --_accent: var(--kq-color-accent, light-dark(#0b57a4, #8cc4ff));
    --_surface: var(--kq-color-surface, light-dark(#ffffff, #18191c));
    --_subtle: var(--kq-color-subtle, light-dark(#f2f3f5, #26282c));
    --_border: var(--kq-color-border, light-dark(#d5d7dc, #3b3e44));
    --_danger: var(--kq-color-danger, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--kq-color-focus, light-dark(#0b57a4, #8cc4ff));
    --_font: var(--kq-font-family, inherit);
    --_radius: var(--kq-radius, 0.375rem);
    --_space: var(--kq-space, 1rem);
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
