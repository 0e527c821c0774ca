// The hostile-input corpus of the hardening tests (issue #7): known XSS and URL-smuggling payloads.
// Pure data, imported by the tests (browser) and by the test server (test/server/hostile.mjs),
// which serves them as `src` and `action` answers.
//
// Every payload that could run calls `__kqPwned(n)` (or sets `__kqPwnedFlag`), so a test page
// that defines `__kqPwned` learns of ANY execution: markup, event handlers, `javascript:` URLs
// (followed or not), SVG and MathML vectors, framed documents (`parent.__kqPwned`).

const P = '__kqPwned';
/** A call that any execution makes, tagged with the payload's number. */
const call = (n) => `${P}(${n})`;
const enc = (s, f) => [...s].map(f).join('');
const dec = (s) => enc(s, (c) => `&#${c.charCodeAt(0)};`);
const hex = (s) => enc(s, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
const pct = (s) => enc(s, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
const b64 = (s) => (typeof btoa === 'function' ? btoa(s) : Buffer.from(s, 'binary').toString('base64'));

/** Markup vectors: `m(n)` gives the payload for number n. */
const markup = [
  (n) => `<script>${call(n)}</script>`,
  (n) => `<SCRIPT>${call(n)}</SCRIPT>`,
  (n) => `<script src="data:text/javascript,${call(n)}"></script>`,
  (n) => `<img src=x onerror="${call(n)}">`,
  (n) => `<img src=x onerror=${call(n)}//`,
  (n) => `<IMG SRC=x OnErRoR=${call(n)}>`,
  (n) => `<img src="x" onerror="&#95;&#95;kqPwned(${n})">`,
  (n) => `<svg onload=${call(n)}>`,
  (n) => `<svg/onload=${call(n)}>`,
  (n) => `<svg><script>${call(n)}</script></svg>`,
  (n) => `<svg><script href="data:text/javascript,${call(n)}"/></svg>`,
  (n) => `<svg><a xlink:href="javascript:${call(n)}"><text x="20" y="20">clic</text></a></svg>`,
  (n) => `<svg><animate onbegin=${call(n)} attributeName=x dur=1s>`,
  (n) => `<svg><set attributeName=onmouseover to=${call(n)}>`,
  (n) => `<svg><foreignObject><iframe srcdoc="<script>parent.${call(n)}</script>"></iframe></foreignObject></svg>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${call(n)}>`,
  (n) => `<math href="javascript:${call(n)}">clic</math>`,
  (n) => `<math><maction actiontype="statusline" xlink:href="javascript:${call(n)}">clic</maction></math>`,
  (n) => `<math><mi xlink:href="data:x,<script>${call(n)}</script>">x</mi></math>`,
  (n) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${call(n)}>`,
  (n) => `<body onload=${call(n)}>`,
  (n) => `<iframe src="javascript:parent.${call(n)}"></iframe>`,
  (n) => `<iframe srcdoc="&lt;script&gt;parent.${call(n)}&lt;/script&gt;"></iframe>`,
  (n) => `<object data="javascript:${call(n)}"></object>`,
  (n) => `<embed src="javascript:${call(n)}">`,
  (n) => `<details open ontoggle=${call(n)}>`,
  (n) => `<video><source onerror=${call(n)}></video>`,
  (n) => `<audio src=x onerror=${call(n)}>`,
  (n) => `<input autofocus onfocus=${call(n)}>`,
  (n) => `<select autofocus onfocus=${call(n)}>`,
  (n) => `<textarea autofocus onfocus=${call(n)}>`,
  (n) => `<marquee onstart=${call(n)}>x</marquee>`,
  (n) => `<div style="animation-name:x" onanimationstart=${call(n)}>`,
  (n) => `<a href="javascript:${call(n)}" id=kq-injected>clic</a>`,
  (n) => `<a href="jav&#x09;ascript:${call(n)}">clic</a>`,
  (n) => `<form action="javascript:${call(n)}"><button>go</button></form>`,
  (n) => `<button formaction="javascript:${call(n)}">go</button>`,
  (n) => `<isindex action="javascript:${call(n)}" type=image>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${call(n)}">`,
  (n) => `<base href="javascript:${call(n)}//">`,
  (n) => `<link rel=stylesheet href="javascript:${call(n)}">`,
  (n) => `<style>@import "javascript:${call(n)}";</style>`,
  (n) => `<div style="background:url(javascript:${call(n)})">`,
  (n) => `<div style="width:expression(${call(n)})">`,
  (n) => `"><script>${call(n)}</script>`,
  (n) => `'><img src=x onerror=${call(n)}>`,
  (n) => `" onmouseover="${call(n)}" x="`,
  (n) => `' onfocus='${call(n)}' autofocus x='`,
  (n) => `" autofocus onfocus="${call(n)}`,
  (n) => `</textarea><script>${call(n)}</script>`,
  (n) => `</title><script>${call(n)}</script>`,
  (n) => `</style><script>${call(n)}</script>`,
  (n) => `</script><script>${call(n)}</script>`,
  (n) => `<!--<img src="--><img src=x onerror=${call(n)}//">`,
  (n) => `<![CDATA[<img src=x onerror=${call(n)}>]]>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=${call(n)}>">`,
  (n) => `<template><img src=x onerror=${call(n)}></template>`,
  (n) => `<xmp><img src=x onerror=${call(n)}></xmp>`,
  (n) => `<scr<script>ipt>${call(n)}</scr</script>ipt>`,
  (n) => `<<script>script>${call(n)}<</script>/script>`,
  (n) => `&lt;script&gt;${call(n)}&lt;/script&gt;`,
  (n) => `&#60;img src=x onerror=${call(n)}&#62;`,
  (n) => `\\u003cimg src=x onerror=${call(n)}\\u003e`,
  (n) => `<img src=x onerror\u000c=${call(n)}>`,
  (n) => `<img/src=x/onerror=${call(n)}>`,
  (n) => `<img src=x onerror=eval(atob('${b64(call(n))}'))>`,
  (n) => `<img src=x onerror=window['__kq'+'Pwned'](${n})>`,
  (n) => `<img src=x onerror=top[String.fromCharCode(95,95,107,113,80,119,110,101,100)](${n})>`,
  (n) => `<img srcset="x 1x, y 2x" onerror=${call(n)}>`,
  (n) => `<picture><source srcset=x><img src=x onerror=${call(n)}></picture>`,
  (n) => `<image src=x onerror=${call(n)}>`,
  (n) => `<svg><image href=x onerror=${call(n)} /></svg>`,
  (n) =>
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'>` +
    `<image href='x' onerror='${call(n)}'/></svg>#x"/></svg>`,
  (n) => `<x onclick=${call(n)}>clic</x>`,
  (n) => `<x contenteditable onfocus=${call(n)} autofocus>`,
  (n) => `<slot name=x onslotchange=${call(n)}></slot>`,
  (n) => `<kq-relative-time datetime="x" onclick=${call(n)}></kq-relative-time>`,
  (n) => `\${${call(n)}}`,
  (n) => `{{constructor.constructor('${call(n)}')()}}`,
  (n) => `<%= ${call(n)} %>`,
  (n) =>
    'javascript:/*--></title></style></textarea></script></xmp>' +
    `<svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${call(n)}//'>`,
];

/** `javascript:`, `data:`, `vbscript:` and other schemes, in every case, encoding and whitespace trick. */
const urls = [
  (n) => `javascript:${call(n)}`,
  (n) => `JAVASCRIPT:${call(n)}`,
  (n) => `JaVaScRiPt:${call(n)}`,
  (n) => ` javascript:${call(n)}`,
  (n) => `\tjavascript:${call(n)}`,
  (n) => `\njavascript:${call(n)}`,
  (n) => `\u0000javascript:${call(n)}`,
  (n) => `\u0001javascript:${call(n)}`,
  (n) => `\u00a0javascript:${call(n)}`,
  (n) => `\u2028javascript:${call(n)}`,
  (n) => `\ufeffjavascript:${call(n)}`,
  (n) => `java\tscript:${call(n)}`,
  (n) => `java\nscript:${call(n)}`,
  (n) => `java\rscript:${call(n)}`,
  (n) => `java\u0000script:${call(n)}`,
  (n) => `jav\u200bascript:${call(n)}`,
  (n) => `javascript\t:${call(n)}`,
  (n) => `javascript :${call(n)}`,
  (n) => `javascript&colon;${call(n)}`,
  (n) => `javascript&#58;${call(n)}`,
  (n) => `javascript&#x3A;${call(n)}`,
  (n) => `${dec('javascript:')}${call(n)}`,
  (n) => `${hex('javascript:')}${call(n)}`,
  (n) => `&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58${call(n)}`,
  (n) => `&#0000106avascript:${call(n)}`,
  (n) => `jav&#x09;ascript:${call(n)}`,
  (n) => `jav&#x0A;ascript:${call(n)}`,
  (n) => `jav&NewLine;ascript&colon;${call(n)}`,
  (n) => `${pct('javascript')}:${call(n)}`,
  (n) => `javascript%3A${call(n)}`,
  (n) => `javascript://%0a${call(n)}`,
  (n) => `javascript://kq.invalid/%0d%0a${call(n)}`,
  (n) => `javascript:/**/${call(n)}`,
  (n) => `javascript:void(${call(n)})`,
  (n) => `javascript:eval(atob('${b64(call(n))}'))`,
  (n) => `javascript:window.__kqPwnedFlag=${n}`,
  (n) => `javascript:top.${call(n)}`,
  (n) => `\\javascript:${call(n)}`,
  (n) => `JavaScript:${call(n)}//https://kq.invalid/`,
  (n) => `javascript:${call(n)}#https://kq.invalid/`,
  (n) => `javascript:${call(n)}?mailto:x@kq.invalid`,
  (n) => `data:text/html,<script>parent.${call(n)}</script>`,
  (n) => `DATA:text/html,<script>parent.${call(n)}</script>`,
  (n) => ` data:text/html;base64,${b64(`<script>parent.${call(n)}</script>`)}`,
  (n) => `data:text/html;charset=utf-8,%3Cscript%3Eparent.${call(n)}%3C/script%3E`,
  (n) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${call(n)}"/>`,
  (n) => `data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${call(n)}"/>`)}`,
  (n) => `data:application/javascript,${call(n)}`,
  (n) => `da\tta:text/html,<script>parent.${call(n)}</script>`,
  (n) => `data&colon;text/html,<script>parent.${call(n)}</script>`,
  (n) => `vbscript:msgbox(${n})`,
  (n) => `VBSCRIPT:msgbox(${n})`,
  (n) => `vbs\tcript:msgbox(${n})`,
  (n) => `livescript:${call(n)}`,
  (n) => `mocha:${call(n)}`,
  (n) => `blob:https://kq.invalid/${n}`,
  (n) => `file:///etc/passwd#${n}`,
  (n) => `filesystem:https://kq.invalid/temporary/${n}`,
  (n) => `about:blank#${n}`,
  (n) => `feed:javascript:${call(n)}`,
  (n) => `view-source:javascript:${call(n)}`,
  (n) => `jar:javascript:${call(n)}!/`,
  (n) => `intent://x#Intent;scheme=javascript:${call(n)};end`,
  (n) => `ms-its:mhtml:file://x!${n}`,
  (n) => `chrome://settings/${n}`,
  (n) => `ws://kq.invalid/${n}`,
  (n) => `ftp://kq.invalid/${n}`,
  (n) => `sms:+33100000000?body=${n}`,
  (n) => `x-javascript:${call(n)}`,
];

