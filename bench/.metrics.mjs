import { launch, serve, bundle, root } from './lib.mjs';
import { resolve } from 'node:path';
await bundle(resolve(root, 'src/components/relative-time/relative-time.define.ts'), 'kiosque');
await bundle(resolve(root, 'bench/pages/lit-time.ts'), 'lit');
const server = await serve();
const browser = await launch();
for (let i = 0; i < 2; i++) for (const impl of (process.env.IMPLS ?? 'kiosque,github,lit').split(',')) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.url}/bench/pages/relative-time.html?impl=${impl}&n=10000`);
  const r = await page.waitForFunction(() => window.result).then((h) => h.jsonValue());
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  console.log(impl.padEnd(8), 'elapsed', r.elapsed.toFixed(0), ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskOtherDuration', 'TaskDuration'].map((k) => `${k.replace('Duration', '')} ${(m[k] * 1000).toFixed(0)}`).join(' '), 'nodes', m.Nodes);
  await page.close();
}
await browser.close(); server.close();
