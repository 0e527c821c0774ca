// Runs axe-core over every story of the static Storybook build, in fr and en, light and dark,
// in the system's Chromium (playwright-core, no browser download), with reduced motion emulated.
// Per story and globals it checks:
//   - axe (WCAG 2.0–2.2 A/AA and best practices; color-contrast included and required to run);
//   - the theme is really applied: every kiosque element computes the expected `color-scheme`,
//     and the top-level ones resolve their text colour token to that scheme's value;
//   - reduced motion: no transition or animation longer than 0.01 s on the components (shadow
//     trees included).
// Speed: 2 workers, each with one page per lang × theme; stories are switched through
// Storybook's channel (setCurrentStory → storyRendered), not by reloading the iframe, and axe is
// injected once per page. Prints a summary, writes the full list to <dir>/axe-report.json, exits 1
// on any violation or failure.
// Usage: npm run test:stories [-- [--dir DIR] [substring of story ids]]
//   DIR (or KQ_STORYBOOK_DIR) is the static build, default storybook-static/ (built when missing).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dirArg = dirFlag >= 0 ? args.splice(dirFlag, 2)[1] : undefined;
const staticDir = resolve(root, dirArg ?? process.env.KQ_STORYBOOK_DIR ?? 'storybook-static');
const filter = args[0] ?? '';
const axePath = resolve(root, 'node_modules/axe-core/axe.min.js');
const reportPath = resolve(staticDir, 'axe-report.json');

