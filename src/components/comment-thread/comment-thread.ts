import { Task, TaskStatus } from '@lit/task';
import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SourceController } from '../../controllers/source.js';
import type { NormalizeProblem } from '../../internal/article.js';
import { copyText } from '../../internal/clipboard.js';
import { commentTime, normalizeComment, type Comment } from '../../internal/comment.js';
import { listPage } from '../../adapters/ours.js';
import { formatAbsolute } from '../../internal/dates.js';
import { loadAdapter, postComment, type AdapterPage } from '../../adapters/adapter.js';
import { inlineJson, type LoadError } from '../../internal/fetch-json.js';
import { zoneOf } from '../../internal/intl.js';
import { KqElement } from '../../internal/kiosque-element.js';
import { oneOf } from '../../internal/one-of.js';
import { warn } from '../../internal/warn.js';
import { KqRelativeTime } from '../relative-time/relative-time.js';
import { BODY_FORMATS, htmlToText, loadSanitizer, textBody, UGC_REL, type BodyFormat, type Sanitize } from './body.js';
import styles from './comment-thread.styles.js';
import {
  addReplies,
  buildThread,
  pageEnd,
  rootOf,
  SORTS,
  type CommentSort,
  type Thread,
  type ThreadNode,
} from './tree.js';

export { BODY_FORMATS, SORTS };
export type { CommentSort };
export const DATE_FORMATS = ['absolute', 'relative'] as const;
export type CommentDateFormat = (typeof DATE_FORMATS)[number];
/** Levels of the count heading: a comment section is never the page's main heading (`h1`). */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type CommentHeadingLevel = (typeof HEADING_LEVELS)[number];

/** What the `kq-comment-submit` event carries (and what is POSTed to `action`). */
export interface CommentSubmitDetail {
  name: string;
  body: string;
  parentId?: string;
}

const headings: Record<CommentHeadingLevel, (content: unknown) => TemplateResult> = {
  2: (c) => html`<h2 id="heading" part="heading">${c}</h2>`,
  3: (c) => html`<h3 id="heading" part="heading">${c}</h3>`,
  4: (c) => html`<h4 id="heading" part="heading">${c}</h4>`,
  5: (c) => html`<h5 id="heading" part="heading">${c}</h5>`,
  6: (c) => html`<h6 id="heading" part="heading">${c}</h6>`,
};

/** What a reader has typed in one form; kept across a failed send so nothing is lost. */
interface Draft {
  name: string;
  body: string;
  /** Fields shown as invalid since the last submit attempt. */
  invalid: { name?: boolean; body?: boolean };
  failure?: 'sendFailed' | 'unauthorized';
}

/**
 * Threads that asked for an update for any reason other than a new `comments` list (a click, a
 * language, a load, any other property). Module-level: the constructor's own request comes before
 * class fields exist.
 */
const dirty = new WeakSet<object>();

let localIds = 0;

/**
 * A comment section: nested replies with a depth cap, sorting, permalinks, moderation states and
 * a reply form, in the language of the page.
 *
 * Performance (5,000 comments): the data is normalized once per comment object and the tree built
 * once per change (pure functions in tree.ts; a reply appended to the list is inserted along its
 * path only); only the first threads are rendered (50 threads or 150 comments), more on
 * "Voir plus de commentaires"; off-screen threads (past the tenth of a list) skip layout and paint
 * with `content-visibility: auto`. A live reply (a new `comments` list that only adds replies)
 * re-renders only the thread that gained it, and creates only that reply's elements.
 *
 * @summary Comments with replies, permalinks, moderation states and a reply form.
 * @tag kq-comment-thread
 * @dependency kq-relative-time
 *
 * @slot - Fallback content (e.g. server-rendered comments) shown until the data is loaded, and if it fails. An inline `<script type="application/json">` child provides the data.
 *
 * @event {CustomEvent<CommentSubmitDetail>} kq-comment-submit - A reader submits a valid comment or reply: `{ name, body, parentId }`. Cancelable: `preventDefault()` stops the POST to `action`.
 *
 * @csspart base - The section around the thread.
 * @csspart heading - The comment count heading (`h2` to `h6`, from `heading-level`).
 * @csspart sort - The sort control.
 * @csspart list - The list of top-level comments.
 * @csspart replies - A list of replies.
 * @csspart comment - Each comment `<article>`; also `pending`, `deleted`, `highlighted` (the permalink target).
 * @csspart avatar - The author's picture, or `initials` when there is none.
 * @csspart author - The author's name.
 * @csspart date - The date (a permalink).
 * @csspart in-reply-to - "en réponse à …" on replies past the depth cap.
 * @csspart badge - "En attente de modération".
 * @csspart body - The comment text.
 * @csspart tombstone - The text standing for a deleted comment.
 * @csspart actions - Reply and copy-link buttons.
 * @csspart toggle - The button that collapses or expands replies.
 * @csspart more - The "Voir plus de commentaires" button.
 * @csspart form - A reply form; `field-error`, `form-error`, `submit`, `cancel`, `retry` inside.
 * @csspart message - Status messages: closed, empty, loading, error.
 *
 * @cssprop --kq-color-accent - Links and the highlighted comment.
 * @cssprop --kq-color-muted - Dates and secondary text.
 * @cssprop --kq-color-border - Reply guides and fields.
 * @cssprop --kq-color-subtle - Avatars, badges and the highlight background.
 * @cssprop --kq-comment-indent - Indentation of each reply level (default 1rem).
 */
