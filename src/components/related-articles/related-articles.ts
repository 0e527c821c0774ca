import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TaskStatus } from '@lit/task';
import { SourceController, type InlineSource } from '../../controllers/source.js';
import { normalizeArticles, type Article } from '../../internal/article.js';
import { DEFAULT_TIMEOUT, LoadError, type LoadErrorKind } from '../../internal/fetch-json.js';
import { SECTION_HEADING_LEVELS, sectionHeading } from '../../internal/heading.js';
import { KqElement } from '../../internal/kiosque-element.js';
import { safeUrl, sameUrl } from '../../internal/url.js';
import { oneOf } from '../../internal/one-of.js';
import { forgetWarning, warn } from '../../internal/warn.js';
import { tokens } from '../../styles/tokens.js';
import { KqRelativeTime } from '../relative-time/relative-time.js';
import styles from './related-articles.styles.js';

export const LAYOUTS = ['list', 'compact', 'thumbnails'] as const;
export type RelatedLayout = (typeof LAYOUTS)[number];

/** Detail of `kq-impression` and `kq-article-click`: the article and its 1-based position in the list. */
export interface RelatedArticleDetail {
  article: Article;
  position: number;
}
/** Detail of `kq-load`: the articles rendered (after `exclude` and `max`). */
export interface RelatedLoadDetail {
  items: Article[];
}
/** Detail of `kq-error`: why loading failed, in words for the console (readers see a localized message). */
export interface RelatedErrorDetail {
  kind: LoadErrorKind;
  message: string;
  status?: number;
}

/** What a mistaken `articles` value shows: no article (the same list every time, so nothing new to report). */
const NO_ARTICLES: readonly unknown[] = [];

/** The articles shown when `max` is unset. */
export const DEFAULT_MAX = 10;
/** The most articles shown, whatever `max` says: rendering more would hold the page up. */
export const MAX_ARTICLES = 50;
/** The most bytes read of a `src` answer: parsing a longer one would hold the page up (docs/adapters.md). */
export const MAX_BYTES = 1_000_000;

/**
 * The "À lire aussi" sidebar: related articles with their category, relative date and linked
 * title, from the `articles` property, an inline `<script type="application/json">` child
 * (an array or `{ items }`), a `src` URL answering `{ items, next? }` (fetched when the element
 * nears the viewport), or the server-rendered links it wraps, shown as they are until data renders.
 *
 * It shows `max` articles, 10 when unset, 50 at most, and reads no more than it shows: the other items
 * of a long list are never looked at, and a `src` answer over 1 MB is not read (an error, and
 * one console message saying so), so that a large answer never holds the page up.
 *
 * Loading shows a skeleton of `max` rows (4 when unset; `--kq-related-min-height` reserves more),
 * failure a localized message with a retry button; an empty list hides the element unless
 * `show-empty` or `empty-message` asks for a message. When server-rendered links are slotted, they
 * stay in place of the skeleton and of the error message.
 *
 * Analytics never touch the URLs: `kq-impression` fires once per article when half of it has
 * been seen, `kq-article-click` when its link is followed.
 *
 * @summary The "À lire aussi" / "Related articles" list, from any data source.
 * @tag kq-related-articles
 * @dependency kq-relative-time
 *
 * @slot - Server-rendered links (e.g. a heading and a `<ul>` of `<li><a href>`): the no-JavaScript
 * view, shown until data renders. An inline `<script type="application/json">` child is read as data.
 *
 * @csspart base - The `<section>` landmark.
 * @csspart heading - The heading ("À lire aussi"), an `<h2>` unless `heading-level` says otherwise.
 * @csspart list - The `<ul>` of articles.
 * @csspart item - One `<li>`.
 * @csspart image - A thumbnail (`layout="thumbnails"`).
 * @csspart meta - The line with the category and the date.
 * @csspart category - The category of an article.
 * @csspart time - The `<kq-relative-time>` of an article.
 * @csspart link - The title link (it covers the whole item).
 * @csspart excerpt - The standfirst, when given (not in `compact`).
 * @csspart skeleton - The placeholder list shown while loading.
 * @csspart empty - The empty-state message.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 *
 * @cssprop --kq-related-min-height - Height reserved before data arrives (default: the skeleton's own height).
 * @cssprop --kq-related-thumb-size - Width of the thumbnails (6rem); they keep a 3:2 box, so nothing
 * shifts when they load.
 * @cssprop --kq-color-accent - Colour of the categories.
 * @cssprop --kq-color-muted - Colour of the dates.
 * @cssprop --kq-color-border - Separators between items.
 * @cssprop --kq-color-subtle - Skeleton and thumbnail placeholder.
 *
 * @event {CustomEvent<RelatedLoadDetail>} kq-load - Data from `src` or the inline JSON rendered. Not
 * fired for the `articles` property.
 * @event {CustomEvent<RelatedErrorDetail>} kq-error - Loading from `src` or the inline JSON failed;
 * the error state shows.
 * @event {CustomEvent<RelatedArticleDetail>} kq-impression - An article was seen for the first time
 * (half of it in the viewport).
 * @event {CustomEvent<RelatedArticleDetail>} kq-article-click - A reader followed an article's link.
 */
