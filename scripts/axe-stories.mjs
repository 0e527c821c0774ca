// Runs axe-core over every story of the static Storybook build, in fr and en, light and dark,
// in the system's Chromium (playwright-core, no browser download). Prints a summary per rule,
// writes the full list to storybook-static/axe-report.json, exits 1 on any violation or failure.
// Usage: npm run test:stories [-- <substring of story ids>]   (builds storybook-static/ when missing)
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { extname, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const staticDir = resolve(root, 'storybook-static');
const axePath = resolve(root, 'node_modules/axe-core/axe.min.js');
const reportPath = resolve(staticDir, 'axe-report.json');

const LANGS = ['fr', 'en'];
const THEMES = ['light', 'dark'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PAGE_TIMEOUT = 15_000;
const SETTLE_MS = 300;
const CONCURRENCY = Math.min(4, availableParallelism());
const EXAMPLES = 3;

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves storybook-static/ on 127.0.0.1; returns { url, close }. */
function serve() {
  const server = createServer((req, res) => {
    let pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const path = resolve(staticDir, `.${pathname}`);
    if (path !== staticDir && !path.startsWith(staticDir + sep)) return res.writeHead(403).end();
    try {
      const body = readFileSync(path);
      // The build does not change during a run: let Chromium cache the bundles between pages.
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}

/** Rejects after `ms` with `message`; the timer never keeps the process alive. */
function within(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Loads one story with the given globals and returns axe's violations (flattened). */
async function checkPage(context, base, job) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    // a11y.manual stops @storybook/addon-a11y from running its own axe on the same page: it shares
    // window.axe ("Axe is already running") and doubles the time.
    const globals = `lang:${job.lang};theme:${job.theme};a11y.manual:!true`;
    const url = `${base}/iframe.html?id=${encodeURIComponent(job.id)}&viewMode=story&globals=${globals}`;
    await page.goto(url, { waitUntil: 'load' });
    // Storybook shows its error display (and no story) when a story throws while rendering.
    await page.waitForFunction(
      () =>
        document.querySelector('#storybook-root')?.children.length > 0 ||
        document.body.classList.contains('sb-show-errordisplay'),
      undefined,
      { polling: 50 },
    );
    const storyError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? document.querySelector('#error-message')?.textContent?.trim() || 'story failed to render'
        : null,
    );
    if (storyError) throw new Error(`Storybook error display: ${storyError}`);
    await page.waitForTimeout(SETTLE_MS); // Lit updates, fetches answered by inline data, fonts
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(
      (tags) =>
        window.axe
          .run('#storybook-root', { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } })
          .then((result) =>
            result.violations.map((v) => ({
              rule: v.id,
              impact: v.impact,
              help: v.help,
              nodes: v.nodes.length,
              targets: v.nodes.slice(0, 2).map((node) => node.target.map(String).join(' >>> ')),
            })),
          ),
      TAGS,
    );
    return { violations, errors };
  } finally {
    await page.close().catch(() => {});
  }
}

async function main() {
  const started = performance.now();
  if (!existsSync(resolve(staticDir, 'index.json'))) {
    console.log('storybook-static/ is missing: npm run build-storybook');
    execSync('npm run build-storybook', { cwd: root, stdio: 'inherit' });
  }
  const index = JSON.parse(readFileSync(resolve(staticDir, 'index.json'), 'utf8'));
  const filter = process.argv[2] ?? '';
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
  // Globals outermost: the four pages of one heavy story do not run at the same time.
  const jobs = LANGS.flatMap((lang) =>
    THEMES.flatMap((theme) => stories.map((story) => ({ id: story.id, lang, theme }))),
  );

  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const violations = []; // { story, globals, rule, impact, help, nodes, targets }
  const failures = []; // { story, globals, message }
  let next = 0;

  async function worker() {
    while (next < jobs.length) {
      const job = jobs[next++];
      const globals = `lang:${job.lang};theme:${job.theme}`;
      try {
        const result = await within(
          checkPage(context, server.url, job),
          PAGE_TIMEOUT,
          `timed out after ${PAGE_TIMEOUT / 1000} s (story did not render, or axe did not finish)`,
        );
        for (const v of result.violations) violations.push({ story: job.id, globals, ...v });
      } catch (error) {
        failures.push({ story: job.id, globals, message: error.message.split('\n')[0] });
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await within(browser.close(), 10_000, 'browser did not close').catch(() => {});
    server.close();
  }

  const pagesWithViolations = new Set(violations.map((v) => `${v.story} ${v.globals}`)).size;
  const byRule = new Map();
  for (const v of violations) {
    if (!byRule.has(v.rule)) byRule.set(v.rule, []);
    byRule.get(v.rule).push(v);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  console.log(`\naxe-core over Storybook (${TAGS.join(', ')})`);
  console.log(`  stories checked:       ${stories.length}`);
  console.log(`  pages checked:         ${jobs.length} (lang fr|en × theme light|dark)`);
  console.log(`  pages with violations: ${pagesWithViolations}`);
  console.log(`  pages failed to check: ${failures.length}`);
  for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    const pages = new Set(list.map((v) => `${v.story} ${v.globals}`)).size;
    console.log(`\n  ${rule} (${list[0].impact}): ${list.length} on ${pages} page(s) — ${list[0].help}`);
    for (const v of list.slice(0, EXAMPLES)) {
      console.log(`    - ${v.story} [${v.globals}] ${v.nodes} node(s): ${v.targets.join(' | ')}`);
    }
  }
  if (failures.length) {
    console.log('\n  failures:');
    for (const f of failures.slice(0, 10)) console.log(`    - ${f.story} [${f.globals}]: ${f.message}`);
    if (failures.length > 10) console.log(`    … and ${failures.length - 10} more (see the report)`);
  }
  writeFileSync(
    reportPath,
    JSON.stringify(
      { tags: TAGS, stories: stories.length, pages: jobs.length, pagesWithViolations, violations, failures, seconds: Number(seconds) },
      null,
      2,
    ),
  );
  console.log(`\n  full report: ${reportPath.slice(root.length + 1)} — ${seconds} s`);
  process.exitCode = violations.length || failures.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
