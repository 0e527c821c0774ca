/**
 * The page-wide clock shared by every time-dependent element.
 *
 * Each client tells the clock when its displayed text changes next (a unit boundary: the next
 * minute of "il y a 5 minutes", the next midnight of "il y a 4 jours"). One timer wakes at the
 * earliest of those instants, and only the clients that are due are told to update. Clients that
 * are off screen or in a hidden tab are marked stale instead, and caught up when they return.
 */
export interface ClockClient {
  /** The element whose visibility decides whether it is worth updating now. */
  readonly element: Element;
  /** Called when the client is due and visible. */
  tick(): void;
}

/** Wake a few milliseconds late rather than early, so that the boundary is really crossed. */
const SLACK = 5;
const MAX_DELAY = 2 ** 31 - 1;

class Clock {
  readonly #due = new Map<ClockClient, number>();
  readonly #clients = new WeakMap<Element, ClockClient>();
  readonly #offscreen = new WeakSet<Element>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;
  #observer: IntersectionObserver | undefined;
  #listening = false;

  /** How many clients are subscribed (for leak tests and diagnostics). */
  get size(): number {
    return this.#due.size;
  }

  /** Subscribes a client, or moves its next due time. */
  schedule(client: ClockClient, at: number): void {
    if (!this.#due.has(client)) {
      this.#clients.set(client.element, client);
      this.#observe(client.element);
    }
    this.#due.set(client, at);
    // A new earliest time needs no scan: it is the minimum by definition.
    if (at < this.#timerAt && !this.#offscreen.has(client.element)) this.#armAt(at);
  }

  unsubscribe(client: ClockClient): void {
    if (!this.#due.delete(client)) return;
    this.#observer?.unobserve(client.element);
    this.#offscreen.delete(client.element);
    this.#clients.delete(client.element);
    if (!this.#due.size) this.#stop();
  }

  #observe(element: Element) {
    if (!this.#listening) {
      this.#listening = true;
      document.addEventListener('visibilitychange', this.#onVisibility);
    }
    if (typeof IntersectionObserver === 'undefined') return;
    this.#observer ??= new IntersectionObserver((entries) => {
      let returned = false;
      for (const entry of entries) {
        if (entry.isIntersecting) {
          returned ||= this.#offscreen.delete(entry.target);
        } else {
          this.#offscreen.add(entry.target);
        }
      }
      // Elements coming back into view catch up at once.
      if (returned) this.#run();
    });
    this.#observer.observe(element);
  }

  #stop() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#listening) {
      this.#listening = false;
      document.removeEventListener('visibilitychange', this.#onVisibility);
    }
  }

  readonly #onVisibility = () => {
    if (document.hidden) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#timerAt = Infinity;
    } else {
      this.#run();
    }
  };

  /** Sets the one timer to the earliest due time of the visible clients. */
  #arm() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
    if (typeof document !== 'undefined' && document.hidden) return;
    let earliest = Infinity;
    for (const [client, at] of this.#due) {
      if (at < earliest && !this.#offscreen.has(client.element)) earliest = at;
    }
    this.#armAt(earliest);
  }

  #armAt(at: number) {
    if (at === Infinity || (typeof document !== 'undefined' && document.hidden)) return;
    clearTimeout(this.#timer);
    this.#timerAt = at;
    const delay = Math.min(Math.max(at - Date.now() + SLACK, 0), MAX_DELAY);
    this.#timer = setTimeout(() => this.#run(), delay);
  }

  /** Ticks every due, visible client; the rest wait. */
  #run() {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    if (document.hidden) return;
    const now = Date.now();
    const due: ClockClient[] = [];
    for (const [client, at] of this.#due) {
      if (at <= now && !this.#offscreen.has(client.element)) due.push(client);
    }
    for (const client of due) {
      // Until the client reschedules itself, it is not due again.
      this.#due.set(client, Infinity);
      client.tick();
    }
    this.#arm();
  }
}

/** The one clock of the page. */
export const clock = new Clock();
