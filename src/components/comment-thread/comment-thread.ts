import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { NearViewportController } from '../../controllers/near-viewport.js';
import type { NormalizeProblem } from '../../internal/article.js';
import { commentPage, commentTime, normalizeComment, type Comment, type CommentPage } from '../../internal/comment.js';
import { formatAbsolute } from '../../internal/dates.js';
import { fetchJson, inlineJson, LoadError } from '../../internal/fetch-json.js';
import { isTimeZone } from '../../internal/intl.js';
import { KqElement } from '../../internal/kiosque-element.js';
import { oneOf } from '../../internal/one-of.js';
import { warn } from '../../internal/warn.js';
import { KqRelativeTime } from '../relative-time/relative-time.js';
import { BODY_FORMATS, htmlToText, loadSanitizer, textBody, type BodyFormat, type Sanitize } from './body.js';
import styles from './comment-thread.styles.js';
import { renderForm, validate, type CommentSubmitDetail, type Draft } from './form.js';
import { addReplies, buildThread, pageEnd, rootOf, SORTS, type CommentSort, type Thread, type ThreadNode } from './tree.js';

export { BODY_FORMATS, SORTS };
export type { CommentSort, CommentSubmitDetail };
export const DATE_FORMATS = ['absolute', 'relative'] as const;
export type CommentDateFormat = (typeof DATE_FORMATS)[number];

const TOP = ''; // draft key of the top-level form
let localIds = 0;

/**
 * A comment section: nested replies with a depth cap, sorting, permalinks, moderation states and
 * a reply form, in the language of the page.
 *
 * Performance (5,000 comments): the data is normalized and the tree built once per change (pure
 * functions in tree.ts); only the first threads are rendered (PAGE_THREADS threads or
 * PAGE_COMMENTS comments), more on "Voir plus de commentaires"; off-screen comments skip layout
 * and paint with `content-visibility: auto`; `repeat` keys every comment by id and `guard` skips
 * every node the change did not touch, so adding one reply re-renders only its branch.
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
 * @csspart heading - The comment count heading.
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
 * @cssprop --kq-comment-indent - Indentation of each reply level (default 1.25rem).
 */
export class KqCommentThread extends KqElement {
  static override styles = styles;
  static override dependencies = { 'kq-relative-time': KqRelativeTime };

  /** Comments as a flat list (replies point at their parent with `parentId`). Takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) comments?: unknown[];

  /** URL of the comments: `{ items, next? }` or an array; loaded when the element nears the viewport, `next` on "load more". */
  @property() src?: string;

  /** URL where a new comment is POSTed as JSON `{ name, body, parentId }`; the answer is the created comment. */
  @property() action?: string;

  /** Order of top-level comments: `oldest`, `newest`, or `top` (most liked). Replies always keep conversation order. */
  @property() sort: CommentSort = 'oldest';

  /** Nesting levels shown; deeper replies continue flat, saying whom they answer. */
  @property({ type: Number, attribute: 'max-depth' }) maxDepth = 3;

  /** `absolute` ("3 août 2021 à 11:24") or `relative` ("il y a 4 jours"). */
  @property({ attribute: 'date-format' }) dateFormat: CommentDateFormat = 'absolute';

  /** IANA time zone of the dates (`Europe/Paris`); the reader's by default. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `text` (default: escaped, URLs linked) or `html` (sanitized by DOMPurify, loaded only then). */
  @property({ attribute: 'body-format' }) bodyFormat: BodyFormat = 'text';

  /** Comments are closed: no form, a message says so. */
  @property({ type: Boolean, reflect: true }) closed = false;

  /** Level of the count heading (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #near = new NearViewportController(this);

  /** The first page from `src`. */
  readonly #load = new Task(this, {
    args: () => [this.comments === undefined && !this.#inline ? this.src : undefined, this.#near.near] as const,
    task: async ([src, near], { signal }) => (src && near ? this.#fetchPage(src, signal) : initialState),
    onError: (error) => this.#warnLoad(error),
  });

