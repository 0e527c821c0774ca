import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_thumb: var(--kq-related-thumb-size, 6rem);
    line-height: 1.35;
  }
  [part='base'] {
    min-block-size: var(--kq-related-min-height, 0);
  }
  [part='heading'] {
    margin-block: 0 0.75rem;
    font-size: 1.125rem;
    font-weight: 700;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    position: relative;
    display: flex;
    gap: 0.75rem;
    padding-block: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  li:first-child {
    padding-block-start: 0;
    border: 0;
  }
  li > span {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  [part='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  [part='meta']:empty {
    display: none;
  }
  [part='category'] {
    color: var(--_accent);
    font-weight: 600;
  }
  [part='link'] {
    color: inherit;
    font-weight: 600;
    text-decoration: none;
  }
  [part='link']::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  [part='link']:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  [part='link']:focus-visible {
    outline: none;
  }
  [part='link']:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='excerpt'] {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [part='image'],
  .image {
    flex: none;
    align-self: flex-start;
    inline-size: var(--_thumb);
    block-size: auto;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .image {
    display: none;
  }
  :host([layout='thumbnails']) .image {
    display: block;
  }
  :host([layout='compact']) li {
    padding-block: 0.375rem;
    border: 0;
  }
  :host([layout='compact']) [part='meta'] {
    order: 1;
  }
  /* Skeleton: three bars sized like the meta line and two title lines. */
  [part='skeleton'] span {
    gap: 0;
  }
  [part='skeleton'] span > i {
    display: block;
    box-sizing: border-box;
    block-size: 1.35em;
    padding-block: 0.25em;
    background: var(--_subtle);
    background-clip: content-box;
    animation: kq-pulse 1.2s ease-in-out infinite alternate;
  }
  [part='skeleton'] span > i:first-child {
    margin-block-end: 0.25rem;
    inline-size: 40%;
    font-size: 0.8125rem;
  }
  [part='skeleton'] span > i:last-child {
    inline-size: 70%;
  }
  :host([layout='compact']) [part='skeleton'] span > i:first-child {
    display: none;
  }
  @keyframes kq-pulse {
    to {
      opacity: 0.5;
    }
  }
  [part='error'] p,
  [part='empty'] {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  [part='retry'] {
    font: inherit;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  [part='retry']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
