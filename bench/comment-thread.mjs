#!/usr/bin/env node
// <kq-comment-thread> with 5,000 comments, in one headless Chromium run, production builds
// (run by `npm run bench` after bench/run.mjs's own measures, or alone: `node bench/comment-thread.mjs`).
// 1. First paint: from setting 5,000 comments to the first painted frame, ours vs a minimal Lit
//    element rendering every comment at once with map() (bench/pages/lit-comments.ts), median of
//    7 runs each, interleaved. Budget: ours at most 0.25x the baseline.
// 2. One reply added to a thread of the 5,000 (ten times a page, in each run): from the start of a
//    frame to the task after that frame's rendering (Lit's update, then style, layout and paint),
//    median of all. Budget: within one frame, 16.7 ms. Load on the machine inflates every figure:
//    run it on an idle one (the first-paint ratio is steadier, both sides slowing alike).
import { resolve } from 'node:path';
import { bundle, launch, median, root, serve } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const N = 5000;
const FRAME = 1000 / 60;

await bundle(resolve(root, 'src/components/comment-thread/comment-thread.define.ts'), 'kq-comment-thread');
await bundle(resolve(root, 'bench/pages/lit-comments.ts'), 'lit-comments');

const server = await serve();
const browser = await launch();
const times = { 'kq-comment-thread': [], 'lit-comments': [] };
const updates = [];
const frames = [];
try {
  for (let run = 0; run < RUNS; run++) {
    for (const impl of Object.keys(times)) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/bench/pages/comment-thread.html?impl=${impl}&n=${N}`);
      const result = await page
        .waitForFunction(() => window.result, null, { timeout: 60000 })
        .then((h) => h.jsonValue())
        .catch((error) => Promise.reject(new Error(`${impl}: ${errors.join('; ') || error.message}`)));
      if (run === 0) console.log(`  ${impl.padEnd(17)} ${result.articles} comments rendered at first paint`);
      times[impl].push(result.elapsed);
      for (const reply of result.reply ?? []) {
        if (!reply.shown) throw new Error('an added reply was not rendered');
        updates.push(reply.update);
        frames.push(reply.frame);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const ours = median(times['kq-comment-thread']);
const base = median(times['lit-comments']);
const ratio = ours / base;
const paintOk = ratio <= 0.25;
console.log(
  `first paint, ${N.toLocaleString('en')} comments: ` +
    `kq-comment-thread ${ours.toFixed(1)} ms, map() baseline ${base.toFixed(1)} ms`,
);
console.log(`  ratio ours/baseline ${ratio.toFixed(3)} (budget 0.25) ${paintOk ? 'ok' : 'OVER'}`);
const frame = median(frames);
const replyOk = frame <= FRAME;
console.log(
  `add one reply: update ${median(updates).toFixed(1)} ms, update + style/layout/paint ${frame.toFixed(1)} ms ` +
    `(budget one frame, ${FRAME.toFixed(1)} ms) ${replyOk ? 'ok' : 'OVER'}; ` +
    `${frames.filter((f) => f <= FRAME).length} of ${frames.length} within a frame, ` +
    `worst ${Math.max(...frames).toFixed(1)} ms`,
);
if (!paintOk || !replyOk) {
  console.error('bench comment-thread: a budget is exceeded');
  process.exitCode = 1;
}
