// htmlText: the text of untrusted HTML without parsing it (no Trusted Types sink), for comment
// bodies shown before DOMPurify arrives and for WordPress titles; decodeReferences: its character
// references, as the browser's own parser decodes them (DOMParser is the oracle here).
import { expect } from '@open-wc/testing';
import { decodeReferences, htmlText } from '../../src/internal/html-text.js';
import { HTML_REFERENCE_NAMES } from './html-references.js';

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
    ['L&eacute;gende &euro; &copy;', 'Légende € ©'],
    ['Caf&eacute; &hearts; &Eacute;t&eacute; &copy', 'Café ♥ Été ©'],
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

/** The text the browser's own parser makes of `html` (the oracle). */
const parsed = (html: string) =>
  // After a letter: whitespace at the very start of a document never reaches its body.
  new DOMParser().parseFromString(`x${html}`, 'text/html').body.textContent!.slice(1);

/** The cases where decodeReferences and the parser disagree, as [input, ours, the parser's]. */
const disagreements = (cases: string[]) =>
  cases.map((html) => [html, decodeReferences(html), parsed(html)]).filter(([, ours, theirs]) => ours !== theirs);

describe('decodeReferences: as the browser parses text', () => {
  it(`decodes each of the ${HTML_REFERENCE_NAMES.length} named references of HTML, with its ;`, () => {
    expect(HTML_REFERENCE_NAMES).to.have.length(2125);
    expect(disagreements(HTML_REFERENCE_NAMES.map((name) => `x&${name};y`))).to.deep.equal([]);
  });

  it('without ; decodes the legacy names only, and the longest legacy name a word starts with', () => {
    const cases = HTML_REFERENCE_NAMES.flatMap((name) => [`&${name}`, `a &${name}x b`, `&${name}1;`, `&${name}=`]);
    cases.push('&copyright', '&notit;', '&notin;', '&ampx;', '&ltimes', '&lt3', '&frac12345', '&AMPere;', '&Amp;');
    expect(disagreements(cases)).to.deep.equal([]);
  });

  it('leaves what is no reference as written: unknown names, wrong case, a lone &', () => {
    const cases = ['&unknown;', '&Eacute;&EACUTE;&eAcute;', '& amp;', '&;', '&#;', '&#xg;', 'a&b', '&_amp;'];
    cases.push(`&${'a'.repeat(40)};`, `&not${'a'.repeat(40)};`, '&amp;amp;', '&&amp;&');
    expect(disagreements(cases)).to.deep.equal([]);
    // As the HTML standard says and Firefox does (Chromium 156 shows U+FFFD: engines differ here).
    expect(decodeReferences('&#x;')).to.equal('&#x;');
  });

  it('decodes numeric references as the parser: windows-1252 for 128–159, U+FFFD for what cannot be', () => {
    const codes = [0, 9, 13, 38, 60, 65, 127, 0xa0, 0xd7ff, 0xd800, 0xdfff, 0xfffe, 0x1f600, 0x10ffff, 0x110000];
    for (let code = 0x80; code <= 0x9f; code++) codes.push(code);
    const cases = codes.flatMap((code) => [`&#${code};`, `&#x${code.toString(16)};`, `&#X${code.toString(16)}z`]);
    cases.push('&#99999999999999999999;', '&#0065', '&#x41g', '&#65abc');
    expect(disagreements(cases)).to.deep.equal([]);
  });

  it('asks the parser once per text, however many references the table lacks', () => {
    // A spy on what the parser is reached through here (setHTML, or innerHTML where it is missing).
    const calls: string[] = [];
    const proto = Element.prototype as Element & { setHTML?: (html: string) => void };
    const setHTML = proto.setHTML;
    const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
    if (setHTML)
      proto.setHTML = function (html: string) {
        calls.push(html);
        setHTML.call(this, html);
      };
    else
      Object.defineProperty(Element.prototype, 'innerHTML', {
        ...innerHTML,
        set(html: string) {
          calls.push(String(html));
          innerHTML.set!.call(this, html);
        },
      });
    try {
      const key = Math.random().toString(36).slice(2, 8);
      const fake = Array.from({ length: 2000 }, (_, i) => `&${key}${i};`);
      const text = `${fake.join(' ')} &hearts; &notin; &eacute;`;
      expect(decodeReferences(text)).to.equal(`${fake.join(' ')} ♥ ∉ é`);
      expect(calls).to.have.length(1);
      expect(calls[0].split('<br>').length).to.be.at.least(2000);
    } finally {
      if (setHTML) proto.setHTML = setHTML;
      else Object.defineProperty(Element.prototype, 'innerHTML', innerHTML);
    }
  });

  it('only decodes: markup stays text, nothing is parsed or run', async () => {
    const hostile = '&lt;img src=x onerror="window.kqPwned=1"&gt;<img src=x onerror="window.kqPwned=2">&hearts;';
    expect(decodeReferences(hostile)).to.equal(
      '<img src=x onerror="window.kqPwned=1"><img src=x onerror="window.kqPwned=2">♥',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { kqPwned?: unknown }).kqPwned).to.equal(undefined);
  });
});