export class KqRelatedArticles extends KqElement {
  static override styles = [tokens, styles];
  static override dependencies = { 'kq-relative-time': KqRelativeTime };

  /** The articles (Article objects); takes precedence over the inline JSON and `src`. */
  @property({ attribute: false }) articles?: unknown[];

  /** A URL answering `{ items: Article[], next?: string }`, fetched when the element nears the viewport. */
  @property() src?: string;

  /**
   * The platform `src` speaks: `ours` (default, our JSON) or `wordpress` (`/wp/v2/posts`, with
   * categories and images through `_embed`); see docs/adapters.md.
   */
  @property() adapter?: string;

  /** The most articles shown: 10 when unset, 50 at most; also the number of skeleton rows while loading. */
  @property({ type: Number }) max?: number;

  /** The current article's URL, left out of the list (compared as absolute URLs, without the fragment). */
  @property() exclude?: string;

  /** `list` (category, date, title), `compact` (title and date) or `thumbnails` (with images and excerpts). */
  @property({ reflect: true }) layout: RelatedLayout = 'list';

  /** The heading text; "À lire aussi" / "Related articles" by default. */
  @property() heading?: string;

  /** The heading's level, 2 (default) to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** A message shown when there is no article (the element is hidden otherwise). */
  @property({ attribute: 'empty-message' }) emptyMessage?: string;

  /** Shows the localized empty-state message instead of hiding the element. */
  @property({ type: Boolean, attribute: 'show-empty' }) showEmpty = false;

  /** How long `src` may take to answer, in milliseconds. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  /** The thumbnails' `sizes` when an image gives none. */
  @property() sizes = '6rem';

  /** The list written in the page (an inline JSON child), read on connect and again on retry. */
  @state() private inline?: InlineSource;

  /** The list rendered (untrusted, before normalizing), to tell new data from a re-render. */
  #list?: readonly unknown[];
  #items?: Article[];
  /** The failure shown, as it came (to report each once), and as a LoadError. */
  #failure?: unknown;
  #error?: LoadError;
  /** The event that the update in progress reports once rendered. */
  #report?: () => void;
  #seen = new Set<string>();
  #observer?: IntersectionObserver;

  readonly #source = new SourceController(
    this,
    'articles',
    () => [this.articles || this.inline ? undefined : this.#src(), this.adapter, this.timeout],
    undefined,
    { maxBytes: MAX_BYTES },
  );
  readonly #task = this.#source.task;

