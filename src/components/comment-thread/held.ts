import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadAdapter } from '../../adapters/adapter.js';
import { normalizeComment, type Comment } from '../../internal/comment.js';
import { fetchJson, type LoadError } from '../../internal/fetch-json.js';
import { warn } from '../../internal/warn.js';
import { htmlToText } from './body.js';

/**
 * How long the page keeps a held comment without news of it. A source never lists a comment it
 * holds, and cannot always say it refused one (WordPress answers an anonymous reader the same 401
 * for a comment held, trashed or marked as spam); WordPress empties its trash after 30 days.
 */
export const HELD_DAYS = 30;
const DAY = 86_400_000;
/** The most held comments kept for one thread (the latest). */
const MAX_HELD = 20;
const PREFIX = 'kq-held';

/** What the page keeps of a comment this reader sent and the source holds: enough to show it. */
interface Held {
  /** The source's id; none when its answer named none (then found by parent, name and text). */
  id?: string;
  parentId?: string;
  name: string;
  body: string;
  published: string;
  /** When it was kept (epoch ms): dropped HELD_DAYS later. */
  at: number;
}

/** What the thread is to its reader's comments: where they were posted and where they are read. */
export interface ReaderCommentsHost extends ReactiveControllerHost, HTMLElement {
  readonly src?: string;
  readonly action?: string;
  readonly adapter?: string;
  readonly hasUpdated: boolean;
}

/**
 * Where the page keeps the held comments of a thread: one entry per page (its address without the
 * hash) and thread (its `src` and `action`); none for a thread that does not read `src` and post
 * to `action` (a list given by the page is the page's to complete).
 */
function storageKey({ src, action }: ReaderCommentsHost): string | undefined {
  if (isServer || !src || !action) return undefined;
  try {
    const page = new URL(location.href);
    page.hash = '';
    return [PREFIX, page.href, new URL(src, document.baseURI).href, new URL(action, document.baseURI).href].join(' ');
  } catch {
    return undefined;
  }
}

const isHeld = (value: unknown): value is Held => {
  const h = Object(value) as Record<string, unknown>;
  const optional = (field: unknown) => field === undefined || typeof field == 'string';
  return (
    typeof h.name == 'string' &&
    typeof h.body == 'string' &&
    typeof h.published == 'string' &&
    typeof h.at == 'number' &&
    optional(h.id) &&
    optional(h.parentId)
  );
};

/**
 * The letters and digits of a text, to compare what was sent with what the source lists: a site
 * changes the rest (WordPress's typography turns ' into ’, -- into –, ... into …, lines into `<p>`).
 */
const words = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let localIds = 0;

/**
 * This reader's comments that the source does not list: the ones sent during this visit, and the
 * ones the source holds for moderation, kept in the page's `localStorage` across reloads (a
 * source lists a held comment to nobody, as WordPress does to an anonymous reader). Each is
 * shown, pending, until the source lists it: then the source's own is shown and the page's copy
 * dropped (approved: published, once; refused: as the source says). An adapter that can read one
 * comment (`Adapter.comment`) is asked on each load: published, it shows at once (even when on a
 * page not loaded yet); gone (404), it is dropped. Otherwise it is dropped after HELD_DAYS.
 */
export class ReaderComments implements ReactiveController {
  /** The comments to show after the source's, in the order they were sent. */
  #mine: readonly Comment[] = [];
  /** What the page keeps, by the comment shown for it. */
  #held = new Map<Comment, Held>();
  #key?: string;
  /** Whether the adapter was asked about the held comments since they were read (or the thread came back). */
  #checked = false;
  #checking?: AbortController;
  #settled?: { base: readonly Comment[]; extra: readonly Comment[]; mine: readonly Comment[] };

  constructor(private readonly host: ReaderCommentsHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#checking?.abort();
    this.#checked = false;
  }

