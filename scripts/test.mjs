#!/usr/bin/env node
// `npm test`: runs every test in Chromium, Firefox and WebKit.
// 1. Checks the three engines. On a fresh Debian-like machine, as root, installs what is missing
//    with apt-get; otherwise stops with a message naming the package to install.
// 2. Starts WebKitWebDriver under Xvfb on a free port, runs @web/test-runner, and stops the driver
//    by its own process group when the run ends, whatever the outcome.
// Extra arguments go to the test runner (e.g. `npm test -- --files test/controllers/*.test.ts`).
// KQ_BROWSERS=chromium,firefox limits the engines for a quick local run; CI always runs all three.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_RUN_PATH } from './browsers.mjs';
import { startWordPress, usesWordPress } from './wordpress.mjs';
import { freePort } from './net.mjs';
import { DEFAULT_ZONE, SWEEP_INSTANTS, SWEEP_ZONES } from '../test/clock/time.mjs';

const engines = [
  { name: 'chromium', path: CHROME_PATH, pkg: 'chromium' },
  { name: 'firefox', path: FIREFOX_PATH, pkg: 'firefox-esr' },
  { name: 'webkit', path: WEBKIT_DRIVER_PATH, pkg: 'webkit2gtk-driver' },
  { name: 'webkit', path: MINIBROWSER_PATH, pkg: 'webkit2gtk-driver' },
  { name: 'webkit', path: XVFB_RUN_PATH, pkg: 'xvfb' },
];

const wanted = (
  process.env.CI ? 'chromium,firefox,webkit' : (process.env.KQ_BROWSERS ?? 'chromium,firefox,webkit')
).split(',');
if (process.env.CI) process.env.KQ_BROWSERS = wanted.join(',');
const needed = engines.filter((e) => wanted.includes(e.name));

export function ensureEngines(list = needed) {
  const missing = list.filter((e) => !existsSync(e.path));
  if (!missing.length) return;
  const packages = [...new Set(missing.map((e) => e.pkg))];
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`[test] installing ${packages.join(' ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    if (!install || install.status !== 0) {
      console.error(`[test] apt-get could not install ${packages.join(' ')}.`);
      process.exit(1);
    }
    const still = list.filter((e) => !existsSync(e.path));
    if (!still.length) return;
    console.error(`[test] still missing after install: ${still.map((e) => e.path).join(', ')}`);
    process.exit(1);
  }
  for (const e of missing)
    console.error(
      `[test] ${e.name}: ${e.path} not found. Install the Debian package "${e.pkg}" (or set the path variable).`,
    );
  console.error(`[test] e.g. sudo apt-get install -y ${packages.join(' ')}`);
  process.exit(1);
}

function waitForPort(port, timeout = 30000) {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => {
        socket.end();
        resolve();
      });
      socket.on('error', () => {
        socket.destroy();
        if (Date.now() - start > timeout) reject(new Error(`WebKitWebDriver did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts WebKitWebDriver under xvfb-run in its own process group; returns a stop function. */
export async function startWebKitDriver() {
  const port = await freePort();
  const child = spawn(XVFB_RUN_PATH, ['-a', WEBKIT_DRIVER_PATH, `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  await waitForPort(port);
  return { port, stop };
}

/**
 * The dist tests (bundles, autoloader, SRI, seed page) load the built files: build first when
 * dist/ is missing or older than any source file, so `npm test` works on a fresh clone too.
 */
function ensureBuild() {
  if (process.env.KQ_SKIP_BUILD) return; // several engineers on one machine: build once, by hand
  const stamp = 'dist/sri.json'; // written last by `npm run build`
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const newest = Math.max(
    ...['src', 'custom-elements-manifest.config.mjs', 'rollup.config.mjs', 'package.json'].flatMap((path) =>
      statSync(path).isDirectory()
        ? readdirSync(path, { recursive: true }).map((f) => statSync(`${path}/${f}`).mtimeMs)
        : [statSync(path).mtimeMs],
    ),
  );
  if (built >= newest) return;
  console.log(`[test] ${built ? 'dist/ is older than the sources' : 'no dist/ yet'}: running npm run build first…`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Runs the test runner with these arguments and environment; resolves to its exit code. */
function runTests(args, env) {
  return new Promise((resolve) => {
    const runner = spawn('node_modules/.bin/wtr', ['--config', 'web-test-runner.config.mjs', ...args], {
      stdio: 'inherit',
      env,
    });
    const forward = (signal) => runner.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    runner.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * `npm run test:dates`: the date sweep. The date-sensitive files (DATE_SENSITIVE_FILES) run at each
 * instant of SWEEP_INSTANTS (one group each) in Chromium, once per zone of SWEEP_ZONES (a browser
 * takes its zone from TZ when it starts). Date arithmetic and Intl do not depend on the engine;
 * the ordinary run covers the three engines at the default instant.
 */
async function dateSweep() {
  ensureEngines(engines.filter((e) => e.name === 'chromium'));
  ensureBuild();
  const results = [];
  for (const zone of SWEEP_ZONES) {
    console.log(`\n[test:dates] ${SWEEP_INSTANTS.length} instants in ${zone}`);
    const port = await freePort();
    const env = { ...process.env, TZ: zone, KQ_BROWSERS: 'chromium', KQ_DATE_SWEEP: '1' };
    const code = await runTests(['--port', String(port), ...process.argv.slice(3)], env);
    results.push([zone, code]);
  }
  for (const [zone, code] of results) console.log(`[test:dates] ${zone}: ${code === 0 ? 'passed' : 'FAILED'}`);
  process.exit(results.some(([, code]) => code !== 0) ? 1 : 0);
}

async function main() {
  if (process.argv[2] === '--dates') return dateSweep();
  ensureEngines();
  ensureBuild();
  const env = { ...process.env, TZ: process.env.TZ ?? DEFAULT_ZONE };
  let driver;
  if (wanted.includes('webkit')) {
    driver = await startWebKitDriver();
    env.WEBKIT_DRIVER_PORT = String(driver.port);
  }
  // A real WordPress for test/wordpress (scripts/wordpress.mjs), stopped by its pids after the run.
  let wordpress;
  if (usesWordPress(process.argv.slice(2))) {
    try {
      wordpress = await startWordPress();
    } catch (error) {
      console.error(`[test] ${error.message}`);
      driver?.stop();
      process.exit(1);
    }
    env.KQ_WORDPRESS = JSON.stringify({ url: wordpress.url, seed: wordpress.seed });
  }
  // A free port of our own, so that several runs (or a Storybook) can share the machine.
  const port = await freePort();
  const code = await runTests(['--port', String(port), ...process.argv.slice(2)], env);
  driver?.stop();
  await wordpress?.stop();
  process.exit(code);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
