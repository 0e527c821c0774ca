import { decodeReferences, htmlText as text } from '../internal/html-text.js';
import type { Adapter, AdapterPage, ListKind } from './types.js';

/**
 * WordPress's REST API (`/wp-json/wp/v2/…` or `/?rest_route=/wp/v2/…`):
 *
 * - `kq-comment-thread src=".../wp/v2/comments?post=ID"`: approved comments, oldest first unless
 *   the URL says otherwise, paged with the API's own `X-WP-TotalPages`; `parent` gives the replies,
 *   `date_gmt` the dates, `content.rendered` the HTML bodies (sanitized by DOMPurify), the ids
 *   WordPress's own `#comment-ID` permalinks. `action` (the same URL) POSTs a comment; a comment
 *   held for moderation (`hold`) shows as pending, one trashed or marked as spam on arrival reads as
 *   not accepted, and the refusals WordPress names (closed, duplicate) read as such.
 * - `kq-related-articles src=".../wp/v2/posts?tags=ID&exclude=ID"`: posts with their category
 *   and featured image through `_embed`, titles decoded as text.
 */

/** Text of WordPress's rendered HTML (entities decoded), on one line; never parsed into a document. */
export const htmlText = (value: unknown): string => (typeof value == 'string' ? text(value).replace(/\s+/g, ' ') : '');

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** WordPress's `*_gmt` fields carry no zone: they are UTC. */
const gmt = (value: unknown, local?: unknown) =>
  typeof value == 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(value)
    ? `${value}Z`
    : typeof local == 'string'
      ? local
      : undefined;

const STATUSES: Record<string, string> = { approved: 'published', hold: 'pending', trash: 'deleted', spam: 'deleted' };

/** A WordPress comment as our Comment (untrusted: normalized by the component). */
export function toComment(input: unknown): unknown {
  const c = Object(input) as Raw;
  const avatars = Object(c.author_avatar_urls) as Raw;
  return {
    id: c.id,
    parentId: c.parent || undefined,
    // WordPress stores and serves names HTML-escaped (`Marie &amp; Paul`): the references decoded, the
    // rest kept as it is (a `<b>` stored behind WordPress's filters stays visible text).
    author: {
      name: typeof c.author_name == 'string' ? decodeReferences(c.author_name) : c.author_name,
      url: c.author_url || undefined,
      avatar: avatars[96] ?? avatars[48] ?? avatars[24],
    },
    published: gmt(c.date_gmt, c.date),
    body: c.content?.rendered ?? '',
    status: STATUSES[c.status] ?? 'published',
  };
}

/** A WordPress post (with `_embed`) as our Article (untrusted: normalized by the component). */
export function toArticle(input: unknown): unknown {
  const p = Object(input) as Raw;
  const embedded = Object(p._embedded) as Raw;
  const terms: Raw[] = (Array.isArray(embedded['wp:term']) ? embedded['wp:term'] : []).flat().filter(Boolean);
  const category = terms.find((t) => t.taxonomy == 'category') ?? terms[0];
  const media = embedded['wp:featuredmedia']?.[0] as Raw | undefined;
  const details = Object(media?.media_details) as Raw;
  const sizes = Object.values(Object(details.sizes) as Record<string, Raw>).filter((s) => s?.source_url && s.width);
  return {
    id: p.id,
    url: p.link,
    title: htmlText(p.title?.rendered),
    category: htmlText(category?.name) || undefined,
    categoryUrl: category?.link,
    standfirst: p.excerpt?.protected ? undefined : htmlText(p.excerpt?.rendered) || undefined,
    image: media?.source_url
      ? {
          src: media.source_url,
          srcset: sizes.map((s) => `${s.source_url} ${s.width}w`).join(', ') || undefined,
          alt: htmlText(media.alt_text),
          width: details.width,
          height: details.height,
          caption: htmlText(media.caption?.rendered) || undefined,
        }
      : undefined,
    author: htmlText(embedded.author?.[0]?.name) || undefined,
    published: gmt(p.date_gmt, p.date),
    updated: p.modified_gmt && p.modified_gmt != p.date_gmt ? gmt(p.modified_gmt) : undefined,
  };
}

/** `url` with `name=value` when it has no `name` yet. */
const withDefault = (url: URL, name: string, value: string) =>
  url.searchParams.has(name) || url.searchParams.set(name, value);

/** A comment's `date`: the site's wall-clock time, to the second. */
const WALL_CLOCK = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;

