// Shared by the benchmarks: production bundles built like dist/kiosque.min.js, a static server
// on loopback, and the system's Chromium driven by playwright-core (no browser download).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { plugins, terserOptions } from '../rollup.config.mjs';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/browsers.mjs';

export const root = resolve(import.meta.dirname, '..');
export const out = resolve(root, 'bench/results');

/** Bundles `input` (a file path) self-contained and minified into bench/results/<name>.js. */
export async function bundle(input, name) {
  const build = await rollup({ input, plugins: [nodeResolve(), ...plugins()], onwarn() {} });
  const { output } = await build.generate({
    format: 'es',
    inlineDynamicImports: true,
    plugins: [terser(terserOptions)],
  });
  await build.close();
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, `${name}.js`), output[0].code);
  return `/bench/results/${name}.js`;
}

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
};

/** Serves the project folder on 127.0.0.1; returns { url, close }. */
export function serve() {
  const server = createServer((req, res) => {
    const path = resolve(root, `.${decodeURIComponent(new URL(req.url, 'http://x').pathname)}`);
    if (!path.startsWith(root)) return res.writeHead(403).end();
    try {
      const body = readFileSync(path);
      res
        .writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

export async function launch() {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
