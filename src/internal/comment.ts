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

/** A `src` endpoint's answer: one page of comments and the URL of the next. */
export interface CommentPage {
  items: unknown[];
  next?: string;
}

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;

const identifier = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

const times = new WeakMap<Comment, number>();

/** Epoch ms of a comment's date (parsed once), `NaN` when it has none. */
export function commentTime(comment: Comment): number {
  let time = times.get(comment);
  if (time === undefined) times.set(comment, (time = parseDate(comment.published)?.getTime() ?? NaN));
  return time;
}

/**
 * Turns untrusted input into a Comment, or `null` when it has no id. Bodies and names stay text
 * (never parsed here); unsafe author URLs and avatars are dropped; an unknown status reads as
 * published. `problems` collects what was dropped, for one console warning by the caller.
 */
export function normalizeComment(input: unknown, problems: NormalizeProblem[] = []): Comment | null {
  if (!input || typeof input !== 'object') {
    problems.push({ field: 'comment', value: input });
    return null;
  }
  const raw = input as Record<string, unknown>;
  const id = identifier(raw.id);
  if (!id) {
    problems.push({ field: 'id', value: raw.id });
    return null;
  }
  const rawAuthor = (typeof raw.author === 'string' ? { name: raw.author } : raw.author ?? {}) as Record<string, unknown>;
  const comment: Comment = {
    id,
    author: { name: text(rawAuthor.name, 200) ?? '' },
    published: '',
    body: typeof raw.body === 'string' ? raw.body.slice(0, 100_000) : '',
  };
  const parentId = identifier(raw.parentId);
  if (parentId && parentId !== id && parentId !== '0') comment.parentId = parentId;
  for (const key of ['url', 'avatar'] as const) {
    if (rawAuthor[key] === undefined || rawAuthor[key] === '') continue;
    const url = safeUrl(rawAuthor[key], key === 'avatar' ? 'image' : 'link');
    if (url) comment.author[key] = url;
    else problems.push({ field: `author.${key}`, value: rawAuthor[key] });
  }
  const date = typeof raw.published === 'string' ? parseDate(raw.published) : null;
  times.set(comment, date ? date.getTime() : NaN);
  if (date) comment.published = (raw.published as string).trim();
  else if (raw.published !== undefined) problems.push({ field: 'published', value: raw.published });
  if (raw.status !== undefined) {
    if ((COMMENT_STATUSES as readonly unknown[]).includes(raw.status)) comment.status = raw.status as CommentStatus;
    else problems.push({ field: 'status', value: raw.status });
  }
  const likes = Number(raw.likes);
  if (raw.likes !== undefined && Number.isFinite(likes) && likes >= 0) comment.likes = Math.floor(likes);
  if (!comment.author.name && comment.status !== 'deleted') problems.push({ field: 'author.name', value: rawAuthor.name });
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

/** `[...]` or `{ items: [...], next? }` as a page; `null` for anything else. `next` is resolved against `base`. */
export function commentPage(data: unknown, base?: string): CommentPage | null {
  if (Array.isArray(data)) return { items: data };
  if (!data || typeof data !== 'object' || !Array.isArray((data as CommentPage).items)) return null;
  const { items, next } = data as CommentPage;
  let url: string | undefined;
  if (typeof next === 'string' && safeUrl(next)) {
    try {
      url = new URL(next, new URL(base ?? document.baseURI, document.baseURI)).href;
    } catch {
      url = undefined;
    }
  }
  return url ? { items, next: url } : { items };
}
