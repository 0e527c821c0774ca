import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const waiting = new Map<Element, NearViewportController>();
let observer: IntersectionObserver | undefined;

/**
 * What counts as near: within 400px of the viewport, so that data arrives before the reader does,
 * or anywhere above it. An element the reader went past without it ever coming near (a jump to an
 * anchor, the scroll position a reload restores) is above the viewport, and an observer only
 * reports a change of intersection: with the margin above reaching past any page, going past it
 * is one. The autoloader uses the same margin.
 */
export const NEAR_MARGIN = '1000000px 400px 400px';

function observe(controller: NearViewportController, element: Element) {
  if (typeof IntersectionObserver === 'undefined') {
    controller.reached();
    return;
  }
  // One observer for the page.
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const c = waiting.get(entry.target);
        unobserve(entry.target);
        c?.reached();
      }
    },
    // The document's own viewport: in a frame too, where the implicit root (the top window's
    // viewport) would clip an element gone past, and ignore the margin across origins.
    { root: document, rootMargin: NEAR_MARGIN },
  );
  waiting.set(element, controller);
  observer.observe(element);
}

function unobserve(element: Element) {
  if (!waiting.delete(element)) return;
  observer?.unobserve(element);
  if (!waiting.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** How many elements wait for the viewport (for leak tests). */
export const nearViewportWaiting = () => waiting.size;

/**
 * `near` becomes true, once, when the host comes within 400px of the viewport or is above it (see
 * NEAR_MARGIN); the host updates then. Used to start network requests only for elements a reader
 * may see, or has gone past.
 */
export class NearViewportController implements ReactiveController {
  near = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.near) observe(this, this.host);
  }

  hostDisconnected(): void {
    unobserve(this.host);
  }

  reached(): void {
    if (this.near) return;
    this.near = true;
    this.host.requestUpdate();
  }
}
