import type { Translation, TranslationPart } from './translation.js';

const onDate = (date: string) => `on ${date}`;

/** The strings of <kq-relative-time> alone, so that its standalone bundle carries no others. */
export const relativeTime: TranslationPart = { $code: 'en', onDate };

const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  onDate,

  writeTo: 'Write to:',
  copyAddress: 'Copy address',
  addressCopied: 'Address copied',
  copyFailed: 'Could not copy: select the address to copy it',

  byAuthor: (name) => `By ${name}`,
  readingTime: (minutes) => `${minutes} min read`,
  updatedOn: (date) => `Updated ${date}`,
  photoCredit: (credit) => `© ${credit}`,

  relatedHeading: 'Related articles',
  loading: 'Loading…',
  emptyArticles: 'No articles to show yet.',
  loadError: 'Loading failed.',
  retry: 'Try again',

  commentCount: (count) => (count === 1 ? '1 comment' : `${count} comments`),
  commentsHeading: 'Comments',
  loadMoreComments: 'Load more comments',
  reply: 'Reply',
  inReplyTo: (name) => `in reply to ${name}`,
  pending: 'Awaiting moderation',
  deleted: 'This comment was deleted.',
  showReplies: (count) => (count === 1 ? 'Show 1 reply' : `Show ${count} replies`),
  hideReplies: (count) => (count === 1 ? 'Hide 1 reply' : `Hide ${count} replies`),
  sortBy: 'Sort by',
  sortOldest: 'Oldest',
  sortNewest: 'Newest',
  sortTop: 'Top',
  yourName: 'Your name',
  yourComment: 'Your comment',
  publish: 'Post',
  cancel: 'Cancel',
  nameRequired: 'Enter your name.',
  bodyRequired: 'Write your comment.',
  sendFailed: 'Sending failed. Your text is kept.',
  unauthorized: 'Sign in to comment.',
  sendRejected: 'Your comment was not accepted. Your text is kept.',
  sendDuplicate: 'You have already sent this comment.',
  closed: 'Comments are closed.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkCopyFailed: 'Could not copy: the link is in the address bar',
  noComments: 'No comments yet.',
  likes: (count) => (count === 1 ? '1 like' : `${count} likes`),
  anonymous: 'Anonymous',
  you: 'You',
};

export default en;