/**
 * The page of comments after `data` by a cursor, not an offset: a comment a moderator removes from
 * the pages already shown shifts no other one out of sight, and a new one brings none back twice.
 * WordPress 6.1 filters `after` and `before` on `comment_date` (the site's wall-clock time, to the
 * second), strictly, and `first` orders the list by that same column (`orderby=date`, then by id):
 * the next page is what comes after the last comment's second minus one (newest first: before it
 * plus one), less the comments of that second already shown (`exclude`: this page's, and the pages'
 * before it when they ended on the same second). Undefined when the last comment has no such date.
 */
function cursor(data: unknown[], url: URL): string | undefined {
  const date = (Object(data[data.length - 1]) as Raw).date;
  const time = typeof date == 'string' && WALL_CLOCK.test(date) ? Date.parse(`${date}Z`) : NaN;
  if (Number.isNaN(time)) return undefined;
  const bound = url.searchParams.get('order') == 'desc' ? 'before' : 'after';
  const second = new Date(time + (bound == 'after' ? -1000 : 1000)).toISOString().slice(0, 19);
  const shown = data.map((c) => Object(c) as Raw).filter((c) => c.date === date && Number.isInteger(c.id));
  const before = url.searchParams.get(bound) === second && url.searchParams.get('exclude');
  const ids = [...(before ? [before] : []), ...shown.map((c) => c.id)];
  const next = new URL(url);
  next.searchParams.set(bound, second);
  next.searchParams.set('exclude', ids.join(','));
  return next.href;
}

export const wordpress: Adapter = {
  html: true,
  toComment,
  toArticle,

  first(src: string, kind: ListKind) {
    const url = new URL(src, document.baseURI);
    // Posts come with their category, image and author.
    if (kind == 'articles') withDefault(url, '_embed', 'author,wp:featuredmedia,wp:term');
    else {
      // Comments read in conversation order, paged by a cursor on their date (see cursor); a list
      // with an order, exclusions or an offset of its own pages by number (`page=`) instead.
      withDefault(url, 'order', 'asc');
      withDefault(url, 'orderby', 'date');
      const own = [...url.searchParams.keys()].some((key) => /^(exclude|offset)\b/.test(key));
      if (own || url.searchParams.get('orderby') != 'date') withDefault(url, 'page', '1');
    }
    return url.href;
  },

  page(data, { url, headers }, kind) {
    if (!Array.isArray(data)) return null;
    const page: AdapterPage = { items: data.map(kind == 'comments' ? toComment : toArticle) };
    const next = new URL(url, document.baseURI);
    const byCursor = kind == 'comments' && !next.searchParams.has('page');
    // A page after the first by cursor counts only what is left: the first page's total stands.
    const total = Number(headers.get('X-WP-Total'));
    if (headers.has('X-WP-Total') && total >= 0 && !(byCursor && next.searchParams.has('exclude'))) page.total = total;
    const current = Number(next.searchParams.get('page')) || 1;
    if (current < Number(headers.get('X-WP-TotalPages'))) {
      const after = byCursor ? cursor(data, next) : undefined;
      next.searchParams.set('page', String(current + 1));
      page.next = after ?? next.href;
    }
    return page;
  },

  post(action, { name, body, parentId }, nonce) {
    const post = Number(new URL(action, document.baseURI).searchParams.get('post')) || undefined;
    // A logged-in reader (nonce) posts under their account's name; anyone else gives theirs.
    return {
      url: action,
      body: { post, parent: Number(parentId) || 0, content: body, ...(nonce ? {} : { author_name: name }) },
      headers: nonce ? { 'X-WP-Nonce': nonce } : undefined,
    };
  },

  created: toComment,

  /**
   * WordPress's error codes: `comment_duplicate` (409: it has this comment from this author on this
   * post already, held or published) and `rest_comment_closed` (403: no sign-in opens them).
   */
  refusal(_status, data) {
    const code = (Object(data) as { code?: unknown }).code;
    return code == 'comment_duplicate' ? 'duplicate' : code == 'rest_comment_closed' ? 'closed' : undefined;
  },

  /** `/wp/v2/comments/ID` (also as `?rest_route=`): a held comment answers 401, one deleted for good 404. */
  comment(src, id) {
    const url = new URL(src, document.baseURI);
    const route = url.searchParams.get('rest_route');
    const one = (path: string) => `${path.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
    url.hash = '';
    url.search = '';
    if (route === null) url.pathname = one(url.pathname);
    else url.searchParams.set('rest_route', one(route));
    return url.href;
  },
};
