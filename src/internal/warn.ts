const said = new WeakMap<object, Set<string>>();

/**
 * One clear console message per element and problem: "[kiosque] <kq-relative-time>: …".
 * Repeating the same bad input on re-render never floods the console.
 */
export function warn(element: Element, key: string, message: string, ...details: unknown[]): void {
  let keys = said.get(element);
  if (!keys) said.set(element, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`[kiosque] <${element.localName}>: ${message}`, ...details);
}

/** Forget what was said, so that a new bad value is reported again. */
export function forgetWarning(element: Element, key: string): void {
  said.get(element)?.delete(key);
}
