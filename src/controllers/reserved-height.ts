/**
 * The height an element had with its data on this page, kept for this tab (sessionStorage), per
 * page, element and source: reserved as its `min-block-size` while it loads again (a reload, a
 * return to the page), so that the page is as long as the reader left it and the scroll position
 * the browser restores lands where the reader was. Nothing is kept where storage is blocked.
 */
export class ReservedHeight {
  readonly #host: HTMLElement;
  /** The storage key of the source shown or loading. */
  #key?: string;
  /** The host's own inline `min-block-size`, while a reserved one replaces it. */
  #own?: string;
  #observer?: ResizeObserver;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** `src` is loading: reserve the height it last had here, if any. */
  loading(src: string): void {
    this.#stopWatching();
    const key = keyOf(this.#host, src);
    if (key === this.#key && this.#own !== undefined) return;
    this.release();
    this.#key = key;
    const height = key && read(key);
    if (!height) return;
    this.#own = this.#host.style.minBlockSize;
    this.#host.style.minBlockSize = `${height}px`;
  }

  /** `src` shows its data: its own height from now on, remembered whenever it changes. */
  shown(src: string): void {
    this.release();
    const key = keyOf(this.#host, src);
    if (this.#observer && key === this.#key) return;
    this.#stopWatching();
    this.#key = key;
    if (!key || typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver(([entry]) => {
      const border = getComputedStyle(this.#host).boxSizing === 'border-box';
      const box = (border ? entry.borderBoxSize : entry.contentBoxSize)?.[0];
      write(key, box ? box.blockSize : entry.contentRect.height);
    });
    this.#observer.observe(this.#host);
  }

  /** Nothing reserved (an error shows, or nothing is loaded from a source). */
  release(): void {
    if (this.#own === undefined) return;
    this.#host.style.minBlockSize = this.#own;
    this.#own = undefined;
  }

  /** The host left the page: nothing watched (`shown` watches again). */
  stop(): void {
    this.#stopWatching();
  }

  #stopWatching() {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}

/** The key of `src` in `host` on this page; undefined when there is no storage. */
function keyOf(host: Element, src: string): string | undefined {
  try {
    if (typeof sessionStorage === 'undefined') return undefined;
    const page = location.origin + location.pathname + location.search;
    return `kq-height ${host.localName} ${page} ${new URL(src, document.baseURI).href}`;
  } catch {
    return undefined; // storage blocked (sandboxed frame, privacy settings) or an invalid URL
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
