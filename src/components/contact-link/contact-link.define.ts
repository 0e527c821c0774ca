import { KqContactLink } from './contact-link.js';

export { KqContactLink };
KqContactLink.define('kq-contact-link');

declare global {
  interface HTMLElementTagNameMap {
    'kq-contact-link': KqContactLink;
  }
}
