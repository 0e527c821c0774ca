// Type checks of kiosque's events, for `npm run typecheck` (nothing runs this file): a page's own
// listener gets a typed `detail` from `HTMLElementEventMap`, without a cast, and `emit()` refuses
// a detail of the wrong shape. A mistake here fails the type check, not a test.
import type { KqRelatedArticles } from '../../src/components/related-articles/related-articles.define.js';
import type { Article } from '../../src/internal/article.js';
import type { LoadErrorKind } from '../../src/internal/fetch-json.js';

declare const related: KqRelatedArticles;
declare const anyElement: HTMLElement;

export function listeners(): void {
  related.addEventListener('kq-article-click', (e) => {
    const url: string = e.detail.article.url;
    const position: number = e.detail.position;
    return [url, position];
  });
  related.addEventListener('kq-impression', (e) => {
    const article: Article = e.detail.article;
    return article;
  });
  related.addEventListener('kq-load', (e) => {
    const items: Article[] = e.detail.items;
    return items;
  });
  related.addEventListener('kq-error', (e) => {
    const kind: LoadErrorKind = e.detail.kind;
    const status: number | undefined = e.detail.status;
    return [kind, status, e.detail.message];
  });
  // The events bubble: a listener on any ancestor is typed the same way.
  anyElement.addEventListener('kq-article-click', (e) => e.detail.article.title);
  // @ts-expect-error: a click's detail has no `items`
  related.addEventListener('kq-article-click', (e) => e.detail.items);
}

export function emits(): void {
  related.emit('kq-load', { items: [] });
  // @ts-expect-error: `kq-load` carries `items`, not `articles`
  related.emit('kq-load', { articles: [] });
  // @ts-expect-error: not one of kiosque's events
  related.emit('kq-unknown', {});
}