describe('decodeReferences on a page that requires Trusted Types', () => {
  /**
   * decodeReferences in a frame of its own (its own module instance) under `policy`: its result,
   * the CSP violations and the console warnings of that frame.
   */
  async function strictFrame(policy: string, input: string) {
    const frame = document.createElement('iframe');
    // The answer names its frame with a token (WebKit gives a timer's postMessage another source).
    const token = Math.random().toString(36).slice(2);
    const script = `
      const violations = [];
      const warnings = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      console.warn = (...args) => warnings.push(args.join(' '));
      let text;
      try {
        const { decodeReferences } = await import('${new URL('/src/internal/html-text.ts', location.href)}');
        text = decodeReferences(${JSON.stringify(input)});
      } catch (error) {
        text = String(error);
      }
      setTimeout(() => parent.postMessage({ kq: '${token}', text, violations, warnings }, '*'), 200);`;
    const csp = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
    frame.srcdoc = `${csp}<script type="module">${script}</script>`;
    const answer = new Promise<{ text: string; violations: string[]; warnings: string[] }>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.data?.kq !== token) return;
        window.removeEventListener('message', onMessage);
        const { text, violations, warnings } = event.data;
        resolve({ text, violations, warnings });
      };
      window.addEventListener('message', onMessage);
    });
    document.body.append(frame);
    try {
      return await answer;
    } finally {
      frame.remove();
    }
  }
  const TITLE = 'L&eacute;gende &euro; &copy; &hearts; &notin;';
  const DECODED = 'Légende € © ♥ ∉';

  it('decodes them all with no violation when the page allows the policy kiosque-references', async () => {
    const allowed = await strictFrame(
      "require-trusted-types-for 'script'; trusted-types lit-html dompurify kiosque-references",
      TITLE,
    );
    expect(allowed).to.deep.equal({ text: DECODED, violations: [], warnings: [] });
  });

  it('under the strict example page’s policy: setHTML needs none; without it, one message, legacy names', async () => {
    const strict = await strictFrame("require-trusted-types-for 'script'; trusted-types lit-html dompurify", TITLE);
    if ('setHTML' in document.body) {
      expect(strict).to.deep.equal({ text: DECODED, violations: [], warnings: [] });
    } else {
      // The browser refuses the policy (and says so): the legacy names are decoded, the others stay.
      expect(strict.text).to.equal('Légende &euro; © &hearts; &notin;');
      expect(strict.violations).to.deep.equal(['trusted-types']);
      expect(strict.warnings).to.have.length(1);
      expect(strict.warnings[0]).to.include('kiosque-references');
    }
  });
});
