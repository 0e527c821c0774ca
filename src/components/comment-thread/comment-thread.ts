import { Task, TaskStatus } from '@lit/task';
import { html, noChange, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdapterPage } from '../../adapters/types.js';
import { SourceController } from '../../controllers/source.js';
import type { NormalizeProblem } from '../../internal/article.js';
import { copyText } from '../../internal/clipboard.js';
import { commentTime, normalizeComment, type Comment } from '../../internal/comment.js';
import { DAY, formatAbsolute, parseDay } from '../../internal/dates.js';
import { zoneOf } from '../../internal/intl.js';
import { SECTION_HEADING_LEVELS, sectionHeading } from '../../internal/heading.js';
import { KqElement } from '../../internal/kiosque-element.js';
import { oneOf } from '../../internal/one-of.js';
import { warn } from '../../internal/warn.js';
import type { TranslationKey } from '../../translations/translation.js';
import { KqRelativeTime } from '../relative-time/relative-time.js';
import { BODY_FORMATS, htmlToText, loadSanitizer, textBody, UGC_REL, type BodyFormat, type Sanitize } from './body.js';
import styles from './comment-thread.styles.js';
import { ReaderComments } from './held.js';
import type { ReplyFormController } from './reply-form.js';
import {
  addReplies,
  ancestorsOf,
  buildThread,
  pageEnd,
  rootOf,
  SORTS,
  type CommentSort,
  type Thread,
  type ThreadNode,
} from './tree.js';
import type { ReplyFormThread } from './types.js';

export { BODY_FORMATS, SORTS };
export type { CommentSort };
export type { CommentSubmitDetail } from './types.js';
export const DATE_FORMATS = ['absolute', 'relative'] as const;
export type CommentDateFormat = (typeof DATE_FORMATS)[number];

const SORT_LABELS: Record<CommentSort, TranslationKey> = {
  oldest: 'sortOldest',
  newest: 'sortNewest',
  top: 'sortTop',
};

/** How a body is shown: as text; an HTML body as its text while DOMPurify loads; sanitized HTML. */
type BodyMode = 'text' | 'htmlAsText' | 'html';

/** A copy of `ids` with `id` added or removed (reactive state is compared by identity: never changed in place). */
function withId(ids: ReadonlySet<string>, id: string, present = true): ReadonlySet<string> {
  const copy = new Set(ids);
  if (present) copy.add(id);
  else copy.delete(id);
  return copy;
}

type ReplyFormModule = typeof import('./reply-form.js');
/** The reply form's module, once loaded: every thread created after that renders its form at once. */
let replyFormModule: ReplyFormModule | undefined;
let replyFormLoading: Promise<ReplyFormModule> | undefined;

/**
 * Loads the reply forms' module (drafts, validation, posting): a chunk of its own in the bundles,
 * fetched once for every thread that shows a form (again after a failure), never by a closed
 * thread. A server renderer awaits it first, so that its HTML holds the form the browser renders.
 */
export function loadReplyForm(): Promise<ReplyFormModule> {
  replyFormLoading ??= import('./reply-form.js').then(
    (module) => {
      replyFormModule = module;
      return module;
    },
    (error: unknown) => {
      replyFormLoading = undefined;
      throw error;
    },
  );
  return replyFormLoading;
}