export class KqCommentThread extends KqElement {
  static override styles = styles;
  static override dependencies = { 'kq-relative-time': KqRelativeTime };
  static override properties = {
    comments: { attribute: false },
    src: {},
    adapter: {},
    action: {},
    restNonce: { attribute: 'rest-nonce' },
    sort: {},
    maxDepth: { type: Number, attribute: 'max-depth' },
    dateFormat: { attribute: 'date-format' },
    timeZone: { attribute: 'time-zone' },
    bodyFormat: { attribute: 'body-format' },
    closed: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Comments as a flat list (replies point at their parent with `parentId`). Takes precedence over inline JSON and `src`. */
  comments?: unknown[];

  /**
   * URL of the comments: `{ items, next? }` or an array; loaded when the element nears the viewport, `next` on "load more".
   * @attr src
   */
  src?: string;

  /**
   * The platform `src` and `action` speak: `ours` (default, our JSON) or `wordpress` (its REST API, HTML bodies sanitized); see docs/adapters.md.
   * @attr adapter
   */
  adapter?: string;

  /**
   * URL where a new comment is POSTed as JSON `{ name, body, parentId }`; the answer is the created comment.
   * @attr action
   */
  action?: string;

  /**
   * A logged-in reader's token, sent with a new comment (WordPress: `wp_create_nonce('wp_rest')`, as `X-WP-Nonce`). The form then asks for no name: the site knows the reader (`kq-comment-submit` carries `name: ''`).
   * @attr rest-nonce
   */
  restNonce?: string;

  /**
   * Order of top-level comments: `oldest`, `newest`, or `top` (most liked). Replies always keep conversation order.
   * @attr sort
   */
  sort: CommentSort = 'oldest';

  /**
   * Nesting levels shown; deeper replies continue flat, saying whom they answer.
   * @attr max-depth
   */
  maxDepth = 3;

  /**
   * `absolute` ("3 août 2021 à 11:24") or `relative` ("il y a 4 jours").
   * @attr date-format
   */
  dateFormat: CommentDateFormat = 'absolute';

  /**
   * IANA time zone of the dates (`Europe/Paris`); the reader's by default.
   * @attr time-zone
   */
  timeZone?: string;

  /**
   * `text` (default: escaped, URLs linked) or `html` (sanitized by DOMPurify, loaded only then).
   * @attr body-format
   */
  bodyFormat: BodyFormat = 'text';

  /**
   * Comments are closed: no form, a message says so.
   * @attr closed
   */
  closed = false;

  /**
   * Level of the count heading: 2 (default) to 6.
   * @attr heading-level
   */
  headingLevel = 2;

  /** The first page from `src`. */
  readonly #source = new SourceController(
    this,
    'comments',
    () => [this.comments === undefined && !this.#inline ? this.src : undefined, this.adapter],
    (error) => this.#warnLoad(error),
  );
  readonly #load = this.#source.task;

  /** Each following page ("Voir plus de commentaires"). */
  readonly #more = new Task(this, {
    autoRun: false,
    task: (_, { signal }) => this.#source.page(this.#next!, signal),
    onComplete: (page) => {
      this.#extra = [...this.#extra, ...this.#normalize(page.items)];
      this.#next = page.next;
      this.#total = page.total ?? this.#total;
      this.#grow = true;
    },
    onError: (error) => this.#warnLoad(error),
  });

  #inline?: AdapterPage;
  #list?: unknown;
  #origin?: unknown;
  #base: Comment[] = [];
  #extra: Comment[] = [];
  #posted: Comment[] = [];
  #all: Comment[] = [];
  #next?: string;
  /** How many comments the source holds in all (WordPress's X-WP-Total), when it says so. */
  #total?: number;
  #thread?: Thread;
  /** Top-level threads rendered (progressive rendering); undefined until the first data. */
  #limit?: number;
  #grow = false;
  /** Threads shown beyond the limit: a permalink target, a comment just posted. */
  #pinned = new Set<string>();
  #collapsed = new Set<string>();
  #highlight?: string;
  #replyTo?: string;
  #drafts = new Map<string, Draft>();
  #lastName = '';
  #status = '';
  #focusAfter?: string;
  #hashPending = true;
  #sanitize?: Sanitize;
  #zone?: string;
  #normalized = new WeakMap<object, Comment>();
  /** Rendered bodies per comment: text, HTML shown as text until DOMPurify loads, sanitized HTML. */
  #bodies = [0, 1, 2].map(() => new WeakMap<Comment, unknown>());
  #dates = new WeakMap<Comment, [key: string, date: string]>();
  /**
   * A live reply (a new `comments` list that only adds nested replies, and nothing else asked for an
   * update): only the threads that gained one re-render, the others are left as they are.
   */
  #quiet = false;
  /** The top-level threads of the last render, and each one's reply count when it was rendered. */
  #shown: readonly ThreadNode[] = [];
  #rendered = new WeakMap<ThreadNode, number>();

  override requestUpdate(...args: Parameters<KqElement['requestUpdate']>): void {
    if (args[0] != 'comments') dirty.add(this);
    super.requestUpdate(...args);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    const inline = this.#inline ? undefined : inlineJson(this);
    if (inline) {
      this.#inline = listPage(inline.data, document.baseURI) ?? undefined;
      if (!this.#inline) warn(this, 'inline', 'invalid inline JSON');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
  }

  #warnLoad(error: unknown) {
    if ((error as Error).name != 'AbortError') warn(this, `load:${error}`, String(error));
  }

  /** Normalizes untrusted items; the same input object always yields the same Comment (normalized once). */
  #normalize(list: readonly unknown[]): Comment[] {
    const problems: NormalizeProblem[] = [];
    const out: Comment[] = [];
    for (const item of list) {
      const comment = this.#normalized.get(item as object) ?? normalizeComment(item, problems);
      // Only objects normalize to a comment.
      if (comment) (out.push(comment), this.#normalized.set(item as object, comment));
    }
    if (problems.length) warn(this, 'data', `skipped invalid ${[...new Set(problems.map((p) => p.field))]}`, problems);
    return out;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let source = this.comments;
    let next: string | undefined;
    let total: number | undefined;
    if (source === undefined) ({ items: source, next, total } = this.#inline ?? this.#load.value ?? {});
    else if (!Array.isArray(source)) {
      warn(this, 'comments', 'comments: not an array');
      source = [];
    }
    if (source !== this.#list) {
      this.#list = source;
      this.#base = source ? this.#normalize(source) : [];
      // A new origin starts over; a new list from the same one (a reply added) keeps what is revealed.
      const origin = this.comments !== undefined ? 0 : this.#inline ? 1 : this.src;
      if (origin !== this.#origin) {
        this.#origin = origin;
        this.#extra = [];
        this.#next = next;
        this.#total = total;
        this.#limit = undefined;
      }
    }
    const seen = new Set<string>();
    const all = [...this.#base, ...this.#extra, ...this.#posted].filter((c) => !seen.has(c.id) && !!seen.add(c.id));
    const previous = this.#all;
    const quiet = !dirty.delete(this);
    this.#quiet = false;
    const rebuild = this.#grow || changed.has('sort') || changed.has('maxDepth');
    if (rebuild || !this.#thread || all.length != previous.length || all.some((c, i) => c != previous[i])) {
      let depth = Math.floor(this.maxDepth);
      if (!(depth >= 1)) {
        warn(this, 'max-depth', `max-depth="${this.maxDepth}": using 3`);
        depth = 3;
      }
      // Replies appended to an unchanged list take the fast path; anything else rebuilds the tree.
      const appended =
        !rebuild && this.#thread && previous.length < all.length && previous.every((c, i) => c == all[i]);
      this.#all = all;
      const grown = appended && addReplies(this.#thread!, all.slice(previous.length), depth);
      this.#quiet = quiet && !!grown;
      this.#thread = grown || buildThread(all, oneOf(this, 'sort', this.sort, SORTS, 'oldest'), depth);
    }
    const roots = this.#thread!.roots;
    this.#limit ??= pageEnd(roots, 0);
    if (this.#grow) {
      this.#focusAfter = roots[this.#limit]?.comment.id;
      this.#limit = pageEnd(roots, this.#limit);
      this.#grow = false;
    }
    oneOf(this, 'date-format', this.dateFormat, DATE_FORMATS, 'absolute');
    this.#zone = zoneOf(this, this.timeZone);
    if (
      (oneOf(this, 'body-format', this.bodyFormat, BODY_FORMATS, 'text') == 'html' || this.#source.adapter?.html) &&
      !this.#sanitize
    ) {
      loadSanitizer().then(
        (sanitize) => {
          this.#sanitize = sanitize;
          this.requestUpdate();
        },
        (error) => warn(this, 'sanitizer', `DOMPurify: ${error}`),
      );
    }
  }

  protected override updated(): void {
    // The fields show their drafts, whatever was typed before a send or a failure (Lit's `live`, lighter).
    for (const [key, draft] of this.#drafts) {
      for (const name of ['name', 'body'] as const) {
        const field = this.#byId(`${name}-${key || 'top'}`) as HTMLInputElement | null;
        if (field && field.value != draft[name]) field.value = draft[name];
      }
    }
    // Deferred: revealing may request another update, which must not happen inside this one.
    if (this.#hashPending) queueMicrotask(() => this.#revealHash());
    if (this.#focusAfter) this.#byId(`comment-${this.#focusAfter}`)?.focus();
    this.#focusAfter = undefined;
  }

  #byId(id: string) {
    return this.shadowRoot!.getElementById(id);
  }

  // ---- permalinks -------------------------------------------------------------------------

  readonly #onHash = () => {
    this.#hashPending = true;
    this.requestUpdate();
  };

  /**
   * The page's `#comment-ID` cannot reach into the shadow root by itself: find the comment,
   * expand its ancestors, render its thread, scroll to it and mark it `highlighted`.
   */
  async #revealHash() {
    const thread = this.#thread!;
    let id: string | undefined;
    try {
      id = decodeURIComponent(/^#comment-(.+)/.exec(location.hash)?.[1] ?? '');
    } catch {
      // a malformed hash is not ours
    }
    if (id && !thread.nodes.has(id)) return; // not loaded (yet): try again when data arrives
    this.#hashPending = false;
    if (!id) return;
    // Expand every thread on the way up; the last one is the top-level comment, shown even past the limit.
    let root = id;
    while (thread.owner.has(root)) this.#collapsed.delete((root = thread.owner.get(root)!));
    this.#pinned.add(root);
    this.#highlight = id;
    this.requestUpdate();
    await this.updateComplete;
    const el = this.#byId(`comment-${id}`)!;
    el.scrollIntoView({ block: 'start' });
    if (!document.activeElement || document.activeElement == document.body) el.focus({ preventScroll: true });
    // Threads above it may still be at their estimated size (content-visibility) and grow as they
    // come into view: follow it for a few frames, where a browser has no scroll anchoring (WebKit).
    for (let frame = 0, top = NaN; frame < 10 && top != (top = el.getBoundingClientRect().top); frame++) {
      el.scrollIntoView({ block: 'start' });
      await new Promise(requestAnimationFrame);
    }
  }

  /** Says `message` in the status region (emptied first, so that the same message is said again). */
  async #announce(message: string) {
    this.#status = '';
    this.requestUpdate();
    await this.updateComplete;
    this.#status = message;
    this.requestUpdate();
  }

  async #copyLink(id: string) {
    const hash = `#comment-${encodeURIComponent(id)}`;
    const ok = await copyText(new URL(hash, location.href).href, this.renderRoot);
    // No clipboard access: the permalink goes in the address bar, and the reader is told to copy it from there.
    if (!ok) history.replaceState(history.state, '', hash);
    this.#announce(this.localize.term(ok ? 'linkCopied' : 'linkCopyFailed'));
  }

  // ---- keyboard ---------------------------------------------------------------------------

  /** j / k move focus to the next / previous comment (not while typing, nor with a modifier). */
  #onKey(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (
      !/^[jk]$/.test(event.key) ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      target.matches('input,textarea,select')
    )
      return;
    const articles = [...this.shadowRoot!.querySelectorAll('article')];
    const i = articles.indexOf(target.closest('article')!);
    // Past either end, focus stays on the first or last comment.
    const next = articles[event.key == 'j' ? i + 1 : i < 0 ? articles.length - 1 : i - 1] ?? articles[i];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  // ---- posting ----------------------------------------------------------------------------

  #draft(key: string): Draft {
    let draft = this.#drafts.get(key);
    if (!draft) this.#drafts.set(key, (draft = { name: this.#lastName, body: '', invalid: {} }));
    return draft;
  }

  #openReply(id?: string) {
    this.#replyTo = id;
    this.requestUpdate();
    if (id) this.updateComplete.then(() => (this.#byId(`name-${id}`) ?? this.#byId(`body-${id}`))?.focus());
  }

  async #submit(key: string) {
    const draft = this.#draft(key);
    // A signed-in reader (rest-nonce) has no name field: the site knows who they are.
    const signedIn = !!this.restNonce;
    const name = signedIn ? '' : draft.name.trim();
    const body = draft.body.trim();
    draft.failure = undefined;
    draft.invalid = { name: !name && !signedIn, body: !body };
    if (draft.invalid.name || !body) {
      this.requestUpdate();
      await this.updateComplete;
      this.#byId(`${draft.invalid.name ? 'name' : 'body'}-${key || 'top'}`)!.focus();
      return;
    }
    const detail: CommentSubmitDetail = { name, body, parentId: key || undefined };
    if (name) this.#lastName = name;
    const allowed = this.dispatchEvent(
      new CustomEvent('kq-comment-submit', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    this.#drafts.delete(key);
    this.#collapsed.delete(key);
    if (key) this.#openReply();
    this.requestUpdate();
    if (!allowed || !this.action) {
      this.#focusAfter = key;
      return;
    }
    // Optimistic: the comment shows at once, awaiting moderation, then the server's answer replaces it.
    const local: Comment = {
      id: `kq-local-${++localIds}`,
      parentId: detail.parentId,
      author: { name: name || this.localize.term('you') },
      published: new Date().toISOString(),
      body,
      status: 'pending',
    };
    const pin = (id: string) => this.#pinned.add(key ? rootOf(this.#thread!, key) : id);
    this.#posted = [...this.#posted, local];
    pin(local.id);
    this.#focusAfter = local.id;
    this.#announce(this.localize.term('pending'));
    try {
      const saved =
        this.#normalize([await postComment(await loadAdapter(this.adapter), this.action, detail, this.restNonce)])[0] ??
        local;
      pin(saved.id);
      this.#posted = this.#posted.map((c) => (c == local ? saved : c));
    } catch (error) {
      warn(this, 'post', String(error));
      this.#posted = this.#posted.filter((c) => c != local);
      this.#drafts.set(key, {
        ...draft,
        invalid: {},
        failure: [401, 403].includes((error as LoadError).status!) ? 'unauthorized' : 'sendFailed',
      });
      if (key) this.#openReply(key);
    }
    this.requestUpdate();
  }

  /**
   * A reply form: labelled name and text fields; after a submit attempt, the validation messages
   * are tied to their fields with `aria-describedby` and `aria-invalid`. A failed send shows its
   * reason in an alert with a retry button, the typed text untouched.
   */
  #form(key: string, label: string) {
    const t = this.localize;
    const draft = this.#draft(key);
    const k = key || 'top';
    const submit = () => this.#submit(key);
    const input = ({ target }: Event) => {
      const { name, value } = target as HTMLInputElement & { name: 'name' | 'body' };
      draft[name] = value;
      if (draft.invalid[name] && value.trim()) {
        draft.invalid[name] = false;
        this.requestUpdate();
      }
    };
    const field = (name: 'name' | 'body', control: unknown) =>
      html`<p class="field">
        <label for="${name}-${k}">${t.term(name == 'name' ? 'yourName' : 'yourComment')}</label>${control}${
          draft.invalid[name]
            ? html`<span id="${name}-${k}-error" part="field-error"
                >${t.term(name == 'name' ? 'nameRequired' : 'bodyRequired')}</span
              >`
            : nothing
        }
      </p>`;
    const error = (name: 'name' | 'body') => (draft.invalid[name] ? `${name}-${k}-error` : nothing);
    return html`<form
      part="form"
      aria-label=${label}
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        submit();
      }}
    >
      ${
        this.restNonce
          ? nothing
          : field(
              'name',
              html`<input
                id="name-${k}"
                name="name"
                autocomplete="name"
                maxlength="200"
                @input=${input}
                aria-invalid=${!!draft.invalid.name}
                aria-describedby=${error('name')}
              />`,
            )
      }
      ${field(
        'body',
        html`<textarea
          id="body-${k}"
          name="body"
          rows="4"
          @input=${input}
          aria-invalid=${!!draft.invalid.body}
          aria-describedby=${error('body')}
        ></textarea>`,
      )}
      ${
        draft.failure
          ? html`<p role="alert" part="form-error">
              ${t.term(draft.failure)} <button type="button" part="retry" @click=${submit}>${t.term('retry')}</button>
            </p>`
          : nothing
      }
      <p>
        <button part="submit">${t.term('publish')}</button>
        ${key ? html`<button type="button" part="cancel" @click=${() => this.#openReply()}>${t.term('cancel')}</button>` : nothing}
      </p>
    </form>`;
  }

  // ---- rendering --------------------------------------------------------------------------

  #body(c: Comment) {
    const mode = this.bodyFormat != 'html' && !this.#source.adapter?.html ? 0 : this.#sanitize ? 2 : 1;
    const cache = this.#bodies[mode];
    // One sanitized element per comment, moved (not rebuilt) when its branch is re-rendered.
    if (!cache.has(c)) cache.set(c, mode > 1 ? this.#sanitize!(c.body) : textBody(mode ? htmlToText(c.body) : c.body));
    return cache.get(c);
  }

  /** The date, a permalink; the full date stays in the comment's accessible name when shown as relative. */
  #date(c: Comment) {
    const at = commentTime(c);
    if (isNaN(at)) return nothing;
    const iso = new Date(at).toISOString();
    const relative = this.dateFormat == 'relative';
    // Formatted once per comment, language and time zone (every update re-renders the shown comments).
    const locale = this.localize.locale;
    const key = locale + this.#zone;
    let date = this.#dates.get(c);
    if (date?.[0] != key)
      this.#dates.set(c, (date = [key, formatAbsolute(at, locale, { timeZone: this.#zone, time: true })]));
    return html`<a part="date" href="#comment-${encodeURIComponent(c.id)}"
      ><time id="d-${c.id}" datetime=${iso} ?hidden=${relative}>${date[1]}</time
      >${relative ? html`<kq-relative-time datetime=${iso} time-zone=${this.#zone ?? nothing}></kq-relative-time>` : nothing}</a
    >`;
  }

  #node(node: ThreadNode): unknown {
    const { comment: c, children, total, replyTo } = node;
    const { id, status, author } = c;
    const t = this.localize;
    const anonymous = t.term('anonymous');
    const name = author.name || anonymous;
    const deleted = status == 'deleted';
    const collapsed = this.#collapsed.has(id);
    const initials = name
      .split(/\s+/, 2)
      .map((word) => [...word][0] ?? '')
      .join('')
      .toUpperCase();
    return html`<li>
      <article
        id="comment-${id}"
        part="comment ${status == 'published' ? '' : status} ${this.#highlight == id ? 'highlighted' : ''}"
        tabindex="-1"
        aria-labelledby="a-${id}${deleted ? '' : ` d-${id}`}"
      >
        <div class="main">
          ${
            deleted
              ? html`<p id="a-${id}" part="tombstone">${t.term('deleted')}</p>`
              : html`<header class="meta">
                    ${
                      author.avatar
                        ? html`<img
                            part="avatar"
                            src=${author.avatar}
                            alt=""
                            width="40"
                            height="40"
                            loading="lazy"
                            decoding="async"
                          />`
                        : html`<span part="avatar initials" aria-hidden="true">${initials}</span>`
                    }
                    <span id="a-${id}" part="author" dir="auto"
                      >${author.url ? html`<a href=${author.url} rel=${UGC_REL}>${name}</a>` : name}</span
                    >
                    ${replyTo !== undefined ? html`<span part="in-reply-to">${t.term('inReplyTo', replyTo || anonymous)}</span>` : nothing}
                    ${this.#date(c)}
                    ${status == 'pending' ? html`<span part="badge">${t.term('pending')}</span>` : nothing}
                  </header>
                  <div part="body" dir="auto">${this.#body(c)}</div>
                  <p part="actions">
                    ${
                      this.closed || id.startsWith('kq-local-')
                        ? nothing
                        : html`<button
                            aria-expanded=${this.#replyTo == id}
                            @click=${() => this.#openReply(this.#replyTo == id ? undefined : id)}
                          >
                            ${t.term('reply')}
                          </button>`
                    }
                    <button @click=${() => this.#copyLink(id)}>${t.term('copyLink')}</button>
                    ${c.likes ? html`<span>${t.term('likes', c.likes)}</span>` : nothing}
                  </p>
                  ${this.#replyTo == id && !this.closed ? this.#form(id, t.term('inReplyTo', name)) : nothing}`
          }
        </div>
        ${
          children.length
            ? html`<button
                  part="toggle"
                  aria-expanded=${!collapsed}
                  aria-controls="r-${id}"
                  @click=${() => {
                    if (!this.#collapsed.delete(id)) this.#collapsed.add(id);
                    this.requestUpdate();
                  }}
                >
                  ${t.term(collapsed ? 'showReplies' : 'hideReplies', total)}
                </button>
                <ol id="r-${id}" part="replies" role="list" ?hidden=${collapsed}>
                  ${collapsed ? nothing : children.map(this.#node, this)}
                </ol>`
            : nothing
        }
      </article>
    </li>`;
  }

  #showMore() {
    const roots = this.#thread!.roots;
    const limit = this.#limit!;
    if (limit < roots.length) {
      this.#focusAfter = roots[limit].comment.id;
      this.#limit = pageEnd(roots, limit);
      this.requestUpdate();
    } else this.#more.run();
  }

  protected override render() {
    const t = this.localize;
    const thread = this.#thread!;
    const more = this.#more.status;
    if (!this.#list) {
      const failed = this.#load.status == TaskStatus.ERROR;
      return html`<slot></slot>
        <div part="message" role=${failed ? 'alert' : 'status'}>
          ${
            failed
              ? html`${t.term('loadError')} <button @click=${() => this.#load.run()}>${t.term('retry')}</button>`
              : this.src
                ? t.term('loading')
                : nothing
          }
        </div>`;
    }
    const roots = thread.roots;
    const level = oneOf(this, 'heading-level', this.headingLevel, HEADING_LEVELS, 2);
    const shown = roots.filter((n, i) => i < this.#limit! || this.#pinned.has(n.comment.id));
    // On a live reply, a thread whose reply count is unchanged stays as rendered.
    const same = this.#quiet && shown.length == this.#shown.length && shown.every((n, i) => n == this.#shown[i]);
    this.#shown = shown;
    return html`<section part="base" aria-labelledby="heading" @keydown=${this.#onKey}>
      <header>
        ${headings[level](t.term('commentCount', Math.max(thread.count, this.#total ?? 0)))}
        ${
          roots.length > 1
            ? html`<label part="sort"
                >${t.term('sortBy')}
                <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as CommentSort)}>
                  ${SORTS.map((s) => html`<option value=${s} ?selected=${this.sort == s}>${t.term(`sort${s[0].toUpperCase()}${s.slice(1)}` as `sort${Capitalize<CommentSort>}`)}</option>`)}
                </select></label
              >`
            : nothing
        }
      </header>
      ${
        roots.length
          ? html`<ol part="list" role="list">
              ${shown.map((n) => (same && this.#rendered.get(n) == n.total ? noChange : (this.#rendered.set(n, n.total), this.#node(n))))}
            </ol>`
          : html`<p part="message">${t.term('noComments')}</p>`
      }
      ${
        shown.length < roots.length || this.#next
          ? html`<p>
              ${more == TaskStatus.ERROR ? html`<span role="alert">${t.term('loadError')}</span>` : nothing}
              <button part="more" ?disabled=${more == TaskStatus.PENDING} @click=${this.#showMore}>
                ${t.term(more == TaskStatus.ERROR ? 'retry' : 'loadMoreComments')}
              </button>
            </p>`
          : nothing
      }
      ${this.closed ? html`<p part="message">${t.term('closed')}</p>` : this.#form('', t.term('yourComment'))}
      <div role="status" class="visually-hidden">${this.#status}</div>
    </section>`;
  }
}