  /** Each following page ("Voir plus de commentaires"). */
  readonly #more = new Task(this, {
    autoRun: false,
    args: () => [this.#next] as const,
    task: ([url], { signal }) => this.#fetchPage(url!, signal),
    onComplete: (page) => {
      this.#extra = [...this.#extra, ...this.#normalize(page.items)];
      this.#next = page.next;
      this.#grow = true;
    },
    onError: (error) => this.#warnLoad(error),
  });

  #inline?: { items: unknown[]; next?: string };
  #source?: unknown;
  #origin?: unknown;
  #base: Comment[] = [];
  #extra: Comment[] = [];
  #posted: Comment[] = [];
  #next?: string;
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
  /** Per-node render revisions: bumped for a node and its ancestors when its UI state changes. */
  #rev = new Map<string, number>();
  #normalized = new WeakMap<object, Comment>();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    this.addEventListener('keydown', this.#onKey);
    if (!this.#inline) {
      const inline = inlineJson(this);
      const page = inline?.data !== undefined ? commentPage(inline.data) : undefined;
      if (inline && !page) warn(this, 'inline', 'invalid inline JSON; showing the fallback content.');
      if (page) this.#inline = page;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    this.removeEventListener('keydown', this.#onKey);
  }

  async #fetchPage(url: string, signal: AbortSignal): Promise<CommentPage> {
    const { data } = await fetchJson(url, { signal });
    const page = commentPage(data, url);
    if (!page) throw new LoadError('shape', `${url} answered no { items }`);
    return page;
  }

  #warnLoad(error: unknown) {
    if ((error as Error).name !== 'AbortError') warn(this, `load:${error}`, String(error));
  }

  /** Normalizes untrusted items; the same input object always yields the same Comment (so unchanged branches are not re-rendered). */
  #normalize(list: readonly unknown[]): Comment[] {
    const problems: NormalizeProblem[] = [];
    const out: Comment[] = [];
    for (const item of list) {
      let comment = item && typeof item === 'object' ? this.#normalized.get(item) : undefined;
      if (!comment) {
        comment = normalizeComment(item, problems) ?? undefined;
        if (comment && item && typeof item === 'object') this.#normalized.set(item, comment);
      }
      if (comment) out.push(comment);
    }
    if (problems.length) {
      const fields = [...new Set(problems.map((p) => p.field))].join(', ');
      warn(this, 'data', `invalid comment fields skipped: ${fields}`, problems);
    }
    return out;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let source: unknown[] | undefined;
    let next: string | undefined;
    if (this.comments !== undefined) {
      if (Array.isArray(this.comments)) source = this.comments;
      else {
        warn(this, 'comments', 'comments must be an array');
        source = [];
      }
    } else {
      const page = this.#inline ?? this.#load.value;
      source = page?.items;
      next = page?.next;
    }
    let dirty = false;
    if (source !== this.#source) {
      this.#source = source;
      this.#base = source ? this.#normalize(source) : [];
      dirty = true;
      // A new origin starts over; a new list from the same one (a reply added) keeps what is revealed.
      const origin = this.comments !== undefined ? 0 : this.#inline ? 1 : this.src;
      if (origin !== this.#origin) {
        this.#origin = origin;
        this.#extra = [];
        this.#next = next;
        this.#limit = undefined;
      }
    }
    const all = this.#unique([...this.#base, ...this.#extra, ...this.#posted]);
    if (dirty || this.#grow || changed.has('sort') || changed.has('maxDepth') || this.#all.length !== all.length || all.some((c, i) => c !== this.#all[i])) {
      const sort = oneOf(this, 'sort', this.sort, SORTS, 'oldest');
      let depth = Math.floor(Number(this.maxDepth));
      if (!(depth >= 1)) {
        warn(this, 'max-depth', `max-depth="${this.maxDepth}": using 3`);
        depth = 3;
      }
      // Replies appended to an unchanged list take the fast path; anything else rebuilds the tree.
      const previous = this.#all;
      const appended =
        !this.#grow && !changed.has('sort') && !changed.has('maxDepth') && this.#thread && previous.length < all.length && previous.every((c, i) => c === all[i]);
      this.#all = all;
      this.#thread = (appended && addReplies(this.#thread!, all.slice(previous.length), depth)) || buildThread(all, sort, depth, this.#thread);
      const roots = this.#thread.roots;
      if (this.#limit === undefined) this.#limit = pageEnd(roots, 0);
      if (this.#grow) {
        this.#focusAfter = roots[this.#limit]?.comment.id;
        this.#limit = pageEnd(roots, this.#limit);
        this.#grow = false;
      }
    }
    oneOf(this, 'date-format', this.dateFormat, DATE_FORMATS, 'absolute');
    // Checked only when it changes: building the Intl formatter that validates it is costly.
    if (changed.has('timeZone')) this.#zone = this.timeZone || undefined;
    if (changed.has('timeZone') && this.#zone && !isTimeZone(this.#zone)) {
      warn(this, 'time-zone', `unknown time-zone "${this.#zone}"`);
      this.#zone = undefined;
    }
    if (oneOf(this, 'body-format', this.bodyFormat, BODY_FORMATS, 'text') === 'html' && !this.#sanitize) {
      loadSanitizer().then(
        (sanitize) => {
          this.#sanitize = sanitize;
          this.requestUpdate();
        },
        (error) => warn(this, 'sanitizer', `DOMPurify failed to load (${error}): HTML bodies shown as text`),
      );
    }
  }

  #all: Comment[] = [];

  #unique(list: Comment[]): Comment[] {
    const seen = new Set<string>();
    return list.filter((c) => !seen.has(c.id) && !!seen.add(c.id));
  }

  protected override updated(): void {
    // Deferred: revealing may request another update, which must not happen inside this one.
    if (this.#hashPending) queueMicrotask(() => this.#revealHash());
    if (this.#focusAfter) {
      this.#comment(this.#focusAfter)?.focus();
      this.#focusAfter = undefined;
    }
  }

  #comment(id: string): HTMLElement | null | undefined {
    return this.shadowRoot?.getElementById(`comment-${id}`);
  }

  /** Re-renders a node and its ancestors on the next update (they are skipped by `guard` otherwise). */
  #touch(id?: string) {
    for (let n = id; n !== undefined; n = this.#thread?.owner.get(n)) this.#rev.set(n, (this.#rev.get(n) ?? 0) + 1);
    this.requestUpdate();
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
    const match = /^#comment-(.+)$/.exec(location.hash);
    const thread = this.#thread;
    if (!match) return void (this.#hashPending = false);
    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return void (this.#hashPending = false);
    }
    if (!thread?.nodes.has(id)) return; // not loaded (yet): try again when data arrives
    this.#hashPending = false;
    for (let o = thread.owner.get(id); o !== undefined; o = thread.owner.get(o)) {
      if (this.#collapsed.delete(o)) this.#touch(o);
    }
    this.#pinned.add(rootOf(thread, id));
    const previous = this.#highlight;
    this.#highlight = id;
    this.#touch(previous);
    this.#touch(id);
    await this.updateComplete;
    const el = this.#comment(id);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    if (document.activeElement === document.body || document.activeElement === null) el.focus({ preventScroll: true });
    // Comments above it may have been rendered at their estimated size (content-visibility): settle.
    requestAnimationFrame(() => el.scrollIntoView({ block: 'start' }));
  }

  async #announce(message: string) {
    this.#status = '';
    this.requestUpdate();
    await this.updateComplete;
    this.#status = message;
    this.requestUpdate();
  }

  async #copyLink(id: string) {
    const hash = `#comment-${encodeURIComponent(id)}`;
    try {
      await navigator.clipboard.writeText(new URL(hash, location.href).href);
      this.#announce(this.localize.term('linkCopied'));
    } catch {
      // No clipboard access: put the permalink in the address bar and say how to copy it.
      history.replaceState(history.state, '', hash);
      this.#announce(this.localize.term('copyFailed'));
    }
  }

  // ---- keyboard ---------------------------------------------------------------------------

  /** j / k move focus to the next / previous comment (not while typing). */
  readonly #onKey = (event: KeyboardEvent) => {
    if ((event.key !== 'j' && event.key !== 'k') || event.ctrlKey || event.metaKey || event.altKey) return;
    const path = event.composedPath() as HTMLElement[];
    if (path.some((n) => n.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(n.tagName))) return;
    const articles = [...this.shadowRoot!.querySelectorAll('article')];
    const current = path.find((n) => n.localName === 'article') as HTMLElement | undefined;
    let i = current ? articles.indexOf(current) : -1;
    i = event.key === 'j' ? i + 1 : (i < 0 ? articles.length : i) - 1;
    const target = articles[Math.max(0, Math.min(i, articles.length - 1))];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  // ---- posting ----------------------------------------------------------------------------

  #draft(key: string): Draft {
    let draft = this.#drafts.get(key);
    if (!draft) this.#drafts.set(key, (draft = { name: this.#lastName, body: '', invalid: {} }));
    return draft;
  }

  #openReply(id?: string) {
    const previous = this.#replyTo;
    this.#replyTo = id;
    this.#touch(previous);
    this.#touch(id);
    if (id) this.updateComplete.then(() => this.shadowRoot?.getElementById(`name-${id}`)?.focus());
  }

  async #submit(key: string) {
    const draft = this.#draft(key);
    draft.failure = undefined;
    if (!validate(draft)) {
      this.#touch(key || undefined);
      await this.updateComplete;
      this.shadowRoot?.getElementById(`${draft.invalid.name ? 'name' : 'body'}-${key || 'top'}`)?.focus();
      return;
    }
    const detail: CommentSubmitDetail = { name: draft.name.trim(), body: draft.body.trim(), parentId: key || undefined };
    this.#lastName = detail.name;
    const allowed = this.dispatchEvent(new CustomEvent('kq-comment-submit', { detail, bubbles: true, composed: true, cancelable: true }));
    this.#drafts.delete(key);
    if (key) {
      this.#openReply(undefined);
      if (this.#collapsed.delete(key)) this.#touch(key);
    }
    this.requestUpdate();
    if (!allowed || !this.action) {
      this.#focusAfter = key || undefined;
      return;
    }
    // Optimistic: the comment shows at once, awaiting moderation, then the server's answer replaces it.
    const local: Comment = { id: `kq-local-${++localIds}`, author: { name: detail.name }, published: new Date().toISOString(), body: detail.body, status: 'pending' };
    if (key) local.parentId = key;
    this.#posted = [...this.#posted, local];
    this.#pinned.add(key && this.#thread ? rootOf(this.#thread, key) : local.id);
    this.#focusAfter = local.id;
    this.#announce(this.localize.term('pending'));
    try {
      const { data } = await fetchJson(this.action, { method: 'POST', body: detail });
      const saved = this.#normalize([data])[0];
      if (saved) this.#pinned.add(key && this.#thread ? rootOf(this.#thread, key) : saved.id);
      this.#posted = this.#posted.map((c) => (c === local ? (saved ?? local) : c));
    } catch (error) {
      warn(this, 'post', (error as Error).message);
      this.#posted = this.#posted.filter((c) => c !== local);
      this.#drafts.set(key, { ...draft, invalid: {}, failure: error instanceof LoadError && (error.status === 401 || error.status === 403) ? 'unauthorized' : 'sendFailed' });
      if (key) this.#openReply(key);
    }
    this.requestUpdate();
  }

  #form(key: string, label: string) {
    return renderForm(this.#draft(key), this.localize, {
      key: key || 'top',
      label,
      onSubmit: () => this.#submit(key),
      onCancel: key ? () => this.#openReply(undefined) : undefined,
      onChange: () => this.#touch(key || undefined),
    });
  }

  // ---- rendering --------------------------------------------------------------------------

  #texts = new WeakMap<Comment, unknown>();
  #bodies = new WeakMap<Comment, HTMLElement>();

  #body(c: Comment) {
    if (this.bodyFormat !== 'html') {
      let body = this.#texts.get(c);
      if (!body) this.#texts.set(c, (body = textBody(c.body)));
      return body;
    }
    if (!this.#sanitize) return textBody(htmlToText(c.body));
    // One sanitized element per comment, moved (not rebuilt) when its branch is re-rendered.
    let box = this.#bodies.get(c);
    if (!box) this.#bodies.set(c, (box = this.#sanitize(c.body)));
    return box;
  }

  #date(c: Comment) {
    const at = commentTime(c);
    if (Number.isNaN(at)) return nothing;
    const iso = new Date(at).toISOString();
    const full = formatAbsolute(at, this.localize.locale, { timeZone: this.#zone, time: true });
    const id = `d-${c.id}`;
    return html`<a part="date" href="#comment-${encodeURIComponent(c.id)}"
      >${this.dateFormat === 'relative'
        ? html`<span id=${id} hidden>${full}</span><kq-relative-time datetime=${iso} time-zone=${this.#zone ?? nothing}></kq-relative-time>`
        : html`<time id=${id} datetime=${iso}>${full}</time>`}</a
    >`;
  }

  #author(c: Comment) {
    const { name: raw, url, avatar } = c.author;
    const name = raw || this.localize.term('anonymous');
    const initials = name
      .split(/\s+/)
      .slice(0, 2)
      .map((word) => [...word][0] ?? '')
      .join('')
      .toUpperCase();
    return html`${avatar
        ? html`<img part="avatar" class="avatar" src=${avatar} alt="" width="40" height="40" loading="lazy" decoding="async" />`
        : html`<span part="avatar initials" class="avatar" aria-hidden="true">${initials}</span>`}
      <span id="a-${c.id}" part="author" class="author" dir="auto">${url ? html`<a href=${url} rel="nofollow ugc noopener">${name}</a>` : name}</span>`;
  }

  #renderNode = (node: ThreadNode): unknown =>
    guard([node, this.#rev.get(node.comment.id), this.#renderKey], () => {
      const { comment: c, children, total } = node;
      const id = c.id;
      const deleted = c.status === 'deleted';
      const collapsed = this.#collapsed.has(id);
      const part = ['comment', c.status === 'pending' && 'pending', deleted && 'deleted', this.#highlight === id && 'highlighted'].filter(Boolean).join(' ');
      const t = this.localize;
      return html`<article id="comment-${id}" part=${part} tabindex="-1" aria-labelledby=${deleted ? `a-${id}` : `a-${id} d-${id}`} class=${node.replyTo ? 'flat' : ''}>
        <div class="main">
          ${deleted
            ? html`<p id="a-${id}" part="tombstone" class="tombstone">${t.term('deleted')}</p>`
            : html`<header class="meta">
                  ${this.#author(c)}
                  ${node.replyTo !== undefined ? html`<span part="in-reply-to">${t.term('inReplyTo', node.replyTo || t.term('anonymous'))}</span>` : nothing}
                  ${this.#date(c)} ${c.status === 'pending' ? html`<span part="badge" class="badge">${t.term('pending')}</span>` : nothing}
                </header>
                <div part="body" class="body" dir="auto">${this.#body(c)}</div>
                <p part="actions" class="actions">
                  ${this.closed || id.startsWith('kq-local-')
                    ? nothing
                    : html`<button type="button" aria-expanded=${this.#replyTo === id ? 'true' : 'false'} @click=${() => this.#openReply(this.#replyTo === id ? undefined : id)}>
                        ${t.term('reply')}
                      </button>`}
                  <button type="button" @click=${() => this.#copyLink(id)}>${t.term('copyLink')}</button>
                  ${c.likes ? html`<span class="likes">${t.term('likes', c.likes)}</span>` : nothing}
                </p>
                ${this.#replyTo === id && !this.closed ? this.#form(id, t.term('inReplyTo', c.author.name || t.term('anonymous'))) : nothing}`}
        </div>
        ${children.length
          ? html`<button type="button" part="toggle" class="toggle" aria-expanded=${collapsed ? 'false' : 'true'} aria-controls="r-${id}" @click=${() => this.#toggle(id)}>
                ${t.term(collapsed ? 'showReplies' : 'hideReplies', total)}
              </button>
              <ol id="r-${id}" part="replies" class="replies" role="list" ?hidden=${collapsed}>
                ${collapsed ? nothing : this.#list(children)}
              </ol>`
          : nothing}
      </article>`;
    });

  #renderKey = '';

  #list(nodes: readonly ThreadNode[]) {
    return repeat(
      nodes,
      (node) => node.comment.id,
      (node) => html`<li>${this.#renderNode(node)}</li>`,
    );
  }

  #toggle(id: string) {
    if (!this.#collapsed.delete(id)) this.#collapsed.add(id);
    this.#touch(id);
  }

  #showMore() {
    const roots = this.#thread?.roots ?? [];
    if ((this.#limit ?? 0) < roots.length) {
      this.#focusAfter = roots[this.#limit!].comment.id;
      this.#limit = pageEnd(roots, this.#limit!);
      this.requestUpdate();
    } else if (this.#next) {
      this.#more.run();
    }
  }

  protected override render() {
    const t = this.localize;
    const thread = this.#thread;
    const source = this.#source;
    // Anything every comment's rendering depends on besides its node: a change re-renders all.
    this.#renderKey = [t.lang, this.dateFormat, this.#zone, this.bodyFormat, !!this.#sanitize, this.closed].join();
    if (!source || !thread) {
      const failed = this.#load.status === TaskStatus.ERROR;
      return html`<slot></slot>
        <div part="message" class="message" role=${failed ? 'alert' : 'status'}>
          ${failed
            ? html`${t.term('loadError')} <button type="button" @click=${() => this.#load.run()}>${t.term('retry')}</button>`
            : this.src && this.comments === undefined && !this.#inline
              ? t.term('loading')
              : nothing}
        </div>`;
    }
    const roots = thread.roots;
    const limit = this.#limit ?? 0;
    const shown = roots.length > limit ? roots.filter((n, i) => i < limit || this.#pinned.has(n.comment.id)) : roots;
    const moreError = this.#more.status === TaskStatus.ERROR;
    return html`<section part="base" aria-labelledby="heading">
      <header class="head">
        <div id="heading" part="heading" role="heading" aria-level=${this.headingLevel}>${t.term('commentCount', thread.count)}</div>
        ${roots.length > 1
          ? html`<label part="sort" class="sort"
              >${t.term('sortBy')}
              <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as CommentSort)}>
                ${SORTS.map(
                  (s) => html`<option value=${s} ?selected=${this.sort === s}>${t.term(s === 'oldest' ? 'sortOldest' : s === 'newest' ? 'sortNewest' : 'sortTop')}</option>`,
                )}
              </select></label
            >`
          : nothing}
      </header>
      ${roots.length ? html`<ol part="list" class="list" role="list">${this.#list(shown)}</ol>` : html`<p part="message" class="message">${t.term('noComments')}</p>`}
      ${shown.length < roots.length || this.#next
        ? html`<p class="more">
            ${moreError ? html`<span role="alert">${t.term('loadError')}</span>` : nothing}
            <button type="button" part="more" ?disabled=${this.#more.status === TaskStatus.PENDING} @click=${() => this.#showMore()}>
              ${t.term(moreError ? 'retry' : 'loadMoreComments')}
            </button>
          </p>`
        : nothing}
      ${this.closed ? html`<p part="message" class="message">${t.term('closed')}</p>` : this.#form(TOP, t.term('yourComment'))}
      <div role="status" class="visually-hidden">${this.#status}</div>
    </section>`;
  }
}
