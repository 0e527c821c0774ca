import { safeUrl } from '../internal/url.js';
import type { Adapter, AdapterPage } from './types.js';

/** An absolute URL, or undefined when `value` is not a string URL. */
const resolve = (value: unknown, base: string): string | undefined => {
  try {
    return typeof value == 'string' && value ? new URL(value, new URL(base, document.baseURI)).href : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Our list answer (`[...]` or `{ items, next? }`) as a page, `next` resolved against `base` and
 * kept only when http(s) (it is fetched); `null` when it is not a list.
 */
export function listPage(data: unknown, base: string): AdapterPage | null {
  if (Array.isArray(data)) return { items: data };
  const { items, next } = Object(data) as { items?: unknown; next?: unknown };
  return Array.isArray(items) ? { items, next: safeUrl(next, 'image') ? resolve(next, base) : undefined } : null;
}

/**
 * Our own JSON (docs/schemas): a list endpoint answers `{ items: [...], next?: url }` or a bare
 * array; a comment is POSTed as `{ name, body, parentId }` and the answer is the created comment.
 */
export const ours: Adapter = {
  first: (src) => src,
  toComment: (raw) => raw,
  toArticle: (raw) => raw,
  page: (data, { url }) => listPage(data, url),
  post: (action, comment) => ({ url: action, body: comment }),
  created: (data) => data,
};
