import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const waiting = new Map<Element, NearViewportController>();
let observer: IntersectionObserver | undefined;

function observe(controller: NearViewportController, element: Element) {
  if (typeof IntersectionObserver === 'undefined') {
    controller.reached();
    return;
  }
  // One observer for the page; 400px ahead so that data arrives before the reader does.
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const c = waiting.get(entry.target);
        unobserve(entry.target);
        c?.reached();
      }
    },
    { rootMargin: '400px' },
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
 * `near` becomes true, once, when the host comes within 400px of the viewport; the host updates
 * then. Used to start network requests only for elements a reader may see.
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
