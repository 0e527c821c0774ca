// The strict example page (examples/csp/index.html), served with the Content-Security-Policy of
// docs/security.md. ?build=classic serves it with the classic-script build instead of the module
// bundle. ?policy=issue serves the policy first asked for (trusted-types 'none'), which Lit and
// DOMPurify cannot meet (see docs/security.md), to show what breaks.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const page = resolve(import.meta.dirname, '../../examples/csp/index.html');

export const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');
const ISSUE_POLICY = POLICY.replace('trusted-types lit-html dompurify', "trusted-types 'none'");

async function serve(ctx) {
  let html = await readFile(page, 'utf8');
  if (ctx.query.build === 'classic') {
    html = html.replace(
      '<script type="module" src="/dist/kiosque.min.js"></script>',
      '<script defer src="/dist/kiosque.classic.min.js"></script>',
    );
  }
  ctx.set('Content-Security-Policy', ctx.query.policy === 'issue' ? ISSUE_POLICY : POLICY);
  ctx.type = 'text/html';
  ctx.body = html;
}

export const routes = { '/examples/csp/': serve, '/examples/csp/index.html': serve };
