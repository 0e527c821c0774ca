// Every test runs in three real engines: Debian's Chromium and Firefox ESR, and WebKitGTK
// (Safari's engine) through its WebDriver. `npm test` (scripts/test.mjs) checks the browsers,
// starts WebKitWebDriver under Xvfb and passes its port here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROME_ARGS, CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH } from './scripts/browsers.mjs';
import { DATE_SENSITIVE_FILES, DEFAULT_NOW, instant, pinnedRunnerHtml, SWEEP_INSTANTS } from './test/clock/time.mjs';
import { distFiles, reactApp } from './test/server/dist.mjs';
import { fixtureServer } from './test/server/index.mjs';
import { wordpressProxy } from './test/wordpress/server.mjs';

const wanted = (process.env.KQ_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];
if (wanted.includes('chromium')) {
  // expose-gc and precise memory info: the leak test forces a collection and reads the heap.
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
      // A busy machine (the leak test's loops in the other engines) can slow a test page's
      // navigation past puppeteer's default 30 s.
      async createPage({ browser }) {
        const page = await browser.newPage();
        page.setDefaultNavigationTimeout(120000);
        return page;
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  const port = Number(process.env.WEBKIT_DRIVER_PORT);
  if (!port)
    throw new Error('WebKit needs WEBKIT_DRIVER_PORT: run the suite with `npm test`, which starts WebKitWebDriver.');
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    }),
  );
}

// Every page starts at one pinned instant (test/clock/time.mjs), KQ_NOW or a fixed default; the
// date sweep (`npm run test:dates`, KQ_DATE_SWEEP=1) runs the date-sensitive files once per
// instant of SWEEP_INSTANTS instead, as one group each.
const sweep = process.env.KQ_DATE_SWEEP
  ? SWEEP_INSTANTS.map(([name, iso]) => ({
      name,
      files: DATE_SENSITIVE_FILES,
      testRunnerHtml: pinnedRunnerHtml(instant(iso)),
    }))
  : undefined;

export default {
  files: sweep ? undefined : ['test/**/*.test.ts'],
  groups: sweep,
  testRunnerHtml: pinnedRunnerHtml(instant(process.env.KQ_NOW ?? DEFAULT_NOW)),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [fixtureServer, distFiles, reactApp, wordpressProxy],
  browsers,
  // One test page per browser at a time: a page in a background tab gets no animation frames,
  // and fixture() waits for one (a known runner issue), so parallel pages can stall.
  concurrency: 1,
  // Two engines at a time on these 2-core machines: with three, the heavy files (hostile input,
  // leaks) starved WebKit until its WebDriver session died.
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  // KQ_GREP runs only the tests whose names match, for quick local iteration.
  testFramework: { config: { timeout: 20000, ...(process.env.KQ_GREP ? { grep: process.env.KQ_GREP } : {}) } },
};
