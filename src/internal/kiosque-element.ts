import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../controllers/localize.js';
import { define } from './define.js';
import { VERSION } from './version.js';

/**
 * What every kiosque element shares: its language and direction (from the closest `[lang]` and
 * `[dir]`, reacting to changes), its localized strings, a `define` that tolerates a second load,
 * and the elements it depends on (registered with it).
 */
export class KqElement extends LitElement {
  static readonly version = VERSION;

  /** Elements this one renders, registered along with it: `{ 'kq-relative-time': KqRelativeTime }`. */
  static dependencies: Record<string, typeof KqElement> = {};

  /** Registers the element and its dependencies. Importing a class never does this by itself. */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    for (const [name, dependency] of Object.entries(this.dependencies)) dependency.define(name, registry);
    define(tag, this, registry);
  }

  /** Language, direction, strings and Intl locale of this element. */
  protected readonly localize = new LocalizeController(this);

  /**
   * The colour scheme: unset follows the page's `color-scheme`, `auto` follows the reader's
   * system setting, `light` and `dark` force one.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';
}
