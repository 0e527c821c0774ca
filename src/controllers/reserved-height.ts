/**
 * The height an element had with its data on this page, kept for this tab (sessionStorage), per
 * page, element and source: reserved as its `min-height` while it loads again (a reload, a
 * return to the page), so that the page is as long as the reader left it and the scroll position
 * the browser restores lands where the reader was. Nothing is kept where storage is blocked.
 */
export class ReservedHeight {
  readonly #host: HTMLElement;
  /** The storage key of the source shown or loading. */
  #key?: string;
  /** A height is reserved. */
  #reserved = false;
  #observer?: ResizeObserver;
  /** The last `src` asked about and its key. */
  #keyed?: { src: string; key: string | undefined };

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** `src` is loading: reserve the height it last had here, if any. */
  loading(src: string): void {
    this.stop();
    const key = this.#keyOf(src);
    if (key === this.#key && this.#reserved) return;
    this.release();
    this.#key = key;
    const height = key && read(key);
    if (!height) return;
    this.#reserved = true;
    this.#host.style.minHeight = `${height}px`;
  }

  /** `src` shows its data: its own height from now on, remembered whenever it changes. */
  shown(src: string): void {
    this.release();
    const key = this.#keyOf(src);
    if (this.#observer && key === this.#key) return;
    this.stop();
    this.#key = key;
    if (!key || typeof ResizeObserver === 'undefined') return;
    // The content box's height: what min-height sets (a host of box-sizing: content-box, as ours are).
    this.#observer = new ResizeObserver(([entry]) => write(key, entry.contentRect.height));
    this.#observer.observe(this.#host);
  }

  /** Nothing reserved (an error shows, or nothing is loaded from a source). */
  release(): void {
    if (!this.#reserved) return;
    this.#host.style.minHeight = '';
    this.#reserved = false;
  }

  /** The storage key of `src`, worked out once per `src`: the host asks at each of its updates. */
  #keyOf(src: string): string | undefined {
    if (src !== this.#keyed?.src) this.#keyed = { src, key: keyOf(this.#host, src) };
    return this.#keyed.key;
  }

  /** Nothing watched (the host left the page, or loads): `shown` watches again. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}

/** The key of `src` in `host` on this page; undefined when there is no storage. */
function keyOf(host: Element, src: string): string | undefined {
  try {
    if (!sessionStorage) return undefined; // throws where storage is blocked
    return `kq-height ${host.localName} ${location.href.split('#')[0]} ${new URL(src, document.baseURI).href}`;
  } catch {
    return undefined; // no storage (a server, a sandboxed frame, privacy settings) or an invalid URL
  }
}

function read(key: string): number | undefined {
  try {
    const height = Number(sessionStorage.getItem(key));
    return height > 0 && height < 100_000 ? height : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, height: number) {
  try {
    sessionStorage.setItem(key, String(Math.round(height)));
  } catch {
    // storage blocked or full: nothing is reserved on the next visit
  }
}
