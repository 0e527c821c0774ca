import { KqArticleCard } from './article-card.js';

export { KqArticleCard };
KqArticleCard.define('kq-article-card');

declare global {
  interface HTMLElementTagNameMap {
    'kq-article-card': KqArticleCard;
  }
}
