import type { ReactiveControllerHost } from 'lit';
import type { Comment } from '../../internal/comment.js';
import type { KiosqueInstance } from '../../internal/kiosque-mixin.js';

/** What the `kq-comment-submit` event carries (and what is POSTed to `action`). */
export interface CommentSubmitDetail {
  name: string;
  body: string;
  parentId?: string;
}

/**
 * What the reply forms read of the element that holds them (`<kq-comment-thread>`): its shadow
 * root, language, events and update cycle, and where and how a comment is sent.
 */
export interface ReplyFormHost extends HTMLElement, ReactiveControllerHost, KiosqueInstance {
  /** The platform `action` speaks. */
  readonly adapter?: string;
  /** URL where a new comment is POSTed. */
  readonly action?: string;
  /** A logged-in reader's token, sent with a new comment; the form then asks for no name. */
  readonly restNonce?: string;
}

/**
 * What the forms ask of their thread. `parent` names a form: the id of the comment it answers,
 * `''` for the form at the end of the thread.
 */
export interface ReplyFormThread {
  /** The reader closed a reply form without sending it. */
  cancel(): void;
  /** A comment left the form `parent`, which closes; `pending` (when it is POSTed to `action`) shows at once. */
  sent(parent: string, pending?: Comment): void;
  /** The server accepted `pending`: `answer` is the comment it created (untrusted). */
  saved(parent: string, pending: Comment, answer: unknown): void;
  /** The POST failed: `pending` goes away and the form `parent` opens again, its text kept. */
  failed(parent: string, pending: Comment): void;
}