  #src() {
    return (this.src && safeUrl(this.src, 'image')) || undefined; // http(s) only
  }

  /** The error a refused `src` shows (one per value, so that it is reported once). */
  #refused?: [src: string, error: LoadError];

  override connectedCallback(): void {
    super.connectedCallback();
    this.inline ??= this.#source.inline();
    if (this.hasUpdated) this.#observe(); // back in the page: impressions are watched again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Loads again after an error: refetches `src`, or re-reads the inline JSON. */
  retry(): void {
    this.inline = this.#source.inline();
    if (!this.articles && !this.inline) this.#task.run();
  }

  /** What there is to show: the articles (untrusted), or why they cannot show; neither while loading. */
  #read(): { list?: readonly unknown[]; error?: unknown } {
    const articles: unknown = this.articles;
    if (articles) {
      // The property may be anything at run time: an array, `{ items }`, or a mistake (no article).
      const items = Array.isArray(articles) ? articles : (articles as { items?: unknown }).items;
      return { list: Array.isArray(items) ? items : NO_ARTICLES };
    }
    if (this.inline) return { list: this.inline.page?.items, error: this.inline.error };
    if (this.src && !this.#src()) {
      // Nothing is fetched: the error state, not a skeleton that loads forever.
      if (this.#refused?.[0] !== this.src)
        this.#refused = [
          this.src,
          new LoadError('network', `src="${this.src}" is not an http(s) URL; nothing is fetched`),
        ];
      return { error: this.#refused[1] };
    }
    const task = this.#task;
    if (task.status === TaskStatus.COMPLETE) return { list: task.value!.items };
    if (task.status === TaskStatus.ERROR && (task.error as Error)?.name !== 'AbortError') return { error: task.error };
    return {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { list, error } = this.#read();
    if (error) {
      if (error !== this.#failure) {
        this.#failure = error;
        const e = (this.#error = error instanceof LoadError ? error : new LoadError('network', String(error)));
        forgetWarning(this, 'load');
        warn(this, 'load', `loading failed: ${e.message}`);
        this.#report = () => this.emit('kq-error', { kind: e.kind, message: e.message, status: e.status });
      }
      this.#list = this.#items = undefined;
      return;
    }
    this.#failure = this.#error = undefined;
    const fresh = list !== this.#list;
    if (fresh || changed.has('max') || changed.has('exclude')) {
      this.#list = list;
      const items = (this.#items = list && this.#normalize(list));
      // An event for data that arrived, not for the owner's own property changes.
      if (items && !this.articles && fresh) this.#report = () => this.emit('kq-load', { items });
    }
  }

  #normalize(list: readonly unknown[]): Article[] {
    const { items, problems } = normalizeArticles(list, this.exclude, this.#max());
    forgetWarning(this, 'items');
    if (problems) warn(this, 'items', problems);
    return items;
  }

  /** How many articles to show: `max`, else the default, never past the ceiling. */
  #max(): number {
    const max = Math.floor(Number(this.max));
    if (!(max > 0)) return DEFAULT_MAX;
    if (max > MAX_ARTICLES) warn(this, `max ${max}`, `max="${this.max}": showing at most ${MAX_ARTICLES} articles`);
    return Math.min(max, MAX_ARTICLES);
  }

  protected override updated(): void {
    const report = this.#report;
    this.#report = undefined;
    report?.();
    this.#observe();
  }

  /** Watches the rendered items for impressions, each article once. */
  #observe() {
    const items = this.#items;
    const rows = this.shadowRoot!.querySelectorAll<HTMLElement>('li[data-i]');
    // Not while disconnected (Lit renders an element removed before its first update too).
    if (!items || !rows.length || !this.isConnected || typeof IntersectionObserver === 'undefined') return;
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          this.#observer?.unobserve(entry.target);
          const position = Number((entry.target as HTMLElement).dataset.i) + 1;
          const article = this.#items?.[position - 1];
          if (!article || this.#seen.has(sameUrl(article.url))) continue;
          this.#seen.add(sameUrl(article.url));
          this.emit('kq-impression', { article, position });
        }
      },
      { threshold: 0.5 },
    );
    this.#observer.disconnect();
    rows.forEach((row, i) => {
      if (!this.#seen.has(sameUrl(items[i].url))) this.#observer!.observe(row);
    });
  }

  /** A click, or a middle click (opens a new tab), on a title link. */
  #onClick(event: MouseEvent) {
    if (event.button > 1) return;
    const link = (event.target as Element).closest?.('a[part=link]');
    const row = link?.closest<HTMLElement>('li[data-i]');
    const position = Number(row?.dataset.i) + 1;
    const article = this.#items?.[position - 1];
    if (article) this.emit('kq-article-click', { article, position });
  }

  protected override render() {
    const items = this.#items;
    if (!items && [...this.children].some((child) => child.localName !== 'script')) return html`<slot></slot>`;
    const empty = items?.length === 0;
    if (empty && !this.showEmpty && !this.emptyMessage) return nothing;
    const level = oneOf(this, 'heading-level', this.headingLevel, SECTION_HEADING_LEVELS, 2);
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'list');
    const t = this.localize;
    const loading = !items && !this.#error;
    return html`<section part="base" aria-labelledby="heading" aria-busy=${loading ? 'true' : 'false'}>
      ${sectionHeading(level, this.heading || t.term('relatedHeading'))}
      ${
        this.#error
          ? html`<div part="error">
              <p>${t.term('loadError')}</p>
              <button part="retry" type="button" @click=${this.retry}>${t.term('retry')}</button>
            </div>`
          : loading
            ? html`<span class="visually-hidden">${t.term('loading')}</span>
                <ul part="skeleton" aria-hidden="true">
                  ${Array.from(
                    { length: Math.min(Number(this.max) || 4, 20) },
                    () =>
                      html`<li>
                        <i class="image"></i><span><i></i><i></i><i></i></span>
                      </li>`,
                  )}
                </ul>`
            : empty
              ? html`<p part="empty">${this.emptyMessage || t.term('emptyArticles')}</p>`
              : html`<ul part="list" role="list" @click=${this.#onClick} @auxclick=${this.#onClick}>
                  ${items!.map((a, i) => this.#item(a, i, layout))}
                </ul>`
      }
    </section>`;
  }

  #item(a: Article, i: number, layout: RelatedLayout) {
    const img = layout === 'thumbnails' ? a.image : undefined;
    return html`<li part="item" data-i=${i}>
      ${
        img
          ? html`<img
              part="image"
              src=${img.src}
              srcset=${ifDefined(img.srcset)}
              sizes=${ifDefined(img.srcset ? img.sizes || this.sizes : undefined)}
              width=${ifDefined(img.width)}
              height=${ifDefined(img.height)}
              alt=""
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }
      <span>
        <span part="meta">
          ${a.category && layout !== 'compact' ? html`<span part="category">${a.category}</span>` : nothing}
          ${a.published ? html`<kq-relative-time part="time" datetime=${a.published}></kq-relative-time>` : nothing}
        </span>
        <a part="link" href=${a.url}>${a.title}</a>
        ${a.standfirst && layout === 'thumbnails' ? html`<span part="excerpt">${a.standfirst}</span>` : nothing}
      </span>
    </li>`;
  }
}
