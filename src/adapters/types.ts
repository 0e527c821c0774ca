// The shapes every adapter shares, in a module of their own. adapter.ts (the registry and the
// fetching) imports ours.ts and loads wordpress.ts; those import only these types, never adapter.ts,
// so the imports run one way, without a circle.

/** What a list endpoint holds: comments (`kq-comment-thread`) or articles (`kq-related-articles`). */
export type ListKind = 'comments' | 'articles';

/** One page of a list, in our shapes (still untrusted: the components normalize every item). */
export interface AdapterPage {
  items: unknown[];
  /** The next page's URL, absolute. */
  next?: string;
  /** How many items the whole list holds, when the source says so. */
  total?: number;
}

/** A reader's new comment, as `kq-comment-thread` submits it. */
export interface NewComment {
  name: string;
  body: string;
  parentId?: string;
}

/**
 * Why a site refused a new comment, when its answer says so: it has this comment already
 * (`duplicate`), comments are closed (`closed`), the reader must sign in (`unauthorized`), or it
 * took the comment and did not keep it (`rejected`: trashed or marked as spam on arrival).
 */
export type PostRefusal = 'duplicate' | 'closed' | 'unauthorized' | 'rejected';

/** The HTTP request that posts a comment. */
export interface PostRequest {
  url: string;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * How one platform's API maps onto kiosque: pure functions, no fetching of their own. The
 * components fetch, time out, abort and report errors the same way for every platform (fetchPage
 * in adapter.ts, postComment in post.ts); an adapter only says where to ask and how to read the answer.
 * Adding a platform is one file: see docs/adapters.md.
 */
export interface Adapter {
  /** Comment bodies from this platform are HTML (sanitized by DOMPurify), not plain text. */
  readonly html?: boolean;
  /** The URL of the first page, from the URL the publisher wrote (e.g. the platform's defaults added). */
  first(src: string, kind: ListKind): string;
  /** One of the platform's comments in our Comment shape (untrusted: the component normalizes it). */
  toComment(raw: unknown): unknown;
  /** One of the platform's articles in our Article shape (untrusted), e.g. for `<kq-article-card>`'s `article`. */
  toArticle(raw: unknown): unknown;
  /**
   * One answer of the list at `url`: its items in our shapes, the next page, the total; `null`
   * when it is not a list.
   */
  page(data: unknown, answer: { url: string; headers: Headers }, kind: ListKind): AdapterPage | null;
  /** The request that posts `comment` to `action`; `nonce` is the logged-in reader's token, if any. */
  post(action: string, comment: NewComment, nonce?: string): PostRequest;
  /** The created comment, in our Comment shape (untrusted), from the answer to the POST. */
  created(data: unknown): unknown;
  /**
   * Why the platform refused a new comment, from its error answer (HTTP `status`, parsed body
   * `data`); `undefined` leaves it to the common reading (401, 403: `unauthorized`; 409: `duplicate`).
   */
  refusal?(status: number, data: unknown): PostRefusal | undefined;
  /**
   * The URL of one comment of the list at `src`, read with `toComment`, when the platform serves
   * one: the thread asks it about the comments this reader sent that the source held for
   * moderation (published: shown; 404: gone). Without it, a held comment waits to be listed.
   */
  comment?(src: string, id: string): string;
}