const LANGS = ['fr', 'en'];
const THEMES = ['light', 'dark'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The text colour token (`--_text` in src/styles/tokens.ts) in each scheme. */
const TEXT_COLOR = { light: 'rgb(29, 29, 31)', dark: 'rgb(236, 236, 239)' };
const STORY_TIMEOUT = 60_000; // the long thread takes seconds on a busy machine
/** Longest wait for a story's fetches (some never answer on purpose: the loading states). */
const SETTLE_MAX_MS = 1500;
const WORKERS = Number(process.env.KQ_AXE_WORKERS ?? 2);
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

/** Serves the static build on 127.0.0.1; returns { url, close }. */
function serve() {
  const server = createServer((req, res) => {
    let pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const path = resolve(staticDir, `.${pathname}`);
    if (path !== staticDir && !path.startsWith(staticDir + sep)) return res.writeHead(403).end();
    try {
      const body = readFileSync(path);
      res
        .writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'cache-control': 'max-age=3600',
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

/** Rejects after `ms` with `message`; the timer never keeps the process alive. */
function within(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Before any page script: counts the fetches in flight, whatever wraps `fetch` later (the stories
 * answer their own URLs by replacing it), so a story is checked once its data has arrived.
 */
function countFetches() {
  window.__kqInflight = 0;
  const wrap = (f) =>
    function countedFetch(...params) {
      window.__kqInflight++;
      const done = () => window.__kqInflight--;
      const promise = f.apply(this, params);
      promise.then(done, done);
      return promise;
    };
  let wrapped = wrap(window.fetch);
  Object.defineProperty(window, 'fetch', {
    configurable: true,
    get: () => wrapped,
    set: (f) => {
      wrapped = wrap(f);
    },
  });
}

/** In the page: shows a story through Storybook's channel; resolves null or an error message. */
function showStory(id) {
  return new Promise((done) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    const outcomes = {
      storyRendered: (storyId) => (storyId === id ? null : undefined),
      storyErrored: (e) => `story errored: ${e?.title ?? ''} ${e?.description ?? ''}`.trim(),
      storyThrewException: (e) => `story threw: ${e?.message ?? e}`,
      playFunctionThrewException: (e) => `play function threw: ${e?.message ?? e}`,
      storyMissing: () => 'story missing',
    };
    const listeners = Object.entries(outcomes).map(([event, outcome]) => {
      const listener = (arg) => {
        const result = outcome(arg);
        if (result === undefined) return;
        for (const [e, l] of listeners) channel.off(e, l);
        done(result);
      };
      channel.on(event, listener);
      return [event, listener];
    });
    channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  });
}

/** In the page: waits until every kiosque element has updated and the story's fetches answered. */
async function settle(maxMs) {
  const deadline = performance.now() + maxMs;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const kiosque = () => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('kq-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('#storybook-root') ?? document.body);
    return found;
  };
  for (;;) {
    await Promise.all(kiosque().map((el) => el.updateComplete));
    await frame();
    await frame();
    if (window.__kqInflight <= 0 || performance.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  // Comments skip layout off screen (content-visibility: auto) until seen once; a reader who
  // reaches one sees it laid out, so scroll the story through before checking what they see.
  const step = innerHeight;
  for (let y = step; y < document.documentElement.scrollHeight; y += step) {
    scrollTo(0, y);
    await frame();
  }
  scrollTo(0, 0);
  await Promise.all(kiosque().map((el) => el.updateComplete));
  await frame();
}

/**
 * In the page: the theme and reduced-motion checks. Returns { problems, elements, animated }.
 * The expected scheme is the story's own `theme` parameter, else the global; an element's own
 * `theme` attribute (or an ancestor's) wins over both.
 */
function inspect({ globalTheme, textColor }) {
  const params = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters ?? {};
  const pageTheme = params.theme ?? globalTheme;
  const problems = [];
  let elements = 0;
  let animated = 0;
  const seconds = (list) =>
    list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)) || 0);
  const themeOf = (el) => {
    for (
      let node = el;
      node;
      node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement
    ) {
      const t = node.getAttribute?.('theme');
      if (t === 'light' || t === 'dark') return t;
    }
    return pageTheme;
  };
  const rootScheme = getComputedStyle(document.documentElement).colorScheme;
  if (rootScheme !== pageTheme) problems.push(`page color-scheme is "${rootScheme}", expected "${pageTheme}"`);
  const motion = (el, where) => {
    const style = getComputedStyle(el);
    if (style.animationName !== 'none') animated++;
    const longest = Math.max(...seconds(style.transitionDuration), ...seconds(style.animationDuration));
    if (longest > 0.01) {
      problems.push(
        `reduced motion: ${where} ${el.localName}${el.part?.length ? `[part=${el.part.value}]` : ''} lasts ${longest}s`,
      );
    }
  };
  const walk = (node, host) => {
    for (const el of node.querySelectorAll('*')) {
      if (host) motion(el, `in ${host.localName}:`);
      if (!el.localName.startsWith('kq-')) {
        if (el.shadowRoot && host) walk(el.shadowRoot, host);
        continue;
      }
      const style = getComputedStyle(el);
      // Outside the flat tree (unslotted fallback markup): not shown, no computed style.
      if (!style.colorScheme) continue;
      elements++;
      motion(el, '');
      const expected = themeOf(el);
      const scheme = style.colorScheme.split(' ')[0];
      if (
        el.getAttribute('theme') !== 'auto' &&
        scheme !== expected &&
        !(expected === pageTheme && style.colorScheme === 'normal' && rootScheme === expected)
      ) {
        problems.push(`theme: ${el.localName} computes color-scheme "${style.colorScheme}", expected "${expected}"`);
      }
      const overridden = style.getPropertyValue('--kq-color-text').trim();
      if (
        !host &&
        !overridden &&
        el.getAttribute('theme') !== 'auto' &&
        el.shadowRoot?.adoptedStyleSheets.length &&
        style.color !== textColor[expected]
      ) {
        // Top-level elements: their text token must resolve to the scheme's colour.
        if (el.localName !== 'kq-relative-time')
          problems.push(`theme: ${el.localName} text is ${style.color}, expected ${textColor[expected]} (${expected})`);
      }
      if (el.shadowRoot) walk(el.shadowRoot, el);
    }
  };
  walk(document.querySelector('#storybook-root') ?? document.body, null);
  return { problems, elements, animated };
}

/** In the page: axe over the story root; violations flattened, and how color-contrast ran. */
async function runAxe(tags) {
  const result = await window.axe.run('#storybook-root', {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations', 'incomplete'], // passes keep one node each: less to serialize
  });
  const nodes = (list, id) => list.find((r) => r.id === id)?.nodes.length ?? 0;
  return {
    violations: result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 2).map((node) => node.target.map(String).join(' >>> ')),
    })),
    contrast: {
      passed: result.passes.some((r) => r.id === 'color-contrast'),
      incomplete: nodes(result.incomplete, 'color-contrast'),
      ran: [...result.passes, ...result.incomplete, ...result.violations, ...result.inapplicable].some(
        (r) => r.id === 'color-contrast',
      ),
      incompleteTargets: (result.incomplete.find((r) => r.id === 'color-contrast')?.nodes ?? [])
        .slice(0, 2)
        .map((n) => `${n.target.map(String).join(' >>> ')}: ${n.any[0]?.message ?? ''}`),
    },
  };
}

