import { safeUrl } from '../internal/url.js';
import type { Adapter } from './adapter.js';

/** An absolute URL, or undefined when `value` is not a string URL. */
export const resolve = (value: unknown, base: string): string | undefined => {
  try {
    return typeof value == 'string' && value ? new URL(value, new URL(base, document.baseURI)).href : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Our own JSON (docs/schemas): a list endpoint answers `{ items: [...], next?: url }` or a bare
 * array; a comment is POSTed as `{ name, body, parentId }` and the answer is the created comment.
 */
export const ours: Adapter = {
  first: (src) => src,
  toComment: (raw) => raw,
  toArticle: (raw) => raw,
  page(data, { url }) {
    if (Array.isArray(data)) return { items: data };
    const { items, next } = Object(data) as { items?: unknown; next?: unknown };
    return Array.isArray(items) ? { items, next: safeUrl(next, 'image') ? resolve(next, url) : undefined } : null; // next: http(s) only, it is fetched
  },
  post: (action, comment) => ({ url: action, body: comment }),
  created: (data) => data,
};
