import { html, type TemplateResult } from 'lit';
import { safeUrl } from '../../internal/url.js';

export const BODY_FORMATS = ['text', 'html'] as const;
export type BodyFormat = (typeof BODY_FORMATS)[number];

/** What every link in a comment carries: no SEO credit, user-generated, no window.opener. */
export const UGC_REL = 'nofollow ugc noopener';

// Split with a capture group: odd items are the URLs.
const URLS = /(\bhttps?:\/\/[^\s<>"]+)/i;
// Punctuation that ends a sentence rather than the URL: "voir https://rfi.fr/x."
const TRAILING = /[.,;:!?'’)\]}»…]+$/;
const BR = html`<br />`;

const linkify = (line: string) =>
  line.split(URLS).map((part, i) => {
    const url = part.replace(TRAILING, '');
    const href = i % 2 ? safeUrl(url) : null;
    return href ? [html`<a href=${href} rel=${UGC_REL}>${url}</a>`, part.slice(url.length)] : part;
  });

/**
 * A plain-text body as paragraphs: split on blank lines, line breaks kept as `<br>`, http(s) URLs
 * linked. Everything else is text, escaped by Lit: `<script>` in a comment shows as `<script>`.
 */
export function textBody(body: string): TemplateResult[] {
  const text = body.replace(/\r\n?/g, '\n').trim();
  return text
    ? text
        .split(/\n[ \t]*\n\s*/)
        .map((p) => html`<p>${p.split('\n').map((line, i) => [i ? BR : '', linkify(line)])}</p>`)
    : [];
}

/** The text of an HTML body (no parsing, so no Trusted Types sink): shown until the sanitizer arrives. */
export { htmlText as htmlToText } from '../../internal/html-text.js';

/** Sanitizes an HTML body into a detached element, ready to insert (no string re-parsing after sanitizing). */
export type Sanitize = (html: string) => HTMLElement;
let sanitizer: Promise<Sanitize> | undefined;

/** What a sanitized HTML body may keep: paragraphs, line breaks, links, emphasis, quotes, code and lists. */
const ALLOWED_TAGS = ['p', 'br', 'a', 'em', 'strong', 'blockquote', 'code', 'ul', 'ol', 'li'];
/** Attributes kept: a link's `href` (checked again by the hook below); `rel` is set, never taken. */
const ALLOWED_ATTR = ['href'];

/**
 * DOMPurify with a small allow-list, loaded on first use only (a separate chunk: the core bundle
 * does not carry it). Links keep only safe URLs and always get `rel="nofollow ugc noopener"`.
 */
export function loadSanitizer(): Promise<Sanitize> {
  sanitizer ??= import('dompurify').then(({ default: DOMPurify }) => {
    // An instance of our own: hooks added here never affect another DOMPurify user on the page.
    const purify = DOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      if (!safeUrl(node.getAttribute('href'))) node.removeAttribute('href');
      node.setAttribute('rel', UGC_REL);
    });
    return (dirty: string) => {
      const box = document.createElement('div');
      box.append(
        purify.sanitize(dirty, {
          ALLOWED_TAGS,
          ALLOWED_ATTR,
          ALLOW_DATA_ATTR: false,
          RETURN_DOM_FRAGMENT: true,
        }),
      );
      return box;
    };
  });
  sanitizer.catch(() => (sanitizer = undefined));
  return sanitizer;
}
