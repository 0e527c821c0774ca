import { VERSION } from './version.js';

type Definable = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element, tolerating a second load of kiosque: the same version is skipped
 * silently; a different one is skipped with a warning instead of throwing, so two bundles on one
 * page never break it.
 */
export function define(tag: string, ctor: Definable, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as Definable | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing.version === VERSION) return;
  console.warn(
    `[kiosque] <${tag}> is already defined (${existing.version ?? 'not by kiosque'}); kiosque ${VERSION} skipped it.`,
  );
}
