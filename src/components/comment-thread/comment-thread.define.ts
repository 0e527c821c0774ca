import { KqCommentThread } from './comment-thread.js';

export { KqCommentThread };
KqCommentThread.define('kq-comment-thread');

declare global {
  interface HTMLElementTagNameMap {
    'kq-comment-thread': KqCommentThread;
  }
  interface HTMLElementEventMap {
    'kq-comment-submit': CustomEvent<import('./comment-thread.js').CommentSubmitDetail>;
  }
}
