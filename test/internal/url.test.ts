// safeUrl (src/internal/url.ts): the only door for URLs from untrusted data into href and src.
// Allowed: relative URLs, http(s), and for links mailto: and tel:. The browser's own parser is the
// judge: an <a> given the answer must never navigate to another scheme.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from '../../src/internal/url.js';

const LINK = ['http:', 'https:', 'mailto:', 'tel:'];
const IMAGE = ['http:', 'https:'];

/** The scheme the browser would follow for `href` on this page. */
function schemeOf(href: string): string {
  const a = document.createElement('a');
  a.href = href;
  return a.protocol;
}

describe('safeUrl', () => {
  const kept: Array<[string, 'link' | 'image']> = [
    ['https://rfi.fr/fr/afrique', 'link'],
    ['http://example.com/a?b=c#d', 'image'],
    ['/articles/nomades', 'link'],
    ['nomades.html', 'image'],
    ['?page=2', 'link'],
    ['#comment-12', 'link'],
    ['//cdn.example/img.svg', 'image'],
    ['mailto:redaction@example.com?subject=Bonjour', 'link'],
    ['tel:+33123456789', 'link'],
    ['HTTPS://EXAMPLE.COM/', 'link'],
    ['javascript&colon;alert(1)', 'link'], // no entity decoding in a property: a relative path
    ['/a:b', 'link'],
  ];
  for (const [url, kind] of kept) {
    it(`keeps ${JSON.stringify(url)} (${kind})`, () => {
      expect(safeUrl(url, kind)).to.equal(url);
    });
  }

  const refused: Array<[unknown, 'link' | 'image']> = [
    ['javascript:alert(1)', 'link'],
    ['JaVaScRiPt:alert(1)', 'link'],
    ['  javascript:alert(1)', 'link'],
    ['java\tscript:alert(1)', 'link'],
    ['java\nscript:alert(1)', 'link'],
    ['\u0000javascript:alert(1)', 'link'],
    ['\u200bjavascript:alert(1)', 'link'], // a zero-width space, which the browser keeps in a path
    ['java\u00adscript:alert(1)', 'link'], // a soft hyphen
    ['vbscript:msgbox(1)', 'link'],
    ['data:text/html,<script>alert(1)</script>', 'link'],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'image'],
    ['file:///etc/passwd', 'link'],
    ['blob:https://example.com/1', 'image'],
    ['mailto:a@example.com', 'image'],
    ['tel:+33123456789', 'image'],
    ['http://[::1', 'link'], // unparsable
    ['', 'link'],
    ['   ', 'link'],
    [`https://example.com/${'a'.repeat(8200)}`, 'link'],
    [null, 'link'],
    [undefined, 'link'],
    [42, 'link'],
    [{ toString: () => 'https://example.com/' }, 'link'],
    [['https://example.com/'], 'link'],
  ];
  for (const [url, kind] of refused) {
    it(`refuses ${JSON.stringify(String(url)).slice(0, 60)} (${kind})`, () => {
      expect(safeUrl(url, kind)).to.equal(null);
    });
  }

  it('gives the text trimmed, not the resolved URL', () => {
    expect(safeUrl('  /a b  ')).to.equal('/a b');
    expect(safeUrl('\n https://example.com/x \t')).to.equal('https://example.com/x');
  });

  it('takes "link" by default', () => {
    expect(safeUrl('mailto:a@example.com')).to.equal('mailto:a@example.com');
  });

  it('for any string: null, or the trimmed text, which the browser follows to an allowed scheme only', () => {
    const schemes = fc.constantFrom(
      '',
      'javascript:',
      'JAVASCRIPT:',
      'data:',
      'vbscript:',
      'http:',
      'mailto:',
      'tel:',
      'x-y:',
    );
    const noise = fc.constantFrom(
      '',
      ' ',
      '\t',
      '\n',
      '\u0000',
      '\u0008',
      '\u001f',
      '\u007f',
      '\u00a0',
      '\u200b',
      '\ufeff',
    );
    const url = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .tuple(noise, schemes, noise, fc.string(), fc.integer({ min: 0, max: 12 }), noise)
        .map(([a, scheme, b, rest, cut, c]) => a + scheme.slice(0, cut) + b + scheme.slice(cut) + rest + c),
    );
    fc.assert(
      fc.property(url, fc.constantFrom('link', 'image') as fc.Arbitrary<'link' | 'image'>, (value, kind) => {
        const result = safeUrl(value, kind);
        if (result === null) return;
        expect(result).to.equal(value.trim());
        expect(kind == 'link' ? LINK : IMAGE, JSON.stringify(value)).to.include(schemeOf(result));
      }),
      { numRuns: 3000 },
    );
  });
});
