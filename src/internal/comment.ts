import type { NormalizeProblem } from './article.js';
import { parseDate } from './dates.js';
import { safeUrl } from './url.js';

/** The Comment shape of `<kq-comment-thread>` and the adapters (docs/schemas/comment.schema.json). */
export interface CommentAuthor {
  name: string;
  url?: string;
  avatar?: string;
}

export const COMMENT_STATUSES = ['published', 'pending', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export interface Comment {
  id: string;
  parentId?: string;
  author: CommentAuthor;
  /** ISO 8601; empty when the source gave none (the date is then not shown). */
  published: string;
  /** Plain text, or HTML with `body-format="html"` (sanitized before display). */
  body: string;
  status?: CommentStatus;
  likes?: number;
}

/** Trimmed text, at most `max` characters; `''` for anything else. */
const text = (value: unknown, max = 200): string => (typeof value === 'string' ? value.trim().slice(0, max) : '');

/**
 * An id: non-empty text or a finite number; lone surrogates replaced, so that it can be
 * percent-encoded into a permalink.
 */
const identifier = (value: unknown): string =>
  typeof value === 'number' && isFinite(value) ? String(value) : text(value).replace(/\p{Surrogate}/gu, '\ufffd');

const times = new WeakMap<Comment, number>();

/** Epoch ms of a comment's date (parsed once), `NaN` when it has none. */
export function commentTime(comment: Comment): number {
  let time = times.get(comment);
  if (time === undefined) {
    time = parseDate(comment.published)?.getTime() ?? NaN;
    times.set(comment, time);
  }
  return time;
}

/**
 * Turns untrusted input into a Comment, or `null` when it has no id. Bodies and names stay text
 * (never parsed here); unsafe author URLs and avatars are dropped; an unknown status reads as
 * published. `problems` collects what was dropped, for one console warning by the caller.
 */
export function normalizeComment(input: unknown, problems: NormalizeProblem[] = []): Comment | null {
  const bad = (field: string, value: unknown) => problems.push({ field, value });
  if (!input || typeof input !== 'object') {
    bad('comment', input);
    return null;
  }
  const raw = input as Record<string, unknown>;
  const id = identifier(raw.id);
  if (!id) {
    bad('id', raw.id);
    return null;
  }
  const author = (typeof raw.author === 'string' ? { name: raw.author } : Object(raw.author)) as Record<
    string,
    unknown
  >;
  const comment: Comment = {
    id,
    author: { name: text(author.name) },
    published: '',
    body: typeof raw.body === 'string' ? raw.body.slice(0, 100_000) : '',
  };
  const parentId = identifier(raw.parentId);
  if (parentId && parentId !== id && parentId !== '0') comment.parentId = parentId;
  for (const key of ['url', 'avatar'] as const) {
    const url = safeUrl(author[key], key === 'url' ? 'link' : 'image');
    if (url) comment.author[key] = url;
    else if (author[key] !== undefined && author[key] !== '') bad(`author.${key}`, author[key]);
  }
  const date = typeof raw.published === 'string' ? parseDate(raw.published) : null;
  times.set(comment, date?.getTime() ?? NaN);
  if (date) comment.published = (raw.published as string).trim();
  else if (raw.published !== undefined) bad('published', raw.published);
  if ((COMMENT_STATUSES as readonly unknown[]).includes(raw.status)) comment.status = raw.status as CommentStatus;
  else if (raw.status !== undefined) bad('status', raw.status);
  // Only a number or a numeric string: Number() would throw on an object with an unusable toString.
  const likes = typeof raw.likes === 'number' || typeof raw.likes === 'string' ? Math.floor(Number(raw.likes)) : NaN;
  if (likes >= 0 && likes < Infinity) comment.likes = likes;
  if (!comment.author.name && comment.status !== 'deleted') bad('author.name', author.name);
  return comment;
}

/** Normalizes a list, dropping invalid entries and later duplicates of an id. */
export function normalizeComments(list: readonly unknown[], problems: NormalizeProblem[] = []): Comment[] {
  const seen = new Set<string>();
  const out: Comment[] = [];
  for (const item of list) {
    const comment = normalizeComment(item, problems);
    if (!comment) continue;
    if (seen.has(comment.id)) {
      problems.push({ field: 'id (duplicate)', value: comment.id });
      continue;
    }
    seen.add(comment.id);
    out.push(comment);
  }
  return out;
}
