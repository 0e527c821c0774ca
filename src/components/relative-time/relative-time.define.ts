import { KqRelativeTime } from './relative-time.js';

export { KqRelativeTime };
KqRelativeTime.define('kq-relative-time');

declare global {
  interface HTMLElementTagNameMap {
    'kq-relative-time': KqRelativeTime;
  }
}
