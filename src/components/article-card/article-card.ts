import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { normalizeArticle, type Article, type NormalizeProblem } from '../../internal/article.js';
import { KqElement } from '../../internal/kiosque-element.js';
import { HEADING_LEVELS, oneOf, type HeadingLevel } from '../../internal/one-of.js';
import { countWords, readingMinutes } from '../../internal/reading.js';
import { safeUrl } from '../../internal/url.js';
import { warn } from '../../internal/warn.js';
import { KqRelativeTime } from '../relative-time/relative-time.js';
import styles from './article-card.styles.js';

export { HEADING_LEVELS, type HeadingLevel };
export const VARIANTS = ['card', 'horizontal', 'compact', 'header'] as const;

export type ArticleCardVariant = (typeof VARIANTS)[number];

const headings: Array<(content: unknown, itemprop: unknown) => TemplateResult> = [
  (c, i) => html`<h1 part="headline" itemprop=${i}>${c}</h1>`,
  (c, i) => html`<h2 part="headline" itemprop=${i}>${c}</h2>`,
  (c, i) => html`<h3 part="headline" itemprop=${i}>${c}</h3>`,
  (c, i) => html`<h4 part="headline" itemprop=${i}>${c}</h4>`,
  (c, i) => html`<h5 part="headline" itemprop=${i}>${c}</h5>`,
  (c, i) => html`<h6 part="headline" itemprop=${i}>${c}</h6>`,
];

/**
 * An article teaser (`card`, `horizontal`, `compact`) or the top of an article page (`header`:
 * kicker, headline, standfirst, byline, date, lead image with caption and credit).
 *
 * Data comes from attributes, from the `article` property (which wins field by field), or, until
 * either gives a headline, from the server-rendered light DOM shown as is: that markup is what
 * readers without JavaScript and crawlers see.
 *
 * A teaser has exactly one link, its headline, stretched over the whole card: the category is
 * plain text there (`category-url` is only linked in the `header` variant). Its text stays
 * selectable: a click that ends a selection does not follow the link.
 *
 * @summary An article teaser or article header, from attributes, an Article object or server markup.
 * @tag kq-article-card
 * @dependency kq-relative-time
 *
 * @slot - Server-rendered fallback (e.g. `<h3><a href>…</a></h3><p>…</p>`), shown until a `headline`
 * or `article` is given.
 * @slot body - The article body. Shown after the header in the `header` variant; in the other
 * variants it is hidden and only used to compute the reading time.
 *
 * @csspart card - The `<article>` container.
 * @csspart figure - The image's `<figure>`.
 * @csspart image - The `<img>`.
 * @csspart caption - The image caption (`header` variant).
 * @csspart credit - The photo credit (`header` variant).
 * @csspart content - The text column.
 * @csspart category - The category or kicker.
 * @csspart headline - The heading.
 * @csspart link - The headline link, stretched over the card.
 * @csspart standfirst - The standfirst.
 * @csspart meta - The line with the date, author and reading time.
 * @csspart date - The `kq-relative-time` of the publication date.
 * @csspart byline - The author.
 * @csspart reading-time - The reading time.
 *
 * @cssprop --kq-card-padding - Inner padding of the card variants.
 * @cssprop --kq-card-image-size - Width of the image in the `horizontal` variant.
 * @cssprop --kq-headline-font - Font of the headline.
 * @cssprop --kq-color-accent - Kicker and link hover colour.
 */
export class KqArticleCard extends KqElement {
  static override styles = styles;
  static override dependencies = { 'kq-relative-time': KqRelativeTime };

  /**
   * `card` (vertical teaser), `horizontal` (image beside the text), `compact` (category, date and
   * title), `header` (top of the article page).
   */
  @property({ reflect: true }) variant: ArticleCardVariant = 'card';

  /**
   * The article, as an Article object: `{ url, title, category?, categoryUrl?, standfirst?, image?,
   * author?, published, updated?, readingMinutes? }`. Wins over attributes field by field.
   */
  @property({ attribute: false }) article?: Article;

