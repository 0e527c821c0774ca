// The entry of the self-contained browser module, dist/kiosque.min.js (and its CDN copy): Lit
// included, every element registered, kiosque's API exported.
// The elements a reader sees first are in the file and defined at once. <kq-comment-thread>, the
// largest, which sits below an article, is a chunk of its own that the autoloader loads when a
// thread comes near the viewport: a reader who never scrolls to the comments never downloads it.
// So its class is the one export of `kiosque` missing here; once the thread is loaded,
// `customElements.whenDefined('kq-comment-thread')` gives it.
// (The classic build, which cannot load code on demand, is built from all.ts: everything inline.)
import './components/relative-time/relative-time.define.js';
import './components/related-articles/related-articles.define.js';
import './components/article-card/article-card.define.js';
import './components/contact-link/contact-link.define.js';
export { discover } from './autoloader.js';

// kiosque's API (src/index.ts) from each module, so that nothing imports the thread's module.
export { KqElement } from './internal/kiosque-element.js';
export { define } from './internal/define.js';
export { VERSION } from './internal/version.js';
export { clock } from './controllers/clock.js';
export { LocalizeController, registerTranslation, languageChain } from './controllers/localize.js';
export { KqRelativeTime } from './components/relative-time/relative-time.js';
export { KqRelatedArticles } from './components/related-articles/related-articles.js';
export { KqArticleCard } from './components/article-card/article-card.js';
export { KqContactLink, mailtoUrl } from './components/contact-link/contact-link.js';
export { registerAdapter, loadAdapter } from './adapters/adapter.js';
export type * from './index.js';
