import { KqRelatedArticles } from './related-articles.js';

export { KqRelatedArticles };
KqRelatedArticles.define('kq-related-articles');

declare global {
  interface HTMLElementTagNameMap {
    'kq-related-articles': KqRelatedArticles;
  }
}
