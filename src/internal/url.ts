import { isServer } from 'lit';

/** Schemes a rendered link may use. Anything else (javascript:, data:, vbscript:, …) is dropped. */
export type UrlKind = 'link' | 'image';

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);
// Characters browsers strip or ignore inside a scheme: whitespace and C0 controls.
// eslint-disable-next-line no-control-regex
const IGNORED = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/**
 * A URL that is safe to render in `href` or `src`, or `null`. Relative URLs are allowed; absolute
 * ones must be http(s), or for links mailto: and tel:. Parsing follows the browser's own URL
 * parser against the page, so entity, case and whitespace tricks are judged as the browser would.
 */
export function safeUrl(value: unknown, kind: UrlKind = 'link'): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 8192) return null;
  let url: URL;
  try {
    // The server has no page: relative URLs are judged against a placeholder origin.
    url = new URL(trimmed, isServer ? 'http://localhost/' : document.baseURI);
  } catch {
    return null;
  }
  const schemes = kind === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES;
  if (!schemes.has(url.protocol)) return null;
  // A relative URL whose text still smuggles a scheme ("java\tscript:") is refused too.
  const compact = trimmed.replace(IGNORED, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme && !schemes.has(`${scheme}:`)) return null;
  return trimmed;
}

/** An absolute URL without its fragment or trailing slash: two links to the same page compare equal. */
export function sameUrl(url: string): string {
  try {
    const u = new URL(url, document.baseURI);
    u.hash = '';
    return u.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}
