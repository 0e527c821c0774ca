// The autoloader: defines only the kiosque elements a page uses, when it uses them.
// It looks for undefined `kq-*` elements in the document (and in the open shadow roots it meets),
// imports each one's registration module on demand, and keeps watching for elements added later.
// A page loads it once: <script type="module" src=".../autoloader.js"></script>.
// Elements a component renders itself (kq-relative-time inside kq-article-card) come with it as
// declared dependencies; the autoloader only handles the tags it finds.
// The self-contained bundle (src/bundle.ts) uses it too, for the elements it does not carry.

/** Each tag's registration module, loaded on first sight. */
import { NEAR_MARGIN } from './controllers/near-viewport.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'kq-article-card': () => import('./components/article-card/article-card.define.js'),
  'kq-comment-thread': () => import('./components/comment-thread/comment-thread.define.js'),
  'kq-contact-link': () => import('./components/contact-link/contact-link.define.js'),
  'kq-related-articles': () => import('./components/related-articles/related-articles.define.js'),
  'kq-relative-time': () => import('./components/relative-time/relative-time.define.js'),
};

/**
 * Tags loaded when an element of theirs comes near the viewport (NEAR_MARGIN: within 400px, or gone
 * past) rather than on first sight: the comment thread sits below an article and is the largest
 * element, so a reader who never scrolls to the comments never downloads it. The margin is
 * NearViewportController's, so that the code arrives before the reader does.
 */
const loadedWhenNear = new Set(['kq-comment-thread']);

const requested = new Map<string, Promise<unknown>>();
const watched = new WeakSet<Node>();

/** Loads the module of one tag (once). Resolves when the tag is defined. */
export function load(tag: string): Promise<unknown> {
  let pending = requested.get(tag);
  if (!pending) {
    const loader = loaders[tag];
    pending = loader
      ? loader().catch((error: unknown) => {
          requested.delete(tag); // a later sighting tries again (e.g. after a network failure)
          console.warn(`[kiosque] could not load <${tag}>; its fallback content stays:`, error);
        })
      : Promise.resolve(console.warn(`[kiosque] <${tag}> is not a kiosque element; the autoloader ignores it.`));
    requested.set(tag, pending);
  }
  return pending;
}

/** Elements waiting to come near the viewport, by tag. */
const waiting = new Map<string, Set<Element>>();
let approach: IntersectionObserver | undefined;

/** Loads `el`'s tag when `el` comes near the viewport (at once where IntersectionObserver is missing). */
function loadWhenNear(el: Element): void {
  if (typeof IntersectionObserver === 'undefined') {
    void load(el.localName);
    return;
  }
  approach ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) reached(entry.target.localName);
    },
    { root: document, rootMargin: NEAR_MARGIN }, // the document's own viewport, in a frame too
  );
  let elements = waiting.get(el.localName);
  if (!elements) waiting.set(el.localName, (elements = new Set()));
  elements.add(el);
  approach.observe(el);
}

/** One element of `tag` came near: load the tag, and stop watching every element of it. */
function reached(tag: string): void {
  for (const el of waiting.get(tag) ?? []) approach?.unobserve(el);
  waiting.delete(tag);
  if (!waiting.size) {
    approach?.disconnect();
    approach = undefined;
  }
  void load(tag);
}

function visit(el: Element): void {
  const tag = el.localName;
  if (tag.startsWith('kq-') && !customElements.get(tag)) {
    if (loadedWhenNear.has(tag) && !requested.has(tag)) loadWhenNear(el);
    else void load(tag);
  }
  // Open shadow roots are searched and watched too; closed ones cannot be seen.
  if (el.shadowRoot && !watched.has(el.shadowRoot)) discover(el.shadowRoot);
}

function scan(root: Document | ShadowRoot | Element): void {
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll('*')) visit(el);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
});

/**
 * Defines the kiosque elements found under `root` and watches it for more. Runs on the document
 * at start; call it yourself on a shadow root whose host was already on the page when the root
 * was attached (the autoloader sees open shadow roots only in elements it is told about).
 */
export function discover(root: Document | ShadowRoot = document): void {
  if (!watched.has(root)) {
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }
  scan(root);
}

discover(document);