/** Entity, whitespace, direction and size tricks in plain text. */
const text = [
  (n) => `Titre normal ${n}`,
  (n) => `\u202eélyts ${n} txet\u202c <img src=x onerror=${call(n)}>`,
  (n) => `\u2067\u2066${n}\u2069 \u200f\u200e\u061c gpj.exe`,
  (n) => `A${'\u0301'.repeat(50)} zalgo ${n}`,
  (n) => `${'<'.repeat(30)}script${'>'.repeat(30)}${call(n)}`,
  (n) => `${'A'.repeat(100_000)}<img src=x onerror=${call(n)}>`,
  (n) => `${'https://kq.invalid/'.repeat(500)}${n}`,
  (n) => `${'\u0000'.repeat(5)}nul ${n}`,
  (n) => `\ud800 lone surrogate ${n} \udfff`,
  (n) => `👩‍👩‍👧‍👦 ${n} 🇫🇷`,
  (n) => `undefined NaN null ${n}`.replace(/undefined NaN null/, 'Un titre'),
  (n) => `__proto__ ${n}`,
  (n) => `%s%s%s%n ${n}`,
  (n) => `{date} {name} {count} ${n}`,
  (n) => `$& $' $\` ${n}`,
  (n) => `\r\n\r\nX-Injected: ${n}\r\n`,
  (n) => `https://kq.invalid/"onmouseover="${call(n)}"`,
  (n) => `https://kq.invalid/<script>${call(n)}</script>`,
  (n) => `http://kq.invalid/?q=<img src=x onerror=${call(n)}>`,
  (n) => `//kq.invalid/${n}`,
  (n) => `/relative/path?x="><script>${call(n)}</script>`,
  (n) => `mailto:x@kq.invalid?subject="><script>${call(n)}</script>`,
  (n) => `tel:+33<img src=x onerror=${call(n)}>`,
];

const all = [...markup, ...urls, ...text];

/** The corpus: `{ n, kind, value }` with n = 1…N (each payload calls `__kqPwned(n)` if it ever runs). */
export const PAYLOADS = all.map((make, i) => ({
  n: i + 1,
  kind: i < markup.length ? 'markup' : i < markup.length + urls.length ? 'url' : 'text',
  value: make(i + 1),
}));

/** A smaller, representative slice (every 7th payload plus the first of each kind) for costly inputs. */
export const SAMPLE = PAYLOADS.filter(
  (p, i) => i % 7 === 0 || i === markup.length || i === markup.length + urls.length,
);

/** A date string that parses (used beside a hostile field so that the rest of the item renders). */
export const GOOD_DATE = '2021-08-03T11:24:00+02:00';
