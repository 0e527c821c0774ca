// Classes, controllers and helpers. Importing this module registers nothing: import
// `kiosque/all.js` or a component's `*.define.js` for that.
export { KqElement } from './internal/kiosque-element.js';
export { define } from './internal/define.js';
export { VERSION } from './internal/version.js';
export { clock } from './controllers/clock.js';
export { LocalizeController, registerTranslation, languageChain } from './controllers/localize.js';
export type { Translation } from './translations/translation.js';
export type { Article, ArticleImage } from './internal/article.js';
export { KqRelativeTime } from './components/relative-time/relative-time.js';
export {
  KqRelatedArticles,
  type RelatedLayout,
  type RelatedArticleDetail,
  type RelatedLoadDetail,
  type RelatedErrorDetail,
} from './components/related-articles/related-articles.js';
export { KqArticleCard, type ArticleCardVariant } from './components/article-card/article-card.js';
export { KqContactLink, mailtoUrl } from './components/contact-link/contact-link.js';
export {
  KqCommentThread,
  type CommentSort,
  type CommentSubmitDetail,
  type CommentDateFormat,
} from './components/comment-thread/comment-thread.js';
export type { Comment, CommentAuthor, CommentStatus } from './internal/comment.js';
export {
  registerAdapter,
  loadAdapter,
  type Adapter,
  type AdapterPage,
  type ListKind,
  type NewComment,
  type PostRefusal,
  type PostRequest,
} from './adapters/adapter.js';
