import type { ReactiveElement } from '@lit/reactive-element';
import { property } from '@lit/reactive-element/decorators/property.js';
import { LocalizeController } from '../controllers/localize.js';
import type { TranslationPart } from '../translations/translation.js';
import { define } from './define.js';
import { VERSION } from './version.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** Instance side shared by every kiosque element. */
export interface KiosqueInstance {
  /** The colour scheme: unset follows the page, `auto` the system, `light` or `dark` forced. */
  theme?: 'light' | 'dark' | 'auto';
  /** Language, direction, strings and Intl locale of this element. */
  readonly localize: LocalizeController;
  /**
   * Dispatches one of kiosque's events (typed in `HTMLElementEventMap`): a `CustomEvent` that
   * bubbles and crosses shadow roots. Returns `false` when a listener cancelled a cancelable one.
   */
  emit<K extends KiosqueEventType>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
}

/** The detail carried by an event of `HTMLElementEventMap`. */
export type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** The names of kiosque's events (every component declares its own in `HTMLElementEventMap`). */
export type KiosqueEventType = Extract<keyof HTMLElementEventMap, `kq-${string}`>;

/** Static side shared by every kiosque element. */
export interface KiosqueStatic {
  readonly version: string;
  dependencies: Record<string, KiosqueStatic & CustomElementConstructor>;
  translations: TranslationPart[];
  define(tag: string, registry?: CustomElementRegistry): void;
}

/**
 * What every kiosque element shares, whatever its Lit base (LitElement for templates,
 * ReactiveElement for the smallest elements): its language and direction (closest `[lang]` and
 * `[dir]`, reacting to changes), its strings, a `define` that tolerates a second load of the
 * library, the elements it depends on, and the `theme` switch.
 */
export function Kiosque<T extends Constructor<ReactiveElement>>(
  Base: T,
): T & Constructor<KiosqueInstance> & KiosqueStatic {
  abstract class KiosqueElement extends Base {
    static readonly version = VERSION;

    /** Elements this one renders, registered along with it: `{ 'kq-relative-time': KqRelativeTime }`. */
    static dependencies: Record<string, KiosqueStatic & CustomElementConstructor> = {};

    /** The strings this element needs, registered when its first instance connects. */
    static translations: TranslationPart[] = [];

    /** Registers the element and its dependencies. Importing a class never does this by itself. */
    static define(tag: string, registry: CustomElementRegistry = customElements): void {
      for (const [name, dependency] of Object.entries(this.dependencies)) dependency.define(name, registry);
      define(tag, this as unknown as CustomElementConstructor, registry);
    }

    /**
     * The colour scheme: unset follows the page's `color-scheme`, `auto` the reader's system
     * setting, `light` and `dark` force one. Reflected: the styles select on it.
     */
    @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

    /** Language, direction, strings and Intl locale of this element. */
    readonly localize: LocalizeController = new LocalizeController(this as unknown as ReactiveElement);

    emit<K extends KiosqueEventType>(type: K, detail: EventDetail<K>, { cancelable = false } = {}): boolean {
      return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
    }
  }
  // Typed through interfaces: declaration files cannot name the anonymous class's protected members.
  return KiosqueElement as unknown as T & Constructor<KiosqueInstance> & KiosqueStatic;
}
