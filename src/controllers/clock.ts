/**
 * The page-wide clock shared by every time-dependent element.
 *
 * Each client tells the clock when its displayed text changes next (a unit boundary: the next
 * minute of "il y a 5 minutes", the next midnight of "il y a 4 jours"). One timer wakes at the
 * earliest of those instants, and only the clients that are due are looked at. A due client that
 * is on screen is told to update; one that is off screen (or in a hidden tab) is marked stale and
 * watched by one IntersectionObserver, which catches it up when it comes back into view. Clients
 * that are not due cost nothing: no observer, no timer, no work on a tick.
 */
export interface ClockClient extends Element {
  /** Called when the client is due and on screen. */
  tick(): void;
}

/** Wake a few milliseconds late rather than early, so that the boundary is really crossed. */
const SLACK = 5;
const MAX_DELAY = 2 ** 31 - 1;

/** Whether an element is rendered within the viewport's height (only asked of due clients). */
function onScreen(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom >= 0 && rect.top <= innerHeight && rect.width + rect.height > 0;
}

class Clock {
  readonly #due = new Map<ClockClient, number>();
  /** Due clients that were off screen: the observer brings them back. */
  readonly #stale = new Set<Element>();
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
    this.#due.set(client, at);
    this.#unstale(client);
    if (!this.#listening) {
      this.#listening = true;
      document.addEventListener('visibilitychange', this.#onVisibility);
    }
    // A new earliest time needs no scan: it is the minimum by definition.
    if (at < this.#timerAt) this.#armAt(at);
  }

  unsubscribe(client: ClockClient): void {
    if (!this.#due.delete(client)) return;
    this.#unstale(client);
    if (!this.#due.size) this.#stop();
  }

  #unstale(element: Element) {
    if (this.#stale.delete(element)) this.#observer?.unobserve(element);
  }

  #stop() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#stale.clear();
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

  #markStale(client: ClockClient) {
    if (typeof IntersectionObserver === 'undefined') return client.tick();
    this.#observer ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting && this.#stale.has(entry.target)) {
          this.#unstale(entry.target);
          (entry.target as ClockClient).tick();
        }
      }
    });
    this.#stale.add(client);
    this.#observer.observe(client);
  }

  /** Sets the one timer to the earliest due time of the clients not already waiting off screen. */
  #arm() {
    let earliest = Infinity;
    for (const [client, at] of this.#due) {
      if (at < earliest && !this.#stale.has(client)) earliest = at;
    }
    this.#armAt(earliest);
  }

  #armAt(at: number) {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
    if (at === Infinity || document.hidden) return;
    this.#timerAt = at;
    const delay = Math.min(Math.max(at - Date.now() + SLACK, 0), MAX_DELAY);
    this.#timer = setTimeout(() => this.#run(), delay);
  }

  /** Ticks every due client on screen; due clients off screen wait for the observer. */
  #run() {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    if (document.hidden) return;
    const now = Date.now();
    const due: ClockClient[] = [];
    for (const [client, at] of this.#due) {
      if (at <= now && !this.#stale.has(client)) due.push(client);
    }
    for (const client of due) {
      // Until the client reschedules itself, it is not due again.
      this.#due.set(client, Infinity);
      if (onScreen(client)) client.tick();
      else this.#markStale(client);
    }
    this.#arm();
  }
}

/** The one clock of the page. */
export const clock = new Clock();
