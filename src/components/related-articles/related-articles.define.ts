import { KqRelatedArticles } from './related-articles.js';

export { KqRelatedArticles };
KqRelatedArticles.define('kq-related-articles');

declare global {
  interface HTMLElementTagNameMap {
    'kq-related-articles': KqRelatedArticles;
  }
  interface HTMLElementEventMap {
    'kq-load': CustomEvent<import('./related-articles.js').RelatedLoadDetail>;
    'kq-error': CustomEvent<import('./related-articles.js').RelatedErrorDetail>;
    'kq-impression': CustomEvent<import('./related-articles.js').RelatedArticleDetail>;
    'kq-article-click': CustomEvent<import('./related-articles.js').RelatedArticleDetail>;
  }
}
