/**
 * The strings every kiosque component uses. A locale supplies all of them; plural forms are
 * functions that receive the count (use `Intl.PluralRules` through `plural()` for languages
 * with more than two forms).
 */
export interface Translation {
  /** BCP 47 code, lower case: `fr`, `en`, `fr-ca`. */
  $code: string;
  /** The language's own name. */
  $name: string;
  $dir: 'ltr' | 'rtl';

  // kq-relative-time
  /** Wraps an absolute date shown in place of a relative one: "le 3 août 2021". */
  onDate: (date: string) => string;

  // kq-contact-link
  writeTo: string;
  copyAddress: string;
  addressCopied: string;
  copyFailed: string;

  // kq-article-card
  byAuthor: (name: string) => string;
  readingTime: (minutes: number) => string;
  updatedOn: (date: string) => string;
  photoCredit: (credit: string) => string;

  // kq-related-articles
  relatedHeading: string;
  loading: string;
  emptyArticles: string;
  loadError: string;
  retry: string;

  // kq-comment-thread
  commentCount: (count: number) => string;
  commentsHeading: string;
  loadMoreComments: string;
  reply: string;
  inReplyTo: (name: string) => string;
  pending: string;
  deleted: string;
  showReplies: (count: number) => string;
  hideReplies: (count: number) => string;
  sortBy: string;
  sortOldest: string;
  sortNewest: string;
  sortTop: string;
  yourName: string;
  yourComment: string;
  publish: string;
  cancel: string;
  nameRequired: string;
  bodyRequired: string;
  sendFailed: string;
  unauthorized: string;
  /** The site took the comment and did not keep it (trashed or marked as spam on arrival, e.g. a disallowed word). */
  sendRejected: string;
  /** The site has this comment already (sent from another page, or its answer was lost there). */
  sendDuplicate: string;
  closed: string;
  copyLink: string;
  linkCopied: string;
  /** The clipboard refused: the permalink was put in the address bar instead. */
  linkCopyFailed: string;
  noComments: string;
  likes: (count: number) => string;
  /** Stands for a missing author name. */
  anonymous: string;
  /** The author of a comment a signed-in reader has just sent, until the site answers with their name. */
  you: string;
}

export type TranslationKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;

/** Some strings of one locale: what a component registers, or what a partial locale provides. */
export type TranslationPart = Partial<Translation> & { $code: string };
