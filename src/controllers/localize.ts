import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation, TranslationKey, TranslationPart } from '../translations/translation.js';

const translations = new Map<string, Partial<Translation>>();
const connected = new Set<LocalizeController>();

/** The language used when nothing in the chain matches. */
export const FALLBACK_LANG = 'en';

/**
 * Adds locales, or strings to a locale (parts are merged; a later part wins). Elements already on
 * the page re-render in the new strings. A missing string falls back along the language chain.
 * @example registerTranslation(de)  // then <html lang="de-AT"> uses it
 */
export function registerTranslation(...list: TranslationPart[]): void {
  addStrings(list);
  for (const controller of connected) controller.refresh(true);
}

/** Merges strings in; a component's own strings need no refresh of the page (nothing shows them yet). */
function addStrings(list: TranslationPart[]) {
  for (const t of list) {
    const code = t.$code.toLowerCase();
    translations.set(code, { ...translations.get(code), ...t });
  }
}

/**
 * The fallback chain of a language tag: `fr-CA` → `fr-ca`, `fr`, then `en`.
 * Invalid tags are skipped, so the chain always ends in a usable locale.
 */
export function languageChain(lang: string): string[] {
  const chain: string[] = [];
  let tag = lang.trim().toLowerCase().replace(/_/g, '-');
  while (tag) {
    chain.push(tag);
    const cut = tag.lastIndexOf('-');
    tag = cut > 0 ? tag.slice(0, cut) : '';
  }
  chain.push(FALLBACK_LANG);
  return chain;
}

/** A string of the best registered translation for a language tag, falling back key by key. */
export function translate<K extends keyof Translation>(lang: string, key: K): Translation[K] | undefined {
  for (const tag of languageChain(lang)) {
    const value = translations.get(tag)?.[key];
    if (value !== undefined) return value as Translation[K];
  }
  return undefined;
}

const intlLocales = new Map<string, string>();
/**
 * The first locale of the chain that this browser's Intl supports, so that a language the
 * browser lacks never yields raw output such as "-10 d".
 */
export function intlLocale(lang: string): string {
  let found = intlLocales.get(lang);
  if (found === undefined) {
    found = FALLBACK_LANG;
    for (const tag of languageChain(lang)) {
      try {
        if (Intl.RelativeTimeFormat.supportedLocalesOf(tag).length) {
          found = tag;
          break;
        }
      } catch {
        // RangeError for a malformed tag: try the next one of the chain.
      }
    }
    intlLocales.set(lang, found);
  }
  return found;
}

/** The language of a node: the closest `[lang]`, crossing shadow roots, else `<html lang>`, else the browser's. */
export function languageOf(node: Element): string {
  let el: Element | null = node;
  while (el) {
    const owner: Element | null = el.closest('[lang]');
    const value = owner?.getAttribute('lang');
    if (value) return value;
    // lang="" means "unknown": keep looking further up, as browsers do for inheritance in practice.
    const root = (owner ?? el).getRootNode();
    el = owner?.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return document.documentElement.lang || navigator.language || FALLBACK_LANG;
}

/** The direction of a node: the closest `[dir]`, else the language's own direction. */
export function directionOf(node: Element, lang: string): 'ltr' | 'rtl' {
  const value = node.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  if (value === 'rtl' || value === 'ltr') return value;
  return translate(lang, '$dir') ?? 'ltr';
}

let observer: MutationObserver | undefined;
const registered = new WeakSet<TranslationPart[]>();

function watch() {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the whole page: a lang or dir change anywhere refreshes only the
  // elements whose resolved language actually changed.
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
}

function unwatch() {
  if (connected.size || !observer) return;
  observer.disconnect();
  observer = undefined;
}

/** How many controllers listen for language changes (for leak tests). */
export const localizeSubscribers = () => connected.size;

/**
 * Gives a component its language, direction, strings and Intl locale, and re-renders it when
 * any of them changes (a `lang` or `dir` attribute anywhere above it, or a new translation).
 */
export class LocalizeController implements ReactiveController {
  #lang = '';
  #dir: 'ltr' | 'rtl' = 'ltr';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const parts = (this.host.constructor as { translations?: TranslationPart[] }).translations;
    if (parts?.length && !registered.has(parts)) {
      registered.add(parts);
      addStrings(parts);
    }
    connected.add(this);
    watch();
    this.#resolve();
  }

  hostDisconnected(): void {
    connected.delete(this);
    unwatch();
  }

  /** Re-reads the language; asks the host to update if it changed (or when forced). */
  refresh(force = false): void {
    if (this.#resolve() || force) this.host.requestUpdate();
  }

  #resolve(): boolean {
    const lang = languageOf(this.host);
    const dir = directionOf(this.host, lang);
    const changed = lang !== this.#lang || dir !== this.#dir;
    this.#lang = lang;
    this.#dir = dir;
    return changed;
  }

  /** The language tag in effect, as written in the page (`fr-CA`). */
  get lang(): string {
    return this.#lang || languageOf(this.host);
  }

  /** The text direction in effect. */
  get dir(): 'ltr' | 'rtl' {
    return this.#dir;
  }

  /** The locale handed to Intl: the first of the chain that the browser supports. */
  get locale(): string {
    return intlLocale(this.lang);
  }

  /** A localized string, or the result of a localized function; the key itself if no locale has it. */
  term<K extends TranslationKey>(key: K, ...args: Translation[K] extends (...a: infer A) => string ? A : []): string {
    const value = translate(this.lang, key);
    if (value === undefined) return key;
    return typeof value === 'function' ? (value as (...a: unknown[]) => string)(...args) : (value as string);
  }
}
