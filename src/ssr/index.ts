/**
 * `kiosque/ssr`: server rendering with @lit-labs/ssr, for Node. Every kiosque element is rendered
 * with a declarative shadow root (`<template shadowrootmode="open">`), so that its content and
 * styles are in the HTML before any JavaScript runs; in the browser the elements adopt that
 * shadow root (Lit's hydration) instead of building a new one.
 *
 * ```js
 * import { renderToString, inlineData } from 'kiosque/ssr';
 * import { html } from 'lit';
 * const body = await renderToString(html`<kq-relative-time datetime=${date}></kq-relative-time>`, {
 *   lang: 'fr',
 *   timeZone: 'Europe/Paris',
 * });
 * ```
 *
 * Server-only code: it never reaches a browser bundle. See docs/ssr.md.
 */
import { ElementRenderer, LitElementRenderer, render as litRender, type RenderInfo } from '@lit-labs/ssr';
import { collectResult, type RenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { ReactiveElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { _$LE } from 'lit-element/private-ssr-support.js';
import '../all.js';
import { KqCommentThread, loadReplyForm } from '../components/comment-thread/comment-thread.js';
import { KqContactLink } from '../components/contact-link/contact-link.js';
import { KqRelatedArticles } from '../components/related-articles/related-articles.js';
import { KqRelativeTime } from '../components/relative-time/relative-time.js';
import { KqElement } from '../internal/kiosque-element.js';

// The comment thread's reply form is a module of its own, which browsers load on demand; a
// server has it before rendering its first page, so that an open thread's HTML holds its form.
await loadReplyForm();

export interface ServerRenderOptions {
  /**
   * The page's language, as its `<html lang>` says. An element uses its own `lang`, else the
   * closest enclosing kiosque element's, else this one, as it will in the browser. Default `en`.
   */
  lang?: string;
  /** The page's direction, when `<html dir>` sets one. */
  dir?: 'ltr' | 'rtl';
  /**
   * The IANA time zone of the dates (`Europe/Paris`), written as a `time-zone` attribute on every
   * element that shows dates and has none, so that the reader's browser keeps the server's days
   * and hours. Without it (and without `time-zone` attributes) the server renders in its own zone.
   */
  timeZone?: string;
}

interface Context {
  options: ServerRenderOptions;
  /** @lit-labs/ssr's stack of the custom elements being rendered (the innermost last). */
  stack: ElementRenderer[];
}

type Renderer = ElementRenderer & { element?: HTMLElement };
type RendererClass = typeof ElementRenderer & { ctx?: Context };

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const attributeOf = (renderer: Renderer, name: string): string | null | undefined =>
  renderer.element?.getAttribute(name) ?? (renderer as { _attributes?: Record<string, string> })._attributes?.[name];

let zoneWarned = false;

/**
 * What the browser would tell an element that the server's DOM shim cannot: its closest `[lang]`
 * and `[dir]` (itself, its enclosing custom elements, then the page), and the page's time zone.
 */
function connect(renderer: Renderer, ctx: Context | undefined): void {
  const el = renderer.element!;
  const { options, stack } = ctx ?? { options: {}, stack: [] };
  const chain = [renderer, ...stack.filter((r) => r !== renderer).reverse()];
  const page: Record<string, string | undefined> = { lang: options.lang || 'en', dir: options.dir };
  (el as { closest: unknown }).closest = (selector: string) => {
    const name = /^\[([a-z-]+)\]$/.exec(selector)?.[1];
    if (!name) return null;
    for (const r of chain) {
      const value = attributeOf(r, name);
      if (value) return { getAttribute: () => value };
    }
    return page[name] ? { getAttribute: () => page[name] } : null;
  };
  const dated = (el.constructor as typeof ReactiveElement).elementProperties.has('timeZone');
  if (dated && !el.hasAttribute('time-zone')) {
    if (options.timeZone) renderer.setAttribute('time-zone', options.timeZone);
    else if (el instanceof KqCommentThread && !zoneWarned) {
      zoneWarned = true;
      console.warn(
        `[kiosque/ssr] <${el.localName}> has no time-zone: its dates are rendered in the server's zone ` +
          `(${Intl.DateTimeFormat().resolvedOptions().timeZone}), and readers elsewhere keep that text. ` +
          'Set time-zone, or the timeZone option.',
      );
    }
  }
}

/**
 * Elements whose content the server cannot know are left to the browser, their light DOM (the
 * server-rendered fallback) showing until then: data that comes from `src` or from light-DOM
 * JSON (the server gets it only as a property), HTML comment bodies (DOMPurify needs a real DOM),
 * and addresses assembled in the browser (`user` + `domain`, harvest-resistant by design).
 */
function clientOnly(el: HTMLElement): boolean {
  if (el instanceof KqRelatedArticles) return !Array.isArray(el.articles);
  if (el instanceof KqCommentThread) return !Array.isArray(el.comments) || el.bodyFormat === 'html';
  if (el instanceof KqContactLink) return el.email === undefined && (el.user !== undefined || el.domain !== undefined);
  return false;
}

/** Kiosque's Lit elements: Lit's own renderer, told the language, time zone and what to leave to the browser. */
export class KqElementRenderer extends LitElementRenderer {
  static ctx?: Context;

  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof KqElement;
  }

  #clientOnly = false;

  override connectedCallback(): void {
    connect(this, (this.constructor as RendererClass).ctx);
    this.#clientOnly = clientOnly(this.element);
    if (!this.#clientOnly) super.connectedCallback();
  }

  override renderShadow(renderInfo: RenderInfo) {
    if (!this.#clientOnly) return super.renderShadow(renderInfo);
    // No shadow root. @lit-labs/ssr 4.1 pushed this element on its host stack before asking, and
    // pops it only after a shadow root: without this, every later element of the page would be
    // rendered as nested in this one (`defer-hydration`, never hydrated).
    if (renderInfo.customElementHostStack.at(-1) === this) renderInfo.customElementHostStack.pop();
    return undefined;
  }
}

/** A stand-in for the shadow root that `KqRelativeTime.update()` writes to, recording what it writes. */
function recordingRoot() {
  // It starts as an invalid date's tree (hidden nodes, the fallback slot), the browser's as a valid
  // one's: update() switches between the two only when validity changes.
  const node = () => ({
    hidden: true,
    textContent: '',
    attributes: {} as Record<string, string>,
    getAttribute(name: string) {
      return this.attributes[name] ?? null;
    },
    setAttribute(name: string, value: string) {
      this.attributes[name] = String(value);
    },
    removeAttribute(name: string) {
      delete this.attributes[name];
    },
  });
  const time = node();
  const sr = node();
  const slot = { present: true, remove: () => void (slot.present = false) };
  return {
    time,
    sr,
    slot,
    firstChild: time,
    children: [time, sr],
    querySelector: (selector: string) => (selector === 'slot' && slot.present ? slot : null),
    append: () => void (slot.present = true),
  };
}

type RelativeTimeInternals = KqRelativeTime & {
  willUpdate(changed: Map<PropertyKey, unknown>): void;
  update(changed: Map<PropertyKey, unknown>): void;
};

/**
 * `<kq-relative-time>` is a ReactiveElement without a template (it updates one `<time>` in place),
 * which Lit's renderer cannot render. This one runs the element's own `willUpdate()` and
 * `update()` against a recording stand-in of its shadow root and writes out what they wrote: the
 * same `<time>` and full-date text the browser builds, then the styles (after them, because the
 * element finds its nodes as the root's first two children), and the fallback `<slot>` when the
 * date is invalid. In the browser the element adopts that shadow root and only rewrites the text
 * if the clock moved it past a unit boundary.
 */
export class KqRelativeTimeRenderer extends ElementRenderer {
  static ctx?: Context;
  declare element: RelativeTimeInternals;
  readonly #root = recordingRoot();

  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor === KqRelativeTime || ctor.prototype instanceof KqRelativeTime;
  }

  constructor(tagName: string) {
    super(tagName);
    this.element = new (customElements.get(tagName)!)() as RelativeTimeInternals;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    this.element.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    connect(this, (this.constructor as RendererClass).ctx);
    const el = this.element;
    const changed = _$LE.changedProperties(el as unknown as Parameters<typeof _$LE.changedProperties>[0]) as Map<
      PropertyKey,
      unknown
    >;
    el.willUpdate(changed);
    (el as { renderRoot: unknown }).renderRoot = this.#root;
    el.update(changed);
  }

  override renderShadow(): string[] {
    const { time, sr, slot } = this.#root;
    const attributes = (n: typeof time) =>
      [n.hidden ? ' hidden' : '', ...Object.entries(n.attributes).map(([k, v]) => ` ${k}="${escape(v)}"`)].join('');
    const styles = (this.element.constructor as typeof ReactiveElement).elementStyles
      .map((s) => (s as { cssText: string }).cssText)
      .join('');
    return [
      `<time part="time"${attributes(time)}>${escape(time.textContent)}</time>` +
        `<span class="sr"${attributes(sr)}>${escape(sr.textContent)}</span>`,
      `<style>${styles}</style>`,
      slot.present ? '<slot></slot>' : '',
    ];
  }
}

/**
 * The @lit-labs/ssr render options that render kiosque's elements, for those who call
 * @lit-labs/ssr's `render()` themselves: `render(template, renderInfo({ lang: 'fr' }))`.
 * Other Lit elements keep Lit's own renderer.
 */
export function renderInfo(options: ServerRenderOptions = {}): Partial<RenderInfo> {
  const ctx: Context = { options, stack: [] };
  return {
    elementRenderers: [
      class extends KqRelativeTimeRenderer {
        static override ctx = ctx;
      },
      class extends KqElementRenderer {
        static override ctx = ctx;
      },
      LitElementRenderer,
    ],
    customElementInstanceStack: ctx.stack,
  };
}

/** A template as is; a string as trusted markup (e.g. a CMS's HTML with `kq-` elements in it). */
const template = (value: unknown) => (typeof value === 'string' ? staticHtml`${unsafeStatic(value)}` : value);

/** Renders a Lit template or an HTML string as a stream of strings (see @lit-labs/ssr's RenderResultReadable). */
export function render(value: unknown, options: ServerRenderOptions = {}): RenderResult {
  return litRender(template(value), renderInfo(options));
}

/** Renders a Lit template or an HTML string to HTML with declarative shadow roots. */
export function renderToString(value: unknown, options: ServerRenderOptions = {}): Promise<string> {
  return collectResult(render(value, options));
}

/**
 * Data for an element's light DOM, as the `<script type="application/json">` child that
 * `kq-related-articles` and `kq-comment-thread` read in the browser. Give the server the same data
 * as a property: `<kq-comment-thread .comments=${list}>${inlineData(list)}</kq-comment-thread>`.
 * Every `<` is escaped, so no string in the data can close the script.
 */
export function inlineData(data: unknown) {
  return unsafeHTML(`<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`);
}
