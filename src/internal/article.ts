import { parseDate } from './dates.js';
import { safeUrl, sameUrl } from './url.js';

/**
 * The Article shape shared by the card, the related-articles list and the adapters
 * (docs/schemas/article.schema.json).
 */
export interface ArticleImage {
  src: string;
  srcset?: string;
  sizes?: string;
  alt: string;
  width?: number;
  height?: number;
  credit?: string;
  caption?: string;
}

export interface Article {
  id?: string | number;
  url: string;
  title: string;
  category?: string;
  categoryUrl?: string;
  standfirst?: string;
  image?: ArticleImage;
  author?: string;
  published: string;
  updated?: string;
  readingMinutes?: number;
}

const text = (value: unknown, max = 2000): string | undefined =>
  typeof value === 'string' && value.trim()
    ? value.trim().slice(0, max)
    : typeof value === 'number'
      ? String(value)
      : undefined;

const dimension = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && n < 100_000 ? Math.round(n) : undefined;
};

/** Keeps only the `srcset` candidates whose URL is a safe image URL. */
export function safeSrcset(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept = value
    .split(/,(?=\s*\S+\s+\d)|,\s+/)
    .map((candidate) => candidate.trim())
    .filter((candidate) => {
      const [url] = candidate.split(/\s+/);
      return url && safeUrl(url, 'image');
    });
  return kept.length ? kept.join(', ') : undefined;
}

export interface NormalizeProblem {
  field: string;
  value: unknown;
}

/**
 * Turns untrusted input into an Article, or `null` when it lacks a title or a safe URL. Unsafe
 * URLs (javascript:, data:, …) are dropped; strings are kept as text (never parsed as HTML).
 * `problems` collects what was dropped, for one console warning by the caller.
 */
export function normalizeArticle(input: unknown, problems: NormalizeProblem[] = []): Article | null {
  if (!input || typeof input !== 'object') {
    problems.push({ field: 'article', value: input });
    return null;
  }
  const raw = input as Record<string, unknown>;
  const title = text(raw.title, 500);
  const url = safeUrl(raw.url);
  if (!title) problems.push({ field: 'title', value: raw.title });
  if (!url) problems.push({ field: 'url', value: raw.url });
  if (!title || !url) return null;
  const article: Article = { url, title, published: '' };
  const id = raw.id;
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) article.id = id;
  const category = text(raw.category, 200);
  if (category) article.category = category;
  if (raw.categoryUrl !== undefined) {
    const categoryUrl = safeUrl(raw.categoryUrl);
    if (categoryUrl) article.categoryUrl = categoryUrl;
    else problems.push({ field: 'categoryUrl', value: raw.categoryUrl });
  }
  const standfirst = text(raw.standfirst);
  if (standfirst) article.standfirst = standfirst;
  const author = text(raw.author, 200);
  if (author) article.author = author;
  const published = typeof raw.published === 'string' && parseDate(raw.published) ? raw.published : undefined;
  if (published) article.published = published;
  else if (raw.published !== undefined) problems.push({ field: 'published', value: raw.published });
  const updated = typeof raw.updated === 'string' && parseDate(raw.updated) ? raw.updated : undefined;
  if (updated) article.updated = updated;
  const minutes = dimension(raw.readingMinutes);
  if (minutes) article.readingMinutes = minutes;
  if (raw.image && typeof raw.image === 'object') {
    const img = raw.image as Record<string, unknown>;
    const src = safeUrl(img.src, 'image');
    if (src) {
      article.image = { src, alt: text(img.alt, 500) ?? '' };
      const srcset = safeSrcset(img.srcset);
      if (srcset) article.image.srcset = srcset;
      const sizes = text(img.sizes, 500);
      if (sizes) article.image.sizes = sizes;
      const width = dimension(img.width);
      const height = dimension(img.height);
      if (width && height) Object.assign(article.image, { width, height });
      const credit = text(img.credit, 200);
      if (credit) article.image.credit = credit;
      const caption = text(img.caption, 1000);
      if (caption) article.image.caption = caption;
    } else {
      problems.push({ field: 'image.src', value: img.src });
    }
  }
  return article;
}

/** The problems of one input, in words: `no url`, `image.src "javascript:x"`. */
const describe = ({ field, value }: NormalizeProblem) =>
  value === undefined || value === '' ? `no ${field}` : `${field} ${JSON.stringify(value)?.slice(0, 80)}`;

/**
 * A list of untrusted inputs as the articles to show: the valid ones, each URL once, none at
 * `exclude`, at most `limit` of them. Only what is needed is read: the inputs up to the `limit`-th
 * article, and never more than ten inputs per article asked for (a list of only invalid items is
 * not read to its end). `problems` names, for one console warning, the inputs skipped (no title or
 * no safe URL) and those that lost unsafe or invalid fields; it is empty when there is nothing to say.
 */
export function normalizeArticles(
  list: readonly unknown[],
  exclude?: string,
  limit = Infinity,
): { items: Article[]; problems: string } {
  const skipped: string[] = [];
  const dropped: string[] = [];
  const urls = new Set(exclude ? [sameUrl(exclude)] : []);
  const items: Article[] = [];
  const end = Math.min(list.length, Math.max(limit * 10, 100));
  let read = 0;
  for (; read < end && items.length < limit; read++) {
    const input = list[read];
    const problems: NormalizeProblem[] = [];
    const article = normalizeArticle(input, problems);
    const title = (input as { title?: unknown })?.title;
    const quoted = typeof title === 'string' && title ? ` "${title.slice(0, 60)}"` : '';
    const name = `#${read + 1}${quoted} (${problems.map(describe).join(', ')})`;
    if (!article) skipped.push(name);
    else if (problems.length) dropped.push(name);
    if (!article || urls.has(sameUrl(article.url))) continue;
    urls.add(sameUrl(article.url));
    items.push(article);
  }
  const problems = [
    skipped.length &&
      `skipped ${skipped.length} of ${read} articles without a title or a safe URL: ${skipped.join('; ')}.`,
    dropped.length && `Dropped unsafe or invalid fields: ${dropped.join('; ')}.`,
  ];
  return { items, problems: problems.filter(Boolean).join(' ') };
}