/**
 * A comment section: nested replies with a depth cap, sorting, permalinks, moderation states and
 * a reply form, in the language of the page.
 *
 * Performance (5,000 comments): the data is normalized once per comment object and the tree built
 * once per change (pure functions in tree.ts; a reply appended to the list is inserted along its
 * path only); only the first threads are rendered (50 threads or 150 comments), more on
 * "Voir plus de commentaires"; off-screen threads (past the tenth of a list) skip layout and paint
 * with `content-visibility: auto`. A live reply (a new `comments` list that only adds replies)
 * re-renders only the thread that gained it, and creates only that reply's elements. The reply
 * form is a module of its own (reply-form.ts), loaded when the thread shows a form.
 *
 * @summary Comments with replies, permalinks, moderation states and a reply form.
 * @tag kq-comment-thread
 * @dependency kq-relative-time
 *
 * @slot - Fallback content (e.g. server-rendered comments) shown until the data is loaded, and if
 * it fails. An inline `<script type="application/json">` child provides the data.
 *
 * @event {CustomEvent<CommentSubmitDetail>} kq-comment-submit - A reader submits a valid comment or
 * reply: `{ name, body, parentId }`. Cancelable: `preventDefault()` stops the POST to `action`.
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
 * @csspart message - Status messages: closed, empty, loading, error (also where a form could not be loaded).
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

  /**
   * Comments as a flat list (replies point at their parent with `parentId`). Takes precedence over
   * inline JSON and `src`.
   */
  @property({ attribute: false }) comments?: unknown[];

  /**
   * URL of the comments: `{ items, next? }` or an array; loaded when the element nears the
   * viewport, `next` on "load more".
   */
  @property() src?: string;

  /**
   * The platform `src` and `action` speak: `ours` (default, our JSON) or `wordpress` (its REST
   * API, HTML bodies sanitized); see docs/adapters.md.
   */
  @property() adapter?: string;

  /**
   * URL where a new comment is POSTed as JSON `{ name, body, parentId }`; the answer is the
   * created comment.
   */
  @property() action?: string;

  /**
   * A logged-in reader's token, sent with a new comment (WordPress: `wp_create_nonce('wp_rest')`,
   * as `X-WP-Nonce`). The form then asks for no name: the site knows the reader
   * (`kq-comment-submit` carries `name: ''`).
   */
  @property({ attribute: 'rest-nonce' }) restNonce?: string;

  /**
   * Order of top-level comments: `oldest`, `newest`, or `top` (most liked). Replies always keep
   * conversation order.
   */
  @property() sort: CommentSort = 'oldest';

  /** Nesting levels shown; deeper replies continue flat, saying whom they answer. */
  @property({ type: Number, attribute: 'max-depth' }) maxDepth = 3;

  /** `absolute` ("3 août 2021 à 11:24") or `relative` ("il y a 4 jours"). */
  @property({ attribute: 'date-format' }) dateFormat: CommentDateFormat = 'absolute';

  /** IANA time zone of the dates (`Europe/Paris`); the reader's by default. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `text` (default: escaped, URLs linked) or `html` (sanitized by DOMPurify, loaded only then). */
  @property({ attribute: 'body-format' }) bodyFormat: BodyFormat = 'text';

  /** Comments are closed: no form (its code is not even loaded), a message says so. */
  @property({ type: Boolean, reflect: true }) closed = false;

  /** Level of the count heading: 2 (default) to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The comments of an inline `<script type="application/json">` child, read on connection. */
  @state() private inline?: AdapterPage;
  /** Comments of the pages loaded after the first ("Voir plus de commentaires"). */
  @state() private extra: readonly Comment[] = [];
  /** The next page's URL. */
  @state() private next?: string;
  /** How many comments the source holds in all (WordPress's X-WP-Total), when it says so. */
  @state() private total?: number;
  /** Top-level threads rendered (progressive rendering); undefined until the first data. */
  @state() private limit?: number;
  /** Threads shown beyond the limit: a permalink target, a comment just posted. */
  @state() private pinned: ReadonlySet<string> = new Set();
  /** Comments whose replies are hidden. */
  @state() private collapsed: ReadonlySet<string> = new Set();
  /** The permalink target. */
  @state() private highlight?: string;
  /** The comment whose reply form is open. */
  @state() private replyTo?: string;
  /** What the polite status region says. */
  @state() private status = '';
  @state() private sanitize?: Sanitize;
  /** The reply forms, once their module is loaded; `null` when it could not be loaded. */
  @state() private forms?: ReplyFormController | null;

  /** The first page from `src`. */
  readonly #source = new SourceController(
    this,
    'comments',
    () => [this.comments === undefined && !this.inline ? this.src : undefined, this.adapter],
    (error) => this.#warnLoad(error),
  );
  readonly #load = this.#source.task;
  /** This reader's comments: sent during this visit, or held for moderation since an earlier one (held.ts). */
  readonly #mine = new ReaderComments(this);

  /** Each following page ("Voir plus de commentaires"). */
  readonly #more = new Task(this, {
    autoRun: false,
    task: (_, { signal }) => this.#source.page(this.next!, signal),
    onComplete: (page) => {
      this.extra = [...this.extra, ...this.#normalize(page.items)];
      this.next = page.next;
      this.total = page.total ?? this.total;
      this.#grow = true;
    },
    onError: (error) => this.#warnLoad(error),
  });

  // What willUpdate derives from the data and the state, for render.
  #list?: unknown;
  #origin?: unknown;
  #base: Comment[] = [];
  #all: Comment[] = [];
  #thread?: Thread;
  #zone?: string;
  /** The top-level threads shown, and the ones left as rendered in this update (a live reply elsewhere). */
  #shown: readonly ThreadNode[] = [];
  #unchanged = new Set<ThreadNode>();
  /** Each shown thread's reply count when it was last rendered. */
  #rendered = new WeakMap<ThreadNode, number>();

  /** Set with `extra`: the update that follows reveals the next page. */
  #grow = false;
  /** The comment to focus once rendered. */
  #focusAfter?: string;
  /** A `#comment-ID` in the address waits for its comment (not loaded yet). */
  #hashPending = true;
  /** The reply forms' module is on its way: `updateComplete` waits for it (see getUpdateComplete). */
  #formsLoading?: Promise<void>;

  // Caches, per comment object.
  #normalized = new WeakMap<object, Comment>();
  #bodies: Record<BodyMode, WeakMap<Comment, unknown>> = {
    text: new WeakMap(),
    htmlAsText: new WeakMap(),
    html: new WeakMap(),
  };
  #dates = new WeakMap<Comment, { key: string; date: string }>();

  /**
   * Whether anything other than a new `comments` list asked for the coming update: a property, a
   * state or a controller (a language, a load). Controllers ask without naming a property, so
   * `willUpdate`'s changed properties cannot tell; this override can. Only an update asked for by a
   * new `comments` list alone may leave unchanged threads as rendered (a live reply). Declared
   * without an initializer: Lit's constructor asks for the first update before fields are set.
   */
  declare private otherRequest?: boolean;

  override requestUpdate(...args: Parameters<KqElement['requestUpdate']>): void {
    if (args[0] !== 'comments') this.otherRequest = true;
    super.requestUpdate(...args);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    // The inline JSON child, read once, as kq-related-articles reads its own (its src is then not fetched).
    if (!this.inline) {
      const inline = this.#source.inline();
      if (inline?.error) warn(this, 'inline', `invalid inline JSON: ${inline.error.message}`);
      this.inline = inline?.page;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
  }

  /**
   * Hydrating a thread that the server rendered with its form: the first render must match the
   * server's DOM, so it waits for the form's module (the server's HTML stays shown meanwhile).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || replyFormModule || !this.shadowRoot?.querySelector('form')) return super.scheduleUpdate();
    return loadReplyForm().then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    );
  }

  /** Done once a form on its way (its module loading) has rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.#formsLoading) return complete;
    await this.#formsLoading;
    return super.getUpdateComplete();
  }

  #warnLoad(error: unknown) {
    if ((error as Error).name !== 'AbortError') warn(this, `load:${error}`, String(error));
  }

  /** Normalizes untrusted items; the same input object always yields the same Comment (normalized once). */
  #normalize(list: readonly unknown[]): Comment[] {
    const problems: NormalizeProblem[] = [];
    const out: Comment[] = [];
    for (const item of list) {
      const comment = this.#normalized.get(item as object) ?? normalizeComment(item, problems);
      // Only objects normalize to a comment.
      if (comment) {
        out.push(comment);
        this.#normalized.set(item as object, comment);
      }
    }
    if (problems.length) {
      const fields = [...new Set(problems.map((p) => p.field))];
      warn(this, 'data', `skipped invalid ${fields}`, problems);
    }
    return out;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const liveReply = !this.otherRequest;
    // Requests made during this update only make the next one render every thread: never wrong.
    this.otherRequest = false;
    this.#readData();
    const grown = this.#buildThread(changed);
    const roots = this.#thread!.roots;
    this.limit ??= pageEnd(roots, 0);
    if (this.#grow) {
      this.#focusAfter = roots[this.limit]?.comment.id;
      this.limit = pageEnd(roots, this.limit);
      this.#grow = false;
    }
    this.#chooseShown(liveReply && grown);
    oneOf(this, 'date-format', this.dateFormat, DATE_FORMATS, 'absolute');
    this.#zone = zoneOf(this, this.timeZone);
    const html = oneOf(this, 'body-format', this.bodyFormat, BODY_FORMATS, 'text') === 'html';
    if ((html || this.#source.adapter?.html) && !this.sanitize) {
      loadSanitizer().then(
        (sanitize) => (this.sanitize = sanitize),
        (error) => warn(this, 'sanitizer', `DOMPurify: ${error}`),
      );
    }
    if (!this.closed && (this.#list || this.#load.status === TaskStatus.PENDING)) this.#loadForms();
  }

  /** The comments from the property, else the inline JSON, else the first page of `src`. */
  #readData() {
    let source = this.comments;
    let next: string | undefined;
    let total: number | undefined;
    if (source === undefined) ({ items: source, next, total } = this.inline ?? this.#load.value ?? {});
    else if (!Array.isArray(source)) {
      warn(this, 'comments', 'comments: not an array');
      source = [];
    }
    if (source === this.#list) return;
    this.#list = source;
    this.#base = source ? this.#normalize(source) : [];
    // A new origin starts over; a new list from the same one (a reply added) keeps what is revealed.
    const origin = this.comments !== undefined ? 'property' : this.inline ? 'inline' : `src ${this.src}`;
    if (origin !== this.#origin) {
      this.#origin = origin;
      this.extra = [];
      this.next = next;
      this.total = total;
      this.limit = undefined;
    }
  }

  /** Builds the tree when the comments or its settings changed; whether it only grew by new replies (the fast path). */
  #buildThread(changed: PropertyValues<this>): boolean {
    const html = this.bodyFormat === 'html' || !!this.#source.adapter?.html;
    const all = this.#mine.comments(this.#base, this.extra, html);
    const previous = this.#all;
    const rebuild = this.#grow || changed.has('sort') || changed.has('maxDepth');
    const same = all.length === previous.length && all.every((c, i) => c === previous[i]);
    if (this.#thread && !rebuild && same) return false;
    let depth = Math.floor(this.maxDepth);
    if (!(depth >= 1)) {
      warn(this, 'max-depth', `max-depth="${this.maxDepth}": using 3`);
      depth = 3;
    }
    this.#all = all;
    // Replies appended to an unchanged list take the fast path; anything else rebuilds the tree.
    const appended = !rebuild && this.#thread && previous.length < all.length && previous.every((c, i) => c === all[i]);
    const grown = appended ? addReplies(this.#thread!, all.slice(previous.length), depth) : null;
    this.#thread = grown ?? buildThread(all, oneOf(this, 'sort', this.sort, SORTS, 'oldest'), depth);
    return !!grown;
  }

  /**
   * The top-level threads to show: up to the limit, and the pinned ones. On a live reply (only new
   * replies, nothing else asked for the update), a thread whose reply count is unchanged stays as rendered.
   */
  #chooseShown(liveReply: boolean) {
    const shown = this.#thread!.roots.filter((node, i) => i < this.limit! || this.pinned.has(node.comment.id));
    const sameThreads =
      liveReply && shown.length === this.#shown.length && shown.every((node, i) => node === this.#shown[i]);
    this.#unchanged.clear();
    for (const node of shown) {
      if (sameThreads && this.#rendered.get(node) === node.total) this.#unchanged.add(node);
      else this.#rendered.set(node, node.total);
    }
    this.#shown = shown;
  }

  protected override updated(): void {
    // Deferred: revealing sets state, which must not happen inside this update.
    if (this.#hashPending) queueMicrotask(() => this.#revealHash());
    if (this.#focusAfter) this.#byId(`comment-${this.#focusAfter}`)?.focus();
    this.#focusAfter = undefined;
  }

  #byId(id: string) {
    return this.shadowRoot!.getElementById(id);
  }

  // ---- reply forms ------------------------------------------------------------------------

  /** Creates the reply forms, loading their module first unless it is already there. */
  #loadForms() {
    if (this.forms !== undefined || this.#formsLoading) return;
    // Hydrating server HTML, the first render has a form only if the server's has one (they must
    // match); otherwise the form comes with the next render.
    const hydrating = !this.hasUpdated && !!this.shadowRoot?.firstChild;
    if (replyFormModule && (!hydrating || this.shadowRoot!.querySelector('form'))) {
      this.forms = new replyFormModule.ReplyFormController(this, this.#formThread);
      return;
    }
    this.#formsLoading = loadReplyForm()
      .then(
        (module) => {
          this.forms = new module.ReplyFormController(this, this.#formThread);
        },
        (error: unknown) => {
          warn(this, 'reply-form', `the reply form could not be loaded (${error}); comments can still be read`);
          this.forms = null;
        },
      )
      .finally(() => (this.#formsLoading = undefined));
  }

  /** What the reply forms ask of the thread (see ReplyFormThread). */
  readonly #formThread: ReplyFormThread = {
    cancel: () => this.#openReply(),
    sent: (parent, pending) => {
      // The replies under the parent are shown, the new one among them.
      this.collapsed = withId(this.collapsed, parent, false);
      if (parent) this.#openReply();
      if (!pending) {
        this.#focusAfter = parent;
        return;
      }
      this.#mine.sent(pending);
      this.#pin(parent, pending.id);
      this.#focusAfter = pending.id;
      this.#announce(this.localize.term('pending'));
    },
    saved: (parent, pending, answer) => {
      const saved = this.#normalize([answer])[0] ?? pending;
      this.#pin(parent, saved.id);
      this.#mine.saved(pending, saved);
    },
    failed: (parent, pending) => {
      this.#mine.failed(pending);
      if (parent) this.#openReply(parent);
    },
  };

  /** Keeps a new comment's thread shown whatever the limit: its parent's, or its own at the top level. */
  #pin(parent: string, id: string) {
    this.pinned = withId(this.pinned, parent ? rootOf(this.#thread!, parent) : id);
  }

  /** Opens the reply form under the comment `id` and moves the focus into it once rendered; no id: closes it. */
  #openReply(id?: string) {
    this.replyTo = id;
    if (id) this.updateComplete.then(() => this.forms?.focus(id));
  }

  /** The form `parent`: rendered by its module once loaded, a message if it could not be. */
  #form(parent: string, label: string) {
    if (this.forms) return this.forms.render(parent, label);
    if (this.forms === undefined) return nothing;
    const t = this.localize;
    return html`<p part="message" role="alert">
      ${t.term('loadError')} <button @click=${() => (this.forms = undefined)}>${t.term('retry')}</button>
    </p>`;
  }

  // ---- permalinks -------------------------------------------------------------------------

  readonly #onHash = () => {
    this.#hashPending = true;
    this.#revealHash();
  };

  /**
   * The page's `#comment-ID` cannot reach into the shadow root by itself: find the comment,
   * expand its ancestors, render its thread, scroll to it and mark it `highlighted`.
   */
  async #revealHash() {
    const thread = this.#thread;
    if (!thread) return;
    let id: string | undefined;
    try {
      id = decodeURIComponent(/^#comment-(.+)/.exec(location.hash)?.[1] ?? '');
    } catch {
      // a malformed hash is not ours
    }
    if (id && !thread.nodes.has(id)) return; // not loaded (yet): try again when data arrives
    this.#hashPending = false;
    if (!id) return;
    // Expand every thread on the way up; the top-level one is shown even past the limit.
    const ancestors = ancestorsOf(thread, id);
    this.collapsed = new Set([...this.collapsed].filter((collapsed) => !ancestors.includes(collapsed)));
    this.pinned = withId(this.pinned, rootOf(thread, id));
    this.highlight = id;
    await this.updateComplete;
    const el = this.#byId(`comment-${id}`)!;
    el.scrollIntoView({ block: 'start' });
    if (!document.activeElement || document.activeElement === document.body) el.focus({ preventScroll: true });
    // Threads above it may still be at their estimated size (content-visibility) and grow as they
    // come into view: follow it for a few frames, where a browser has no scroll anchoring (WebKit).
    let top = NaN;
    for (let frame = 0; frame < 10; frame++) {
      const now = el.getBoundingClientRect().top;
      if (now === top) break;
      top = now;
      el.scrollIntoView({ block: 'start' });
      await new Promise(requestAnimationFrame);
    }
  }

  /** Says `message` in the status region (emptied first, so that the same message is said again). */
  async #announce(message: string) {
    this.status = '';
    await this.updateComplete;
    this.status = message;
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
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    if ((event.key !== 'j' && event.key !== 'k') || modified || target.matches('input,textarea,select')) return;
    const articles = [...this.renderRoot.querySelectorAll<HTMLElement>('article')];
    const current = articles.indexOf(target.closest('article')!);
    let next: HTMLElement | undefined;
    if (event.key === 'j') next = articles[current + 1];
    else next = current < 0 ? articles.at(-1) : articles[current - 1];
    // Past either end, focus stays on the first or last comment.
    next ??= articles[current];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  // ---- rendering --------------------------------------------------------------------------

  #body(c: Comment) {
    const html = this.bodyFormat === 'html' || this.#source.adapter?.html;
    const mode: BodyMode = !html ? 'text' : this.sanitize ? 'html' : 'htmlAsText';
    const cache = this.#bodies[mode];
    // One sanitized element per comment, moved (not rebuilt) when its branch is re-rendered.
    if (!cache.has(c)) {
      if (mode === 'html') cache.set(c, this.sanitize!(c.body));
      else cache.set(c, textBody(mode === 'htmlAsText' ? htmlToText(c.body) : c.body));
    }
    return cache.get(c);
  }

  /** The date, a permalink; the full date stays in the comment's accessible name when shown as relative. */
  #date(c: Comment) {
    const at = commentTime(c);
    if (isNaN(at)) return nothing;
    // A date without a time ("2026-06-16") is a calendar day: that day in every zone, no time invented.
    const day = parseDay(c.published);
    const iso = day == null ? new Date(at).toISOString() : c.published;
    const relative = this.dateFormat === 'relative';
    // Formatted once per comment, language and time zone (every update re-renders the shown comments).
    const locale = this.localize.locale;
    const key = `${locale} ${this.#zone}`;
    let formatted = this.#dates.get(c);
    if (formatted?.key !== key) {
      const date =
        day == null
          ? formatAbsolute(at, locale, { timeZone: this.#zone, time: true })
          : formatAbsolute(day * DAY, locale, { timeZone: 'UTC' });
      formatted = { key, date };
      this.#dates.set(c, formatted);
    }
    const relativeTime = relative
      ? html`<kq-relative-time datetime=${iso} time-zone=${this.#zone ?? nothing}></kq-relative-time>`
      : nothing;
    return html`<a part="date" href="#comment-${encodeURIComponent(c.id)}"
      ><time id="d-${c.id}" datetime=${iso} ?hidden=${relative}>${formatted.date}</time>${relativeTime}</a
    >`;
  }

  #avatar(author: Comment['author'], name: string) {
    if (author.avatar) {
      return html`<img
        part="avatar"
        src=${author.avatar}
        alt=""
        width="40"
        height="40"
        loading="lazy"
        decoding="async"
      />`;
    }
    const initials = name
      .split(/\s+/, 2)
      .map((word) => [...word][0] ?? '')
      .join('')
      .toUpperCase();
    return html`<span part="avatar initials" aria-hidden="true">${initials}</span>`;
  }

  #node(node: ThreadNode): unknown {
    const { comment: c, children, total, replyTo } = node;
    const { id, status, author } = c;
    const t = this.localize;
    const anonymous = t.term('anonymous');
    const name = author.name || anonymous;
    const deleted = status === 'deleted';
    const collapsed = this.collapsed.has(id);
    const state = status === 'pending' || status === 'deleted' ? status : '';
    const canReply = !this.closed && !id.startsWith('kq-local-');
    const replying = this.replyTo === id && !this.closed;
    const toggle = () => (this.collapsed = withId(this.collapsed, id, !collapsed));
    const inReplyTo =
      replyTo === undefined
        ? nothing
        : html`<span part="in-reply-to">${t.term('inReplyTo', replyTo || anonymous)}</span>`;
    const main = deleted
      ? html`<p id="a-${id}" part="tombstone">${t.term('deleted')}</p>`
      : html`<header class="meta">
            ${this.#avatar(author, name)}
            <span id="a-${id}" part="author" dir="auto"
              >${author.url ? html`<a href=${author.url} rel=${UGC_REL}>${name}</a>` : name}</span
            >
            ${inReplyTo} ${this.#date(c)}
            ${status === 'pending' ? html`<span part="badge">${t.term('pending')}</span>` : nothing}
          </header>
          <div part="body" dir="auto">${this.#body(c)}</div>
          <p part="actions">
            ${
              canReply
                ? html`<button
                    aria-expanded=${this.replyTo === id}
                    @click=${() => this.#openReply(this.replyTo === id ? undefined : id)}
                  >
                    ${t.term('reply')}
                  </button>`
                : nothing
            }
            <button @click=${() => this.#copyLink(id)}>${t.term('copyLink')}</button>
            ${c.likes ? html`<span>${t.term('likes', c.likes)}</span>` : nothing}
          </p>
          ${replying ? this.#form(id, t.term('inReplyTo', name)) : nothing}`;
    const replies = children.length
      ? html`<button part="toggle" aria-expanded=${!collapsed} aria-controls="r-${id}" @click=${toggle}>
            ${t.term(collapsed ? 'showReplies' : 'hideReplies', total)}
          </button>
          <ol id="r-${id}" part="replies" role="list" ?hidden=${collapsed}>
            ${collapsed ? nothing : children.map((child) => this.#node(child))}
          </ol>`
      : nothing;
    return html`<li>
      <article
        id="comment-${id}"
        part="comment ${state} ${this.highlight === id ? 'highlighted' : ''}"
        tabindex="-1"
        aria-labelledby="a-${id}${deleted ? '' : ` d-${id}`}"
      >
        <div class="main">${main}</div>
        ${replies}
      </article>
    </li>`;
  }

  #showMore() {
    const roots = this.#thread!.roots;
    const limit = this.limit!;
    if (limit < roots.length) {
      this.#focusAfter = roots[limit].comment.id;
      this.limit = pageEnd(roots, limit);
    } else this.#more.run();
  }

  #sortControl() {
    const t = this.localize;
    const onChange = (event: Event) => (this.sort = (event.target as HTMLSelectElement).value as CommentSort);
    const option = (sort: CommentSort) =>
      html`<option value=${sort} ?selected=${this.sort === sort}>${t.term(SORT_LABELS[sort])}</option>`;
    return html`<label part="sort"
      >${t.term('sortBy')}
      <select @change=${onChange}>
        ${SORTS.map(option)}
      </select></label
    >`;
  }

  protected override render() {
    const t = this.localize;
    if (!this.#list) {
      const failed = this.#load.status === TaskStatus.ERROR;
      const retry = html`${t.term('loadError')} <button @click=${() => this.#load.run()}>${t.term('retry')}</button>`;
      return html`<slot></slot>
        <div part="message" role=${failed ? 'alert' : 'status'}>
          ${failed ? retry : this.src ? t.term('loading') : nothing}
        </div>`;
    }
    const thread = this.#thread!;
    const roots = thread.roots;
    const shown = this.#shown;
    const more = this.#more.status;
    const level = oneOf(this, 'heading-level', this.headingLevel, SECTION_HEADING_LEVELS, 2);
    const count = Math.max(thread.count, this.total ?? 0);
    return html`<section part="base" aria-labelledby="heading" @keydown=${this.#onKey}>
      <header>
        ${sectionHeading(level, t.term('commentCount', count))} ${roots.length > 1 ? this.#sortControl() : nothing}
      </header>
      ${
        roots.length
          ? html`<ol part="list" role="list">
              ${shown.map((node) => (this.#unchanged.has(node) ? noChange : this.#node(node)))}
            </ol>`
          : html`<p part="message">${t.term('noComments')}</p>`
      }
      ${
        shown.length < roots.length || this.next
          ? html`<p>
              ${more === TaskStatus.ERROR ? html`<span role="alert">${t.term('loadError')}</span>` : nothing}
              <button part="more" ?disabled=${more === TaskStatus.PENDING} @click=${this.#showMore}>
                ${t.term(more === TaskStatus.ERROR ? 'retry' : 'loadMoreComments')}
              </button>
            </p>`
          : nothing
      }
      ${this.closed ? html`<p part="message">${t.term('closed')}</p>` : this.#form('', t.term('yourComment'))}
      <div role="status" class="visually-hidden">${this.status}</div>
    </section>`;
  }
}
