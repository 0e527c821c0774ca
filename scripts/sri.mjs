#!/usr/bin/env node
// Subresource Integrity (sha384) of every browser bundle the build made: the CDN set (dist/cdn/)
// and the self-contained bundles at stable paths. Prints them with a ready <script> tag and writes
// dist/sri.json ({ "<path from dist/>": "sha384-…" }) for pages, docs and tests to read.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const bundles = [
  ...readdirSync(dist).filter((f) => /^kiosque.*\.min\.js$/.test(f)),
  ...readdirSync(new URL('chunks/', dist))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `chunks/${f}`),
  ...readdirSync(new URL('cdn/', dist), { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => `cdn/${f}`),
].sort();

const sri = {};
for (const file of bundles) {
  sri[file] = `sha384-${createHash('sha384')
    .update(readFileSync(new URL(file, dist)))
    .digest('base64')}`;
}
writeFileSync(new URL('sri.json', dist), `${JSON.stringify(sri, null, 2)}\n`);

const width = Math.max(...bundles.map((f) => f.length));
console.log('Subresource Integrity (dist/sri.json):');
for (const file of bundles) console.log(`  ${file.padEnd(width)}  ${sri[file]}`);
const main = bundles.find((f) => /^cdn\/kiosque-[^/]*\d\.min\.js$/.test(f));
if (main)
  console.log(
    `\n  <script type="module" src="https://cdn.example/kiosque/dist/${main}"` +
      ` integrity="${sri[main]}" crossorigin="anonymous"></script>`,
  );