  /**
   * The comments to show: the source's (`base`, then `extra`), then the reader's that it does not
   * list (the page forgets those it published or refused); each id once, the source's copy first.
   */
  comments(base: readonly Comment[], extra: readonly Comment[], html: boolean): Comment[] {
    const seen = new Set<string>();
    return [...base, ...extra, ...this.#shown(base, extra, html)].filter((c) => {
      if (seen.has(c.id)) return false;
      seen.add(c.id);
      return true;
    });
  }

  #shown(base: readonly Comment[], extra: readonly Comment[], html: boolean): readonly Comment[] {
    const key = storageKey(this.host);
    // Hydrating server HTML, the first render must match it: the held comments come with the next.
    if (key !== this.#key && !this.host.hasUpdated && this.host.shadowRoot?.firstChild) {
      this.host.updateComplete.then(() => this.host.requestUpdate());
    } else if (key !== this.#key) {
      this.#key = key;
      this.#restore();
    }
    if (!this.#checked && this.#held.size) this.#check();
    const last = this.#settled;
    if (this.#mine.length && !(last?.base === base && last.extra === extra && last.mine === this.#mine))
      this.#settle([...base, ...extra], html);
    this.#settled = { base, extra, mine: this.#mine };
    return this.#mine;
  }

  /** A comment left a form, sent to `action`: shown at once. */
  sent(pending: Comment): void {
    this.#set([...this.#mine, pending]);
  }

  /** The source answered: `saved` replaces `pending`; held for moderation, the page keeps it. */
  saved(pending: Comment, saved: Comment): void {
    this.#set(this.#mine.map((c) => (c === pending ? saved : c)));
    if (saved.status !== 'pending' || !this.#key) return;
    const { id, parentId, author, body, published } = saved;
    const known = !id.startsWith('kq-local-');
    this.#held.set(saved, { id: known ? id : undefined, parentId, name: author.name, body, published, at: Date.now() });
    this.#save();
  }

  /** The source refused it (the form shows why): it goes. */
  failed(pending: Comment): void {
    this.#set(this.#mine.filter((c) => c !== pending));
  }

  #set(mine: readonly Comment[]) {
    this.#mine = mine;
    this.host.requestUpdate();
  }

  /** Reads what the page kept for this thread (none past HELD_DAYS). */
  #restore() {
    this.#checking?.abort();
    this.#checked = false;
    this.#held = new Map();
    this.#mine = [];
    if (!this.#key) return;
    let stored: string | null;
    try {
      stored = localStorage.getItem(this.#key);
    } catch (error) {
      warn(this.host, 'held', `the comments held for moderation cannot be kept on this page (${error})`);
      return;
    }
    let kept: unknown = [];
    let damaged = false;
    try {
      if (stored) kept = JSON.parse(stored);
      if (!Array.isArray(kept)) throw new Error('not a list');
    } catch (error) {
      // Forgotten (written again), with one message: the reader sees the source's comments.
      warn(this.host, 'held', `the comments held for moderation kept on this page were damaged (${error})`);
      [kept, damaged] = [[], true];
    }
    const mine: Comment[] = [];
    const now = Date.now();
    for (const held of kept as unknown[]) {
      if (!isHeld(held) || !(now - held.at < HELD_DAYS * DAY)) continue;
      const comment = normalizeComment({
        id: held.id ?? `kq-local-held-${++localIds}`,
        parentId: held.parentId,
        author: { name: held.name },
        published: held.published,
        body: held.body,
        status: 'pending',
      });
      if (!comment) continue;
      mine.push(comment);
      this.#held.set(comment, held);
    }
    this.#mine = mine;
    if (damaged || this.#held.size !== (kept as unknown[]).length) this.#save();
  }

  /** Writes what the page keeps for this thread (the latest MAX_HELD), or removes it when nothing is held. */
  #save() {
    const kept = [...this.#held.values()].slice(-MAX_HELD);
    try {
      if (kept.length) localStorage.setItem(this.#key!, JSON.stringify(kept));
      else localStorage.removeItem(this.#key!);
    } catch (error) {
      warn(this.host, 'held-save', `the comment held for moderation could not be kept on this page (${error})`);
    }
  }

  /**
   * Leaves out the reader's comments that the source lists (`listed`), by id, or for a held
   * comment kept without one, by parent, author's name and text; the page stops keeping those
   * the source published or refused.
   */
  #settle(listed: readonly Comment[], html: boolean) {
    const byId = new Map(listed.map((c) => [c.id, c]));
    const same = (c: Comment, held: Held) =>
      (c.parentId ?? '') === (held.parentId ?? '') &&
      words(c.author.name) === words(held.name) &&
      words(html ? htmlToText(c.body) : c.body) === words(held.body);
    let changed = false;
    this.#mine = this.#mine.filter((mine) => {
      const held = this.#held.get(mine);
      const match = byId.get(mine.id) ?? (held && !held.id ? listed.find((c) => same(c, held)) : undefined);
      if (!match) return true;
      if (held && match.status === 'pending') held.id = match.id;
      else if (held) this.#held.delete(mine);
      changed ||= !!held;
      return false;
    });
    if (changed) this.#save();
  }

  /**
   * Asks the adapter about each held comment with an id, when it can read one comment: published,
   * it is shown as the source gives it; gone (404, 410), it goes. Held, refused without a trace, or
   * no answer: it stays.
   */
  async #check() {
    this.#checked = true;
    const checking = (this.#checking = new AbortController());
    const { src, adapter: name } = this.host;
    let adapter;
    try {
      adapter = await loadAdapter(name);
    } catch {
      return; // the thread says so when it loads src
    }
    const url = adapter.comment?.bind(adapter);
    if (!url || !src) return;
    const held = [...this.#held].filter(([, h]) => h.id);
    let changed = false;
    await Promise.all(
      held.map(async ([shown, { id }]) => {
        const fresh = await this.#ask(url(src, id!), adapter.toComment, checking.signal);
        if (fresh === undefined || checking.signal.aborted || !this.#held.delete(shown)) return;
        changed = true;
        this.#mine = fresh ? this.#mine.map((c) => (c === shown ? fresh : c)) : this.#mine.filter((c) => c !== shown);
      }),
    );
    if (changed) {
      this.#save();
      this.host.requestUpdate();
    }
  }

  /**
   * One held comment as the source has it now: the published comment; `null` when it is gone
   * (404, 410, or listed as deleted); `undefined` while held, refused without a trace, or unknown.
   */
  async #ask(url: string, toComment: (raw: unknown) => unknown, signal: AbortSignal) {
    try {
      const comment = normalizeComment(toComment((await fetchJson(url, { signal })).data));
      if (comment?.status === 'deleted') return null;
      return comment && comment.status !== 'pending' ? comment : undefined;
    } catch (error) {
      const { status } = error as LoadError;
      return status === 404 || status === 410 ? null : undefined;
    }
  }
}
