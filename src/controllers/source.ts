import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchPage, loadAdapter } from '../adapters/adapter.js';
import { listPage } from '../adapters/ours.js';
import type { Adapter, AdapterPage, ListKind } from '../adapters/types.js';
import { DEFAULT_TIMEOUT, inlineJson, LoadError } from '../internal/fetch-json.js';
import { NearViewportController } from './near-viewport.js';
import { ReservedHeight } from './reserved-height.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A list given in the page: its first page, or why it cannot be read. */
export interface InlineSource {
  page?: AdapterPage;
  error?: LoadError;
}

/** Limits on what is read: `maxBytes`, the most bytes of an answer (see fetchJson). */
export interface SourceLimits {
  maxBytes?: number;
}

/** What to load: the URL (`undefined` when there is nothing to fetch), the adapter's name, the timeout in ms. */
export type SourceArgs = readonly [src: string | undefined, adapter?: string, timeout?: number];

/**
 * A list a component reads, the same way for every component: `inline()` reads it from the page
 * (an inline JSON child), otherwise the first page of its `src` is read through the named adapter,
 * fetched once the host comes near the viewport and again whenever the URL, adapter or timeout
 * change. `task` is the `@lit/task` of that first page (`status`, `value`, `error`, `run()` to
 * retry); `page(url)` fetches any later page with the same adapter. A request still in flight
 * when the host leaves the document is aborted (with its timeout, so a removed element keeps
 * nothing alive) and starts again when it comes back. `limits.maxBytes` bounds every answer read.
 * While `src` loads (or waits for the viewport), the host keeps the height it had with that
 * source's data when last on this page (ReservedHeight), so that a reload scrolls back to the same place.
 */
export class SourceController implements ReactiveController {
  readonly task: Task<readonly [string | undefined, boolean, string | undefined, number | undefined], AdapterPage>;
  /** The adapter of the latest request (e.g. whether its comment bodies are HTML). */
  adapter?: Adapter;
  #resume = false;
  readonly #host: Host;
  readonly #kind: ListKind;
  readonly #args: () => SourceArgs;
  readonly #limits: SourceLimits;
  readonly #height: ReservedHeight;

  constructor(
    host: Host,
    kind: ListKind,
    args: () => SourceArgs,
    onError?: (error: unknown) => void,
    limits: SourceLimits = {},
  ) {
    const near = new NearViewportController(host);
    this.#host = host;
    this.#kind = kind;
    this.#args = args;
    this.#limits = limits;
    this.#height = new ReservedHeight(host);
    this.task = new Task(host, {
      args: () => {
        const [src, adapter, timeout] = args();
        return [src, near.near, adapter, timeout] as const;
      },
      task: ([src, near], { signal }) => (src && near ? this.page(src, signal, true) : initialState),
      onError,
    });
    host.addController(this);
  }

  /**
   * The list written in the page, as the host's `<script type="application/json">` child, in our
   * JSON (`[...]` or `{ items, next? }`, `next` resolved against the page): `undefined` when there
   * is no such child, `{ error }` when its JSON is malformed or not a list. Read when called: the
   * host keeps the result, and calls again to re-read (a retry).
   */
  inline(): InlineSource | undefined {
    const inline = inlineJson(this.#host);
    if (!inline) return undefined;
    if (inline.error) return { error: inline.error };
    const page = listPage(inline.data, document.baseURI);
    return page
      ? { page }
      : { error: new LoadError('shape', 'the inline JSON is neither a list nor has an "items" array') };
  }

  /**
   * One page: the first from `src` (`first`: with the platform's defaults added), or a later one
   * from a page's `next`.
   */
  async page(url: string, signal?: AbortSignal, first?: boolean): Promise<AdapterPage> {
    const [, name, timeout] = this.#args();
    const adapter = (this.adapter = await loadAdapter(name));
    return fetchPage(adapter, first ? adapter.first(url, this.#kind) : url, this.#kind, {
      signal,
      timeout: timeout! > 0 ? timeout : DEFAULT_TIMEOUT,
      maxBytes: this.#limits.maxBytes,
    });
  }

  hostConnected(): void {
    if (this.#resume) this.task.run();
    this.#resume = false;
    this.hostUpdated();
  }

  hostDisconnected(): void {
    if (this.task.status == TaskStatus.PENDING) {
      this.#resume = true;
      this.task.abort();
    }
    this.#height.stop();
  }

  /** The height reserved while `src` loads, released once its data or an error shows. */
  hostUpdated(): void {
    const [src] = this.#args();
    const status = this.task.status;
    if (!src || status === TaskStatus.ERROR) this.#height.release();
    else if (status === TaskStatus.COMPLETE) this.#height.shown(src);
    else this.#height.loading(src);
  }
}
