// Registers every kiosque element. The self-contained bundles are built from this module.
export * from './index.js';
import './components/relative-time/relative-time.define.js';
import './components/related-articles/related-articles.define.js';
import './components/article-card/article-card.define.js';
import './components/contact-link/contact-link.define.js';
import './components/comment-thread/comment-thread.define.js';
