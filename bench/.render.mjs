import { launch, serve, bundle, root, median } from './lib.mjs';
import { resolve } from 'node:path';
await bundle(resolve(root, 'src/components/relative-time/relative-time.define.ts'), 'kiosque');
const server = await serve();
const browser = await launch();
const t = { kiosque: [], github: [] };
for (let i = 0; i < 3; i++) for (const impl of Object.keys(t)) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/bench/pages/relative-time.html?impl=${impl}&n=10000`);
  t[impl].push((await page.waitForFunction(() => window.result).then((h) => h.jsonValue())).elapsed);
  await page.close();
}
console.log('kiosque', median(t.kiosque).toFixed(0), 'github', median(t.github).toFixed(0), 'ratio', (median(t.kiosque) / median(t.github)).toFixed(2));
await browser.close(); server.close();
