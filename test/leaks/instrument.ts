/**
 * Counts what kiosque's own code leaves alive: timers (setTimeout, setInterval,
 * requestAnimationFrame), observations (MutationObserver, IntersectionObserver, ResizeObserver:
 * observe minus unobserve/disconnect) and listeners on window and document (add minus remove).
 *
 * Only calls made with kiosque's source on the stack (a `/src/` URL, or the deliberately leaky
 * element of leaky.ts that proves the counting works) are counted, so the test framework's own
 * timers and listeners, which come and go on their own schedule, are not mistaken for leaks.
 * A fired timeout or frame is no longer alive.
 */
const OURS = /\/src\/|\/test\/leaks\/leaky\./;
/**
 * Inside a callback that kiosque scheduled: what it schedules in turn is kiosque's too (stacks of callbacks need not
 * name their source).
 */
let inOurs = 0;
const ours = () => inOurs > 0 || OURS.test(new Error().stack ?? '');
function asOurs<A extends unknown[]>(callback: (...args: A) => void, ...args: A) {
  inOurs++;
  try {
    callback(...args);
  } finally {
    inOurs--;
  }
}

const timeouts = new Set<unknown>();
const intervals = new Set<unknown>();
const frames = new Set<unknown>();
/** observer → observed targets (only observers that currently observe something). */
const observations = new Map<object, Set<Node>>();
/** [target, type, listener, capture] of the listeners added and not removed. */
const listeners: Array<[EventTarget, string, unknown, boolean]> = [];

export interface Live {
  timeouts: number;
  intervals: number;
  frames: number;
  observations: number;
  listeners: number;
}

export function live(): Live {
  let observed = 0;
  for (const targets of observations.values()) observed += targets.size;
  return {
    timeouts: timeouts.size,
    intervals: intervals.size,
    frames: frames.size,
    observations: observed,
    listeners: listeners.length,
  };
}

/** What is alive, listed (for a failure message). */
export function describeLive(): string[] {
  const out: string[] = [];
  for (const [observer, targets] of observations) {
    for (const t of targets)
      out.push(`${observer.constructor.name} observes ${(t as Element).localName ?? t.nodeName}`);
  }
  for (const [target, type] of listeners)
    out.push(`"${type}" listener on ${target === window ? 'window' : 'document'}`);
  return out;
}

let installed = false;

export function install(): void {
  if (installed) return;
  installed = true;
  const w = window as unknown as Record<string, unknown>;

  const setTimeout0 = window.setTimeout.bind(window);
  const clearTimeout0 = window.clearTimeout.bind(window);
  w.setTimeout = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function' || !ours()) return setTimeout0(handler, ms, ...args);
    const id = setTimeout0(() => {
      timeouts.delete(id);
      asOurs(handler as (...a: unknown[]) => void, ...args);
    }, ms);
    timeouts.add(id);
    return id;
  };
  w.clearTimeout = (id?: number) => {
    timeouts.delete(id);
    clearTimeout0(id);
  };

  const setInterval0 = window.setInterval.bind(window);
  const clearInterval0 = window.clearInterval.bind(window);
  w.setInterval = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setInterval0(handler, ms, ...args);
    if (ours()) intervals.add(id);
    return id;
  };
  w.clearInterval = (id?: number) => {
    intervals.delete(id);
    clearInterval0(id);
  };

  const raf0 = window.requestAnimationFrame.bind(window);
  const caf0 = window.cancelAnimationFrame.bind(window);
  w.requestAnimationFrame = (callback: FrameRequestCallback) => {
    if (!ours()) return raf0(callback);
    const id = raf0((time) => {
      frames.delete(id);
      asOurs(callback, time);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    caf0(id);
  };

  for (const Observer of [MutationObserver, IntersectionObserver, ResizeObserver] as Array<
    { prototype: object } | undefined
  >) {
    if (!Observer) continue;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const proto = Observer.prototype as Record<string, (this: object, ...a: any[]) => unknown>;
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (this: object, target: Node, ...rest: unknown[]) {
      if (ours()) {
        let targets = observations.get(this);
        if (!targets) observations.set(this, (targets = new Set()));
        targets.add(target);
      }
      return observe.call(this, target, ...rest);
    };
    if (unobserve) {
      proto.unobserve = function (this: object, target: Node) {
        const targets = observations.get(this);
        targets?.delete(target);
        if (targets && !targets.size) observations.delete(this);
        return unobserve.call(this, target);
      };
    }
    proto.disconnect = function (this: object) {
      observations.delete(this);
      return disconnect.call(this);
    };
  }

  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const find = (type: string, listener: unknown, c: boolean) =>
      listeners.findIndex(([t, ty, l, cap]) => t === target && ty === type && l === listener && cap === c);
    const forget = (type: string, listener: unknown, c: boolean) => {
      const i = find(type, listener, c);
      if (i >= 0) listeners.splice(i, 1);
    };
    Object.defineProperty(target, 'addEventListener', {
      configurable: true,
      value(
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        const c = capture(options);
        if (listener && ours() && find(type, listener, c) < 0) {
          listeners.push([target, type, listener, c]);
          const o = typeof options === 'object' ? options : undefined;
          o?.signal?.addEventListener('abort', () => forget(type, listener, c));
          if (o?.once) add(type, () => forget(type, listener, c), { once: true });
        }
        add(type, listener, options);
      },
    });
    Object.defineProperty(target, 'removeEventListener', {
      configurable: true,
      value(
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions,
      ) {
        forget(type, listener, capture(options));
        remove(type, listener, options);
      },
    });
  }
}