  /** Link of the article (http(s), relative, mailto: or tel:; anything else is dropped with a warning). */
  @property() href?: string;
  @property() headline?: string;
  /** Category, shown as the kicker. */
  @property() category?: string;
  /** Link of the category; used by the `header` variant only, so that a teaser keeps one link. */
  @property({ attribute: 'category-url' }) categoryUrl?: string;
  @property() standfirst?: string;
  /** Image URL (http(s) or relative). */
  @property() src?: string;
  @property() srcset?: string;
  /** Image `sizes`, e.g. `(min-width: 60rem) 33vw, 100vw`. */
  @property() sizes?: string;
  /** Intrinsic width and height of the image: they reserve its space (no layout shift). */
  @property({ type: Number }) width?: number;
  @property({ type: Number }) height?: number;
  /** Text alternative of the image; empty when the image is decorative. */
  @property() alt?: string;
  /** Photo credit (`header` variant): "© AFP". */
  @property() credit?: string;
  /** Image caption (`header` variant). */
  @property() caption?: string;
  @property() author?: string;
  /** Publication date, ISO 8601, shown with `kq-relative-time`. */
  @property() published?: string;
  /** Last update, ISO 8601 (`header` variant). Attribute `updated` (the property name `updated` is Lit's). */
  @property({ attribute: 'updated' }) lastUpdated?: string;
  /** Reading time in minutes; computed from the `body` slot when absent. */
  @property({ type: Number, attribute: 'reading-minutes' }) readingMinutes?: number;
  /** Heading level of the headline: 3 by default, 1 in the `header` variant. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;
  /** The page's largest image: loaded eagerly with high fetch priority instead of lazily. */
  @property({ type: Boolean }) priority = false;
  /** Adds schema.org NewsArticle microdata (for the page's main article). */
  @property({ type: Boolean }) microdata = false;

  @state() private imageFailed = false;
  @state() private bodyWords = 0;

  #data: Article | null = null;
  #href: string | null = null;

  protected override willUpdate(): void {
    const given = this.article;
    const attributes: Record<string, unknown> = {
      title: this.headline,
      category: this.category,
      categoryUrl: this.categoryUrl,
      standfirst: this.standfirst,
      author: this.author,
      published: this.published,
      updated: this.lastUpdated,
      readingMinutes: this.readingMinutes,
      url: this.href,
      image:
        this.src === undefined
          ? undefined
          : {
              src: this.src,
              srcset: this.srcset,
              sizes: this.sizes,
              alt: this.alt,
              width: this.width,
              height: this.height,
              credit: this.credit,
              caption: this.caption,
            },
    };
    const input = given && typeof given === 'object' ? { ...attributes, ...given } : attributes;
    const problems: NormalizeProblem[] = [];
    let data: Article | null = null;
    if (given !== undefined && (!given || typeof given !== 'object')) problems.push({ field: 'article', value: given });
    else if (given || this.headline !== undefined) {
      // The link is judged apart: a card whose link is unsafe still shows its text, unlinked.
      data = normalizeArticle({ ...input, url: '#' }, problems);
      if (!data) warn(this, 'no-headline', 'no headline given; showing the slotted content.');
    }
    const url = input.url;
    this.#href = url == null || url === '' ? null : safeUrl(url);
    if (url && !this.#href) problems.push({ field: 'href', value: url });
    for (const { field, value } of problems) {
      if (field === 'title' || value === '') continue;
      // Data may be any JSON: {"toString": 0} makes String() throw, so it is only ever JSON-quoted.
      let shown: string = typeof value;
      try {
        shown = JSON.stringify(value) ?? shown;
      } catch {
        // a cycle or a BigInt: its type says enough
      }
      warn(this, `${field}:${shown}`, `${field} ${shown} is invalid or unsafe and was dropped.`);
    }
    if (data?.image?.src !== this.#data?.image?.src) this.imageFailed = false;
    this.#data = data;
  }

  #onBodyChange(event: Event): void {
    const text = (event.target as HTMLSlotElement)
      .assignedElements()
      .map((el) => el.textContent)
      .join(' ');
    this.bodyWords = countWords(text, this.localize.locale);
  }

  /** A click on the card's text follows the headline link, unless it ends a text selection. */
  #onClick(event: MouseEvent): void {
    const link = this.renderRoot.querySelector<HTMLAnchorElement>('a[part~="link"]');
    if (
      !link ||
      event.defaultPrevented ||
      event.composedPath().some((n) => n instanceof HTMLAnchorElement || n instanceof HTMLButtonElement)
    )
      return;
    const selection = getSelection();
    const ranges = selection?.getComposedRanges?.({ shadowRoots: [this.shadowRoot!] }) ?? [];
    if (String(selection ?? '') || ranges.some((range) => !range.collapsed)) return;
    link.click();
  }