/** One worker's page for one lang × theme: loads the first story by URL, then switches. */
async function openPage(context, base, lang, theme, firstId) {
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(countFetches);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // a11y.manual stops @storybook/addon-a11y from running its own axe (it shares window.axe).
  const globals = `lang:${lang};theme:${theme};a11y.manual:!true`;
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(firstId)}&viewMode=story&globals=${globals}`, {
    waitUntil: 'load',
  });
  await page.waitForFunction(
    () => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__?.currentRender,
    undefined,
    { polling: 50 },
  );
  await page.addScriptTag({ path: axePath });
  return { page, errors };
}

async function checkStory(page, id, theme) {
  const storyError = id ? await page.evaluate(showStory, id) : null;
  if (storyError) throw new Error(storyError);
  await page.evaluate(settle, SETTLE_MAX_MS);
  const inspected = await page.evaluate(inspect, { globalTheme: theme, textColor: TEXT_COLOR });
  const axe = await page.evaluate(runAxe, TAGS);
  return { ...axe, ...inspected };
}

async function main() {
  const started = performance.now();
  if (!existsSync(resolve(staticDir, 'index.json'))) {
    if (dirArg || process.env.KQ_STORYBOOK_DIR)
      throw new Error(`${staticDir} has no Storybook build (index.json missing)`);
    console.log('storybook-static/ is missing: npm run build-storybook');
    execSync('npm run build-storybook', { cwd: root, stdio: 'inherit' });
  }
  const index = JSON.parse(readFileSync(resolve(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
  if (!stories.length) throw new Error(`no story matches "${filter}"`);
  const groups = LANGS.flatMap((lang) => THEMES.map((theme) => ({ lang, theme })));

  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const violations = []; // { story, globals, rule, impact, help, nodes, targets }
  const failures = []; // { story, globals, message }
  const problems = []; // { story, globals, message }: theme and reduced-motion checks
  const contrast = { pages: 0, passed: 0, incomplete: 0, examples: [] };
  const timings = []; // [ms, story, globals]
  let elements = 0;
  let animated = 0;
  let pages = 0;

  // Each worker takes whole lang × theme groups; within a group, one page for every story.
  let nextGroup = 0;
  async function worker() {
    while (nextGroup < groups.length) {
      const { lang, theme } = groups[nextGroup++];
      const globals = `lang:${lang};theme:${theme}`;
      let current;
      for (let i = 0; i < stories.length; i++) {
        const { id } = stories[i];
        try {
          if (!current) {
            current = await within(
              openPage(context, server.url, lang, theme, id),
              STORY_TIMEOUT,
              'iframe did not load',
            );
            current.first = true;
          }
          // The page was opened on this story: it is already rendering (no switch needed).
          const t0 = performance.now();
          const result = await within(
            checkStory(current.page, current.first ? null : id, theme),
            STORY_TIMEOUT,
            `timed out after ${STORY_TIMEOUT / 1000} s (story did not render, or axe did not finish)`,
          );
          current.first = false;
          timings.push([Math.round(performance.now() - t0), id, globals]);
          pages++;
          for (const v of result.violations) violations.push({ story: id, globals, ...v });
          for (const message of result.problems) problems.push({ story: id, globals, message });
          for (const message of current.errors.splice(0))
            failures.push({ story: id, globals, message: `page error: ${message}` });
          if (!result.contrast.ran) failures.push({ story: id, globals, message: 'axe did not run color-contrast' });
          contrast.pages++;
          if (result.contrast.passed) contrast.passed++;
          contrast.incomplete += result.contrast.incomplete;
          if (result.contrast.incompleteTargets.length && contrast.examples.length < EXAMPLES) {
            contrast.examples.push(`${id} [${globals}] ${result.contrast.incompleteTargets.join(' | ')}`);
          }
          elements += result.elements;
          animated += result.animated;
        } catch (error) {
          failures.push({ story: id, globals, message: error.message.split('\n')[0] });
          // A page in an unknown state is not reused.
          await current?.page.close().catch(() => {});
          current = undefined;
        }
      }
      await current?.page.close().catch(() => {});
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.min(WORKERS, groups.length) }, worker));
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

  console.log(`\naxe-core over Storybook (${TAGS.join(', ')}), reduced motion emulated`);
  console.log(`  stories checked:       ${stories.length}`);
  console.log(`  pages checked:         ${pages} of ${stories.length * groups.length} (lang fr|en × theme light|dark)`);
  console.log(
    `  kiosque elements:      ${elements} (theme checked), ${animated} with an animation (durations checked)`,
  );
  console.log(
    `  color-contrast:        ran on ${contrast.pages} pages, passed on ${contrast.passed} (others: no text), ` +
      `${contrast.incomplete} nodes left for review by axe`,
  );
  for (const e of contrast.examples) console.log(`    - review: ${e}`);
  const slowest = timings.sort((a, b) => b[0] - a[0]).slice(0, EXAMPLES);
  console.log(`  slowest pages:         ${slowest.map(([ms, id, g]) => `${id} [${g}] ${ms} ms`).join(', ')}`);
  console.log(`  pages with violations: ${pagesWithViolations}`);
  console.log(`  theme/motion problems: ${problems.length}`);
  console.log(`  pages failed to check: ${failures.length}`);
  for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    const count = new Set(list.map((v) => `${v.story} ${v.globals}`)).size;
    console.log(`\n  ${rule} (${list[0].impact}): ${list.length} on ${count} page(s) — ${list[0].help}`);
    for (const v of list.slice(0, EXAMPLES)) {
      console.log(`    - ${v.story} [${v.globals}] ${v.nodes} node(s): ${v.targets.join(' | ')}`);
    }
  }
  for (const [title, list] of [
    ['theme and reduced-motion problems', problems],
    ['failures', failures],
  ]) {
    if (!list.length) continue;
    console.log(`\n  ${title}:`);
    for (const f of list.slice(0, 10)) console.log(`    - ${f.story} [${f.globals}]: ${f.message}`);
    if (list.length > 10) console.log(`    … and ${list.length - 10} more (see the report)`);
  }
  writeFileSync(
    reportPath,
    JSON.stringify(
      {
        tags: TAGS,
        stories: stories.length,
        pages,
        pagesWithViolations,
        violations,
        problems,
        failures,
        contrast,
        seconds: Number(seconds),
      },
      null,
      2,
    ),
  );
  console.log(`\n  full report: ${reportPath} — ${seconds} s`);
  process.exitCode = violations.length || failures.length || problems.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
