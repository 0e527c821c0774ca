const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
};

/**
 * The text of an HTML fragment, without parsing it into a document: tags (and the content of
 * script and style elements) dropped, line breaks and paragraph ends kept as `\n` and `\n\n`,
 * character references decoded. Parsing would be an HTML sink that pages requiring Trusted Types
 * refuse; the result here is only ever shown as text.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template|noscript)\b[^]*?<\/\1\s*>/gi, '')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|li|blockquote|h[1-6])\s*>/gi, '\n\n')
    .replace(/<!--[^]*?-->|<[a-z/!?][^>]*>?/gi, '')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));?/gi, (whole, dec: string, hex: string, name: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN;
      if (name) return NAMED[name.toLowerCase()] ?? whole;
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    })
    .replace(/[ \t\f\r]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