  #onImageError(): void {
    this.imageFailed = true;
  }

  protected override render() {
    const a = this.#data;
    const body = html`<slot name="body" ?hidden=${this.variant !== 'header'} @slotchange=${this.#onBodyChange}></slot>`;
    if (!a) return html`<slot></slot>${body}`;
    const variant = oneOf(this, 'variant', this.variant, VARIANTS, 'card');
    const header = variant === 'header';
    const md = this.microdata;
    const ip = (name: string) => (md ? name : nothing);
    const term = this.localize.term.bind(this.localize);
    // A localized phrase split around its argument ("Par {name}" → ["Par ", ""]), to put markup there.
    const around = (key: 'byAuthor' | 'updatedOn') => term(key, '\u0000').split('\u0000');
    const level = oneOf(this, 'heading-level', this.headingLevel, HEADING_LEVELS, header ? 1 : 3);
    const minutes = a.readingMinutes ?? readingMinutes(this.bodyWords);

    const image = a.image && !this.imageFailed && variant !== 'compact' ? a.image : undefined;
    const caption = header && image && (image.caption || image.credit);
    const figure = image
      ? html`<figure part="figure">
          <img
            part="image"
            itemprop=${ip('image')}
            src=${image.src}
            srcset=${image.srcset ?? nothing}
            sizes=${image.sizes ?? nothing}
            width=${image.width ?? nothing}
            height=${image.height ?? nothing}
            alt=${image.alt}
            loading=${this.priority ? 'eager' : 'lazy'}
            fetchpriority=${this.priority ? 'high' : nothing}
            @error=${this.#onImageError}
          />${
            caption
              ? html`<figcaption part="caption">
                  ${image.caption}
                  ${image.credit ? html`<small part="credit">${term('photoCredit', image.credit)}</small>` : nothing}
                </figcaption>`
              : nothing
          }
        </figure>`
      : nothing;
    // The category is a link only in the header: a teaser has exactly one link.
    const categoryUrl = header && a.categoryUrl;
    const category = a.category
      ? html`<span part="category" itemprop=${ip('articleSection')}
          >${categoryUrl ? html`<a href=${categoryUrl}>${a.category}</a>` : a.category}</span
        >`
      : nothing;
    const date = a.published
      ? html`<kq-relative-time part="date" datetime=${a.published}></kq-relative-time>`
      : nothing;
    const [updatedBefore, updatedAfter] = around('updatedOn');
    const updated =
      header && a.updated
        ? html`<span part="updated"
            >${updatedBefore}<kq-relative-time datetime=${a.updated}></kq-relative-time>${updatedAfter}</span
          >`
        : nothing;
    const [byBefore, byAfter] = around('byAuthor');
    const byline = a.author
      ? html`<span part="byline"
          >${byBefore}<span itemprop=${ip('author')} ?itemscope=${md} itemtype=${ip('https://schema.org/Person')}
            ><span itemprop=${ip('name')}>${a.author}</span></span
          >${byAfter}</span
        >`
      : nothing;
    const reading = minutes ? html`<span part="reading-time">${term('readingTime', minutes)}</span>` : nothing;
    const title = header || !this.#href ? a.title : html`<a part="link" href=${this.#href}>${a.title}</a>`;
    const headline = headings[level - 1](title, ip('headline'));
    const standfirst =
      a.standfirst && variant !== 'compact'
        ? html`<p part="standfirst" itemprop=${ip('description')}>${a.standfirst}</p>`
        : nothing;
    /** A line of meta data, left out when empty. */
    const meta = (kicker: boolean, ...items: unknown[]) =>
      items.some((item) => item !== nothing)
        ? html`<p part="meta" class=${kicker ? 'kicker' : ''}>${items}</p>`
        : nothing;
    const datePublished = a.published ? html`<meta itemprop="datePublished" content=${a.published} />` : nothing;
    const dateModified = a.updated ? html`<meta itemprop="dateModified" content=${a.updated} />` : nothing;
    const url = this.#href ? html`<link itemprop="url" href=${this.#href} />` : nothing;
    const microdata = md ? html`${datePublished}${dateModified}${url}` : nothing;

    const content = header
      ? html`<header part="content">
          ${a.category ? html`<p>${category}</p>` : nothing}${headline}${standfirst}
          ${meta(false, byline, date, updated, reading)}${figure}
        </header>`
      : html`${figure}
          <div part="content">
            ${meta(true, category, date)}${headline}${standfirst}
            ${variant === 'compact' ? nothing : meta(false, byline, reading)}
          </div>`;
    return html`<article
      part="card"
      class=${variant}
      @click=${header ? nothing : this.#onClick}
      ?itemscope=${md}
      itemtype=${ip('https://schema.org/NewsArticle')}
    >
      ${content}${body}${microdata}
    </article>`;
  }
}
