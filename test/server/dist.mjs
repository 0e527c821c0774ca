// Serves the build (/dist/...) and the plain pages of test/dist/pages/ byte for byte, as a CDN or a
// web server would: the test runner's own plugins (esbuild, node-resolve, the dev server's script
// injection) would otherwise rewrite them, and the Subresource Integrity hashes would no longer match.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const served = ['/dist/', '/test/dist/pages/'];
const types = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
};

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

/**
 * `/test/react/app.bundle.js`: test/react/app.ts bundled by esbuild with React, as an app's bundler
 * would, its import of the wrappers resolved as `kiosque/react` (package.json exports → dist/react/).
 */
export async function reactApp(ctx, next) {
  if (ctx.path !== '/test/react/app.bundle.js') return next();
  const { build } = await import('esbuild');
  const published = {
    name: 'kiosque-react-from-package',
    setup(b) {
      b.onResolve({ filter: /\/src\/react\/index\.js$/ }, () =>
        b.resolve('kiosque/react', { kind: 'import-statement', resolveDir: root }),
      );
    },
  };
  try {
    const result = await build({
      entryPoints: [resolve(root, 'test/react/app.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"development"' },
      plugins: [published],
      logLevel: 'silent',
    });
    ctx.type = 'text/javascript';
    ctx.body = result.outputFiles[0].text;
  } catch (error) {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = `bundling test/react/app.ts failed (run \`npm run build\` first?): ${error.message}`;
  }
  ctx.set('Cache-Control', 'no-store');
}
