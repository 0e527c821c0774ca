// Serves the build (/dist/...) and the plain pages of test/dist/pages/ byte for byte, as a CDN or a
// web server would: the test runner's own plugins (esbuild, node-resolve, the dev server's script
// injection) would otherwise rewrite them, and the Subresource Integrity hashes would no longer match.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const served = ['/dist/', '/test/dist/pages/'];
const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.html': 'text/html', '.css': 'text/css' };

export async function distFiles(ctx, next) {
  if (ctx.method !== 'GET' || !served.some((prefix) => ctx.path.startsWith(prefix))) return next();
  const file = resolve(root, `.${decodeURIComponent(ctx.path)}`);
  if (!file.startsWith(root + sep)) return next();
  try {
    ctx.body = await readFile(file);
  } catch {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = `${ctx.path} not found${ctx.path.startsWith('/dist/') ? ': run `npm run build`' : ''}`;
    return;
  }
  ctx.type = types[extname(file)] ?? 'application/octet-stream';
  ctx.set('Cache-Control', 'no-store');
}
