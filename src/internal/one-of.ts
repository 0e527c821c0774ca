import { warn } from './warn.js';

/**
 * An enumerated attribute checked against its allowed values (the `as const` arrays exported by
 * each component): an unknown value warns once and falls back to the default.
 */
export function oneOf<T extends string | number>(
  element: Element,
  name: string,
  value: T | string | number | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === null) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  warn(element, `${name}:${value}`, `${name}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

/** The levels of `heading-level`, on every component that renders a heading. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
