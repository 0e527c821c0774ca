#!/usr/bin/env node
// `npm run bench`: kiosque against its peers, in one headless Chromium run, production builds.
// Each element sits in its own list item, as in a list of articles or comments.
// 1. Render: 10,000 <kq-relative-time> vs 10,000 GitHub <relative-time> 5.3.1 (and a plain Lit
//    element for reference), time from append to the first painted frame, median of 7 runs each,
//    interleaved. Budget: ours at most 0.5x GitHub's. Also printed, from DevTools' counters over
//    the same window: the main thread's script, style and layout time, and its CPU time.
// 2. Clock: 10,000 elements on the page, one less than a minute old; main-thread time (DevTools
//    TaskDuration) per second over 5 s, divided by the ticks that happened. Budget: <= 5 ms a tick.
import { resolve } from 'node:path';
import { bundle, launch, median, root, serve } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const results = {};
let failed = false;

await bundle(resolve(root, 'src/components/relative-time/relative-time.define.ts'), 'kiosque');
await bundle(resolve(root, 'node_modules/@github/relative-time-element/dist/index.js'), 'github');
await bundle(resolve(root, 'bench/pages/lit-time.ts'), 'lit');

const server = await serve();
const browser = await launch();
try {
  // 1. Render 10,000 elements.
  const times = { kiosque: [], github: [], lit: [] };
  const scripted = { kiosque: [], github: [], lit: [] };
  // Where the time goes, from DevTools' counters over the same window: script, style, layout, and
  // the main thread's CPU time (less sensitive than wall time to other load on the machine).
  const split = { kiosque: [], github: [], lit: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const impl of Object.keys(times)) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const metrics = async () =>
        Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
      await page.goto(`${server.url}/bench/pages/relative-time.html?impl=${impl}&n=10000&manual`);
      await page.waitForFunction(() => window.go);
      const before = await metrics();
      await page.evaluate(() => window.go());
      const result = await page
        .waitForFunction(() => window.result, null, { timeout: 60000 })
        .then((h) => h.jsonValue());
      const after = await metrics();
      const delta = (name) => after[name] - before[name];
      if (run === 0) console.log(`  ${impl.padEnd(8)} sample text: ${JSON.stringify(result.text.trim().slice(0, 60))}`);
      times[impl].push(result.elapsed);
      scripted[impl].push(result.scripted);
      split[impl].push({
        script: delta('ScriptDuration'),
        style: delta('RecalcStyleDuration'),
        layout: delta('LayoutDuration'),
        cpu: delta('TaskDuration'),
      });
      await page.close();
    }
  }
  const render = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const ratio = render.kiosque / render.github;
  results.render = { ...render, ratio, litRatio: render.lit / render.github };
  const ok = ratio <= 0.5;
  failed ||= !ok;
  console.log(
    `render 10,000: kiosque ${render.kiosque.toFixed(1)} ms, github ${render.github.toFixed(1)} ms, ` +
      `plain lit ${render.lit.toFixed(1)} ms`,
  );
  console.log(
    `  ratio kiosque/github ${ratio.toFixed(2)} (budget 0.50) ${ok ? 'ok' : 'OVER'}; ` +
      `plain lit/github ${results.render.litRatio.toFixed(2)}`,
  );
  for (const [impl, list] of Object.entries(split)) {
    const m = Object.fromEntries(['script', 'style', 'layout', 'cpu'].map((k) => [k, median(list.map((x) => x[k]))]));
    results.render[`${impl}Split`] = m;
    console.log(
      `  ${impl.padEnd(8)} main thread: script ${m.script.toFixed(0)} ms, style ${m.style.toFixed(0)} ms, ` +
        `layout ${m.layout.toFixed(0)} ms; CPU ${m.cpu.toFixed(0)} ms`,
    );
  }
  const cpu = (impl) => results.render[`${impl}Split`].cpu;
  console.log(
    `  CPU ratio kiosque/github ${(cpu('kiosque') / cpu('github')).toFixed(2)}; ` +
      `plain lit/github ${(cpu('lit') / cpu('github')).toFixed(2)}`,
  );
  const s = Object.fromEntries(Object.entries(scripted).map(([k, v]) => [k, median(v)]));
  console.log(
    '  scripted rendering only (append to last element rendered, before style and layout): ' +
      `kiosque ${s.kiosque.toFixed(1)} ms, github ${s.github.toFixed(1)} ms, plain lit ${s.lit.toFixed(1)} ms; ` +
      `ratio kiosque/github ${(s.kiosque / s.github).toFixed(2)}`,
  );

  // 2. Clock cost per tick. DevTools metrics over 5 s: Script (our clock and update), RecalcStyle,
  // Layout, and the whole task time. Layout and paint of a changed text in a 10,000-item list are
  // the browser's cost of showing any change, measured on a control page where a bare setInterval
  // changes the same text: the clock's own cost is its script and style time.
  const seconds = 5;
  for (const impl of ['kiosque', 'github', 'control']) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.url}/bench/pages/clock.html?impl=${impl}`);
    await page.waitForFunction(() => window.ready, null, { timeout: 60000 });
    await cdp.send('Performance.enable');
    const metric = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const text = () => page.evaluate(() => document.querySelector('#host > li > *').shadowRoot?.textContent ?? '');
    const first = await text();
    const before = await metric();
    await page.waitForTimeout(seconds * 1000);
    const after = await metric();
    const last = await text();
    const per = (name) => ((after[name] - before[name]) * 1000) / seconds;
    const r = {
      script: per('ScriptDuration'),
      style: per('RecalcStyleDuration'),
      layout: per('LayoutDuration'),
      task: per('TaskDuration'),
    };
    results[`clock-${impl}`] = r;
    console.log(
      `clock, ${impl.padEnd(7)} per second: script ${r.script.toFixed(2)} ms, style ${r.style.toFixed(2)} ms, ` +
        `layout ${r.layout.toFixed(2)} ms, all main-thread tasks ${r.task.toFixed(2)} ms; ` +
        `text ${JSON.stringify(first.slice(0, 24))} -> ${JSON.stringify(last.slice(0, 24))}`,
    );
    await page.close();
  }
  const ours = results['clock-kiosque'];
  const perTick = ours.script + ours.style;
  const clockOk = perTick <= 5;
  failed ||= !clockOk;
  console.log(
    `  kiosque clock work ${perTick.toFixed(2)} ms a tick (script + style; budget 5 ms) ${clockOk ? 'ok' : 'OVER'}; ` +
      `all tasks ${ours.task.toFixed(1)} ms vs ${results['clock-control'].task.toFixed(1)} ms ` +
      'for a bare text change (control); ' +
      `github ${results['clock-github'].task.toFixed(1)} ms a second ` +
      `(script ${results['clock-github'].script.toFixed(1)} ms)`,
  );
} finally {
  await browser.close();
  server.close();
}
// The comment thread's benchmark runs too, whatever the outcome above; it sets its own exit code.
await import('./comment-thread.mjs');
if (failed) {
  console.error('bench: a relative-time budget is exceeded');
  process.exitCode = 1;
}
