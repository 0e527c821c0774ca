// What the hardening tests check on rendered components, through every (nested) shadow root.
import { aTimeout, nextFrame } from '@open-wc/testing';

declare global {
  interface Window {
    __kqPwned?: (n: unknown) => void;
    __kqPwnedFlag?: unknown;
  }
}

/** Numbers of the payloads that ran (the page flag any execution sets). */
export const executed: unknown[] = [];

/** Installs the page flag: any payload that runs calls `__kqPwned(n)`. Also catches alert/confirm/prompt. */
export function installTrap(): void {
  window.__kqPwned = (n) => executed.push(n);
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    (window as unknown as Record<string, unknown>)[name] = (n: unknown) => executed.push(`${name}(${n})`);
  }
}

/** What ran so far, with the flag set by `javascript:window.__kqPwnedFlag=n` payloads. */
export const ran = (): unknown[] => [
  ...executed,
  ...(window.__kqPwnedFlag !== undefined ? [`flag ${window.__kqPwnedFlag}`] : []),
];

/** Lets asynchronous vectors fire: image errors, frames, animations, autofocus. */
export async function letVectorsFire(ms = 60): Promise<void> {
  await nextFrame();
  await nextFrame();
  await aTimeout(ms);
}

/** Every element under `root`, inside every open shadow root too. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return out;
}

/** What `hosts` render: their shadow roots, deeply; for a plain wrapper, its children and their shadow roots. */
export function renderedElements(hosts: Iterable<Element>): Element[] {
  return [...hosts].flatMap((host) => deepElements(host.shadowRoot ?? host));
}

/**
 * The text a reader sees, following shadow roots and slots (assigned nodes, else the slot's
 * fallback), skipping `hidden` elements, styles and scripts. Includes the text alternatives
 * (`alt`, `title`) and every `aria-*` value that assistive technology reads.
 */
export function seenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) && !(node instanceof DocumentFragment)) return '';
  if (node instanceof Element) {
    if (node.hasAttribute('hidden') || /^(style|script|template)$/i.test(node.localName)) return '';
    // Text alternatives and ARIA values (aria-level="NaN" is garbage too).
    const alt = [...node.attributes]
      .filter(({ name }) => name === 'alt' || name === 'title' || name.startsWith('aria-'))
      .map(({ value }) => value)
      .join(' ');
    if (node.shadowRoot) return `${alt} ${seenText(node.shadowRoot)}`;
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : [...node.childNodes]).map(seenText).join(' ');
    }
    return `${alt} ${[...node.childNodes].map(seenText).join('')}`;
  }
  return [...node.childNodes].map(seenText).join('');
}

/** Text that must never reach a reader (test/helpers.ts's list minus "null", which is a word in some titles). */
export const GARBAGE = ['undefined', 'NaN', 'Invalid Date', '[object Object]'];

/** The garbage words found in `text`. */
export const garbageIn = (text: string): string[] => GARBAGE.filter((word) => text.includes(word));

const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
const IMAGE_SCHEMES = ['http:', 'https:'];
// Attributes a browser follows or loads: each must resolve to an allowed scheme.
const URL_ATTRIBUTES: Record<string, string[]> = {
  href: LINK_SCHEMES,
  'xlink:href': LINK_SCHEMES,
  action: LINK_SCHEMES,
  formaction: LINK_SCHEMES,
  cite: LINK_SCHEMES,
  ping: IMAGE_SCHEMES,
  src: IMAGE_SCHEMES,
  poster: IMAGE_SCHEMES,
  data: IMAGE_SCHEMES,
  background: IMAGE_SCHEMES,
};
// Elements a component must never render from data.
const FORBIDDEN = /^(script|iframe|frame|frameset|object|embed|applet|base|svg|math|portal|noscript|xmp|template)$/;

/** The scheme the browser itself would follow for `value` (its own URL parser, against the element's base). */
function scheme(value: string, el: Element): string | null {
  try {
    return new URL(value, el.baseURI).protocol;
  } catch {
    return null; // not a URL: the browser follows nothing
  }
}

/**
 * Everything unsafe rendered in these elements: an event-handler attribute, a forbidden element
 * (script, iframe, svg…), a `style` attribute loading a URL, an `href`/`src`/`srcset`/… that the
 * browser would resolve outside http(s), relative, mailto: and tel: (images: http(s) only).
 */
export function unsafeIn(elements: Iterable<Element>): string[] {
  const problems: string[] = [];
  for (const el of elements) {
    const tag = el.localName;
    if (FORBIDDEN.test(tag)) problems.push(`<${tag}> rendered`);
    // <meta> and <link> only as schema.org microdata (article-card's `microdata`).
    if ((tag === 'meta' || tag === 'link') && !el.hasAttribute('itemprop'))
      problems.push(`<${tag}> without itemprop rendered`);
    if (tag === 'meta' && el.hasAttribute('http-equiv')) problems.push('<meta http-equiv> rendered');
    for (const { name, value } of [...el.attributes]) {
      const attr = name.toLowerCase();
      if (attr.startsWith('on')) problems.push(`<${tag} ${attr}="${value.slice(0, 60)}">`);
      if (attr === 'style' && /url\s*\(|expression|javascript/i.test(value))
        problems.push(`<${tag} style="${value.slice(0, 60)}">`);
      if (attr === 'srcdoc') problems.push(`<${tag} srcdoc>`);
      const allowed = URL_ATTRIBUTES[attr];
      const urls =
        attr === 'srcset' || attr === 'imagesrcset'
          ? value
              .split(/,\s+|,(?=\S+\s+\d)/)
              .map((c) => c.trim().split(/\s+/)[0])
              .filter(Boolean)
          : allowed
            ? [value]
            : [];
      for (const url of urls) {
        const protocol = scheme(url, el);
        if (protocol && !(allowed ?? IMAGE_SCHEMES).includes(protocol))
          problems.push(`<${tag} ${attr}="${url.slice(0, 80)}"> resolves to ${protocol}`);
      }
    }
  }
  return problems;
}

/** Whitespace and invisible characters removed, to compare text across paragraphs and line breaks. */
export const squash = (s: string): string =>
  s.replace(/[\s\p{Cc}\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/gu, '');

/** The start of a payload as it must read when rendered as text (trimmed like the inputs, bounded like the fields). */
export const asText = (value: string): string => squash(value.trim()).slice(0, 40);

/**
 * Mounts `count` children made by `make` in one visible container, waits for them (and their nested elements) to
 * render.
 */
export async function mountAll<T extends HTMLElement>(container: HTMLElement, items: T[]): Promise<T[]> {
  container.replaceChildren(...items);
  await settleAll(items);
  return items;
}

/** Waits for Lit elements and every nested element to finish updating. */
export async function settleAll(hosts: Iterable<Element>): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending = [...hosts, ...renderedElements(hosts)].filter((el) => 'updateComplete' in el) as unknown as Array<{
      updateComplete: Promise<unknown>;
    }>;
    await Promise.all(pending.map((el) => el.updateComplete));
  }
}
