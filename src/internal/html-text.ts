// Character references decoded as the browser's HTML parser decodes them in text, without handing
// the text itself to a parser.
//
// HTML has 2,231 named references. Their complete table would cost 6.5 KB gzip as bare names and
// about 11 KB with their characters, in a chunk the thread downloads too (this one: 0.5 KB before,
// 1.7 KB now, measured with `npm run size`). So only the 106 "legacy" names are carried here
// (Latin-1: é, à, ©, «…, what French titles use most, and the only names also read without `;`:
// `&copy` → ©, `&copy2` → ©2), plus a few common in titles: these decode with no parser at all,
// under any CSP and when rendering on a server. Any other `&name;` goes to the browser's own
// parser, in an inert document, alone with the others of the same text (`&a;<br>&b;`: one call per
// text, not per reference), and nothing else of the text:
//
// - through `setHTML` (the Sanitizer API) where the browser has it: a safe method, no Trusted Types
//   sink, so pages that require Trusted Types raise no violation;
// - otherwise through a Trusted Types policy, `kiosque-references`, that lets through only named
//   references (`&` letters and digits `;`) and `<br>`: a page whose CSP lists the allowed
//   policies (`trusted-types`) adds that name, or the references stay as they are written;
// - otherwise (no Trusted Types in the browser) through `innerHTML`, with the same string.
//
// Where there is no document (server rendering), such a reference stays as it is written.

/** The legacy names, for U+00A0–U+00FF in order. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times ' +
  'Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave ' +
  'eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave ' +
  'uacute ucirc uuml yacute thorn yuml';

/** Names the parser reads with or without `;`. */
const LEGACY: Record<string, string> = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  COPY: '©',
  REG: '®',
};
LATIN1.split(' ').forEach((name, i) => (LEGACY[name] = String.fromCharCode(0xa0 + i)));

/** Names read only with `;`, common enough in titles to skip the parser. */
const COMMON: Record<string, string> = {
  apos: "'",
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
};

/** What `&#128;`–`&#159;` mean to the parser (windows-1252); the five it keeps are kept. */
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** The longest name HTML has (`CounterClockwiseContourIntegral`). */
const LONGEST = 31;

/** What the only strings handed to the parser look like: named references, separated by `<br>`. */
const REFERENCES = /^&[a-z\d]+;(<br>&[a-z\d]+;)*$/i;

/** Every `&…` of a text: decimal, hexadecimal, named, with or without `;`. */
const ANY_REFERENCE = /&(?:#(\d+)|#x([\da-f]+)|([a-z\d]+))(;?)/gi;

interface Policy {
  createHTML(input: string): unknown;
}
type ParseInto = (box: Element, html: string) => void;

let parseInto: ParseInto | null | undefined;
let inert: Document | undefined;
/** What the parser said of names already met (up to 1,000: names from hostile text never pile up). */
const parsed = new Map<string, string>();

/** How this page can parse references, or null when it cannot (see the top of this file). */
function parser(): ParseInto | null {
  if (typeof document == 'undefined' || !document.implementation) return null;
  inert = document.implementation.createHTMLDocument('');
  if ('setHTML' in inert.body) return (box, html) => (box as Element & { setHTML(s: string): void }).setHTML(html);
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
  if (!factory) return (box, html) => (box.innerHTML = html);
  try {
    const policy = factory.createPolicy('kiosque-references', {
      createHTML: (input: string) => (REFERENCES.test(input) ? input : ''),
    });
    return (box, html) => (box.innerHTML = policy.createHTML(html) as string);
  } catch {
    console.warn(
      '[kiosque] Trusted Types: this page does not allow the policy "kiosque-references" (CSP trusted-types): ' +
        'named references such as &euro; stay as written.',
    );
    return null;
  }
}

/**
 * What the browser's parser makes of each of `references` (`&name;`), asked in one call (one call
 * per reference would cost Chromium's setHTML about 0.5 ms each); empty when it cannot be asked.
 */
function parseAll(references: Set<string>): Map<string, string> {
  const texts = new Map<string, string>();
  const asked = [...references].filter((reference) => {
    const known = parsed.get(reference);
    if (known !== undefined) texts.set(reference, known);
    return known === undefined;
  });
  if (!asked.length) return texts;
  if (parseInto === undefined) parseInto = parser(); // once: a refused policy is refused once
  if (!parseInto) return texts;
  const box = inert!.createElement('p');
  parseInto(box, asked.join('<br>'));
  const lines = [...box.childNodes].filter((node) => node.nodeType == Node.TEXT_NODE);
  if (lines.length != asked.length) return texts; // never seen: as written rather than misplaced
  if (parsed.size + asked.length > 1000) parsed.clear();
  asked.forEach((reference, i) => {
    texts.set(reference, lines[i].textContent!);
    if (asked.length <= 1000) parsed.set(reference, lines[i].textContent!);
  });
  return texts;
}

/** `&name` (`;` when `semicolon`) as the parser reads it in text; `texts`: the parser's answers. */
function named(name: string, semicolon: boolean, texts: Map<string, string>): string {
  if (semicolon && name.length <= LONGEST) {
    const known = Object.hasOwn(LEGACY, name) ? LEGACY[name] : Object.hasOwn(COMMON, name) ? COMMON[name] : undefined;
    // Unknown to the table, and no parser to ask: as written (it may be a name or not).
    return known ?? texts.get(`&${name};`) ?? `&${name};`;
  }
  // Without `;` (or too long for a name) only a legacy name can match: the longest one the word starts
  // with (`&copy2` → ©2).
  for (let end = Math.min(name.length, 6); end > 1; end--) {
    const prefix = name.slice(0, end);
    if (Object.hasOwn(LEGACY, prefix)) return LEGACY[prefix] + name.slice(end) + (semicolon ? ';' : '');
  }
  return `&${name}${semicolon ? ';' : ''}`;
}

/** A numeric reference's code point as the parser reads it. */
function numeric(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return C1[code - 0x80];
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

/**
 * Text with its character references decoded as the browser's HTML parser decodes them in an
 * element's text: every named reference (with `;`, and the legacy ones without), decimal and
 * hexadecimal ones. Nothing else is read as HTML: `<b>` stays `<b>`.
 */
export function decodeReferences(text: string): string {
  // The names the table does not have, for the parser, all at once.
  const unknown = new Set<string>();
  for (const [reference, , , name, semicolon] of text.matchAll(ANY_REFERENCE)) {
    if (name && semicolon && name.length <= LONGEST && !Object.hasOwn(LEGACY, name) && !Object.hasOwn(COMMON, name))
      unknown.add(reference);
  }
  const texts = unknown.size ? parseAll(unknown) : new Map<string, string>();
  return text.replace(
    ANY_REFERENCE,
    (_, dec: string | undefined, hex: string | undefined, name: string | undefined, semicolon: string) =>
      name ? named(name, !!semicolon, texts) : numeric(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

/**
 * The text of an HTML fragment, without parsing it into a document: tags (and the content of
 * script and style elements) dropped, line breaks and paragraph ends kept as `\n` and `\n\n`,
 * character references decoded (decodeReferences). Parsing would be an HTML sink that pages
 * requiring Trusted Types refuse; the result here is only ever shown as text.
 */
export function htmlText(html: string): string {
  return decodeReferences(
    html
      .replace(/<(script|style|template|noscript)\b[^]*?<\/\1\s*>/gi, '')
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(/<\/(p|div|li|blockquote|h[1-6])\s*>/gi, '\n\n')
      .replace(/<!--[^]*?-->|<[a-z/!?][^>]*>?/gi, ''),
  )
    .replace(/[ \t\f\r]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
