// htmlText: the text of untrusted HTML without parsing it (no Trusted Types sink), for comment
// bodies shown before DOMPurify arrives and for WordPress titles.
import { expect } from '@open-wc/testing';
import { htmlText } from '../../src/internal/html-text.js';

describe('htmlText', () => {
  const cases: Array<[html: string, text: string]> = [
    ['<p>Bonjour &amp; merci&#8217;</p><p>Deux<br>lignes</p>', 'Bonjour & merci’\n\nDeux\nlignes'],
    ['Piège &amp; Cie', 'Piège & Cie'],
    ['&laquo;&nbsp;Vivre ailleurs&nbsp;&raquo;', '«\u00a0Vivre ailleurs\u00a0»'],
    ['<script>alert(1)</script>ok<style>p{}</style>', 'ok'],
    ['<img src=x onerror=alert(1)>texte', 'texte'],
    ['1 < 2 et 3 > 2', '1 < 2 et 3 > 2'],
    ['<!-- note -->a<em>b</em>c', 'abc'],
    ['&#x1F600; &#0; &#xD800; &#99999999;', '😀 \ufffd \ufffd \ufffd'],
    ['&unknown; &amp', '&unknown; &'],
    ['  <p>  espacé   </p>  ', 'espacé'],
  ];
  for (const [html, text] of cases) {
    it(`${JSON.stringify(html)} → ${JSON.stringify(text)}`, () => {
      expect(htmlText(html)).to.equal(text);
    });
  }

  it('matches what the browser parser shows as text, for ordinary markup', () => {
    const html = '<p>Un <a href="https://rfi.fr">lien</a>, <strong>du gras</strong> &amp; <em>de l’italique</em>.</p>';
    const parsed = new DOMParser().parseFromString(html, 'text/html').body.textContent;
    expect(htmlText(html)).to.equal(parsed);
  });
});
