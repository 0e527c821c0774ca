#!/usr/bin/env node
// A real WordPress on loopback for the adapter tests, the story and the example page:
// Debian's WordPress 6.1, MariaDB and PHP's own web server, seeded with the seed page's content.
//
//   node scripts/wordpress.mjs start   starts, installs and seeds a site; prints its URL
//                                      (KQ_WORDPRESS_PORT=8088 for the story and examples/wordpress)
//   node scripts/wordpress.mjs stop    stops the site started by `start` and removes what it installed
//
// or, from a script:  const site = await startWordPress(); …; await site.stop();
//
// The PHP it runs lives in scripts/wordpress/ (the seed, the php -S router, the mu-plugin, the
// host config). Everything of one site lives in a fresh temporary directory: MariaDB's data (the
// database and its user), its sockets, pids and logs, the mu-plugin (WPMU_PLUGIN_DIR) and the
// seed's images. Outside it, only /etc/wordpress/kiosque/<port>.json (the site's constants) and
// /etc/wordpress/config-127.0.0.1.php, which picks that file by the request's port, so that several
// sites can run side by side. `stop` removes the site's file and directory, and the shared config
// with the last site; it never touches the Debian packages. KQ_WORDPRESS_ROOT is the WordPress to
// serve (default Debian's /usr/share/wordpress; its wp-config.php must read
// /etc/wordpress/config-<host>.php, as Debian's does). As root on a Debian-like machine, missing
// packages are installed with apt-get; otherwise the script stops with a message naming them.
import { execFile, spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, listening } from './net.mjs';

const WP_ROOT = (process.env.KQ_WORDPRESS_ROOT ?? '/usr/share/wordpress').replace(/\/$/, '');
const CONFIG_DIR = '/etc/wordpress';
/** The shared host config (Debian's config-<host>.php), and the directory of the sites' constants. */
const DISPATCH = join(CONFIG_DIR, 'config-127.0.0.1.php');
const SITES_DIR = join(CONFIG_DIR, 'kiosque');
/** The PHP programs: scripts/wordpress/*.php. */
const PHP_DIR = join(import.meta.dirname, 'wordpress');
const MARIADBD = process.env.KQ_MARIADBD ?? '/usr/sbin/mariadbd';
const MARIADB = '/usr/bin/mariadb';
const INSTALL_DB = '/usr/bin/mariadb-install-db';
const PHP = process.env.KQ_PHP ?? '/usr/bin/php';
/** Where `start` run as a command leaves what `stop` needs. */
export const STATE_FILE = process.env.KQ_WORDPRESS_STATE ?? join(tmpdir(), 'kq-wordpress.json');
export const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql'];

/** The admin and a subscriber (a logged-in reader) of the seeded site: loopback only. */
export const USERS = { admin: ['admin', 'kiosque-admin'], reader: ['lecteur', 'kiosque-lecteur'] };

const log = (message) => console.log(`[wordpress] ${message}`);

function missingPackages() {
  const missing = [];
  if (!existsSync(`${WP_ROOT}/wp-load.php`)) missing.push('wordpress');
  if (!existsSync(MARIADBD) || !existsSync(INSTALL_DB)) missing.push('mariadb-server');
  if (!existsSync(PHP)) missing.push('php-cli');
  else if (!/^mysqli$/m.test(spawnSync(PHP, ['-m'], { encoding: 'utf8' }).stdout ?? '')) missing.push('php-mysql');
  return missing;
}

/** Installs the Debian packages when missing (as root), or throws an error naming them. */
export function ensurePackages() {
  let missing = missingPackages();
  if (!missing.length) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `WordPress tests need the Debian packages ${missing.join(' ')}: ` +
        `apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`,
    );
  }
  log(`installing ${missing.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
  missing = missingPackages();
  if (!install || install.status !== 0 || missing.length)
    throw new Error(`apt-get could not install ${missing.join(' ') || PACKAGES.join(' ')}`);
}

async function waitFor(what, check, child, timeout = 60_000) {
  const start = Date.now();
  for (;;) {
    if (await check()) return;
    if (child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode})`);
    if (Date.now() - start > timeout) throw new Error(`${what} did not start within ${timeout / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout || result.error}`);
  return result.stdout;
}

/** Starts a process in its own group, its output in `logFile`; stopped by its pid. */
function daemon(command, args, logFile, options = {}) {
  const out = openSync(logFile, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out], ...options });
  closeSync(out); // the child has its own copy
  child.unref();
  return child;
}

function kill(pid, signal = 'SIGTERM') {
  if (!pid) return;
  try {
    process.kill(-pid, signal); // its group: php -S workers, if any
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A glob (`*`, `**`, `?`, `{a,b}`) as a regular expression over a relative path. */
const globRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+^$()|[\]\\]/g, '\\$&')
      .replace(/\{([^}]*)\}/g, (_, list) => `(${list.split(',').join('|')})`)
      .replace(/\*\*\/?|\*|\?/g, (m) => (m == '?' ? '[^/]' : m == '*' ? '[^/]*' : '(.*/)?'))}$`,
  );

/** The test files that need the site: every test/wordpress/*.test.ts. */
const WORDPRESS_TESTS = readdirSync(join(import.meta.dirname, '../test/wordpress'))
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `test/wordpress/${file}`);

/**
 * Whether a test run with these runner arguments includes test/wordpress: when no `--files` is
 * given (the whole suite), or when a pattern matches one of its test files.
 */
export function usesWordPress(args) {
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--files=')) files.push(args[i].slice(8));
    else if (args[i] === '--files') while (args[i + 1] && !args[i + 1].startsWith('--')) files.push(args[++i]);
  }
  return !files.length || files.some((f) => WORDPRESS_TESTS.some((test) => globRegExp(f).test(test)));
}

/** The environment of the PHP programs run for the site at `port` (see scripts/wordpress/load.php). */
const phpEnv = (port, extra = {}) => ({
  ...process.env,
  KQ_HOST: `127.0.0.1:${port}`,
  KQ_WORDPRESS_ROOT: WP_ROOT,
  ...extra,
});

/**
 * Starts MariaDB and PHP on free loopback ports, installs and seeds the site; the seed's relative
 * dates count from `now` (epoch ms; the machine's clock by default). A site already started with
 * `node scripts/wordpress.mjs start` is used as it is (and left running).
 */
export async function startWordPress({ quiet = false, keep = false, now } = {}) {
  if (existsSync(STATE_FILE)) {
    const running = JSON.parse(readFileSync(STATE_FILE, 'utf8'));
    if (alive(running.pids.php) && alive(running.pids.mariadb)) {
      if (!quiet) log(`using the site of ${STATE_FILE}: ${running.url}`);
      return { ...running, stop: async () => {} };
    }
  }
  const started = Date.now();
  ensurePackages();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'kq-wordpress-'));
  const data = join(dir, 'mysql');
  const media = join(dir, 'media');
  const muPlugins = join(dir, 'mu-plugins');
  mkdirSync(media);
  mkdirSync(muPlugins);
  // KQ_WORDPRESS_PORT pins the site's port (the story and the example page default to 8088).
  const [dbPort, port] = [await freePort(), Number(process.env.KQ_WORDPRESS_PORT) || (await freePort())];
  const url = `http://127.0.0.1:${port}`;
  const socket = join(dir, 'mysqld.sock');
  const site = { url, port, dir, pids: {}, started };
  const stop = () => stopWordPress(site);
  // Whatever ends this process, the site ends with it (unless `start` keeps it for `stop`).
  if (!keep) process.on('exit', () => removeSite(site, 'SIGKILL'));
  try {
    // MariaDB: a data directory of its own, reachable by socket (root) and TCP (WordPress).
    if (root) chownSync(dir, Number(run('id', ['-u', 'mysql']).trim()), Number(run('id', ['-g', 'mysql']).trim()));
    const user = root ? ['--user=mysql'] : [];
    run(
      INSTALL_DB,
      ['--no-defaults', `--datadir=${data}`, ...user, '--auth-root-authentication-method=socket', '--skip-test-db'],
      { cwd: dir },
    );
    const db = daemon(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--tmpdir=${dir}`,
        ...user,
        `--socket=${socket}`,
        `--port=${dbPort}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=32M',
      ],
      join(dir, 'mariadb.log'),
    );
    site.pids.mariadb = db.pid;
    await waitFor('MariaDB', () => existsSync(socket) && listening(dbPort), db);
    const password = `kq-${Math.random().toString(36).slice(2)}`;
    run(MARIADB, ['--no-defaults', `--socket=${socket}`, '-u', 'root'], {
      input: [
        'CREATE DATABASE wordpress CHARACTER SET utf8mb4;',
        `CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '${password}';`,
        "GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
      ].join('\n'),
    });

    // WordPress: this site's constants, chosen by port (scripts/wordpress/config.php reads them).
    if (existsSync(DISPATCH) && !readFileSync(DISPATCH, 'utf8').includes("kiosque's scripts/wordpress.mjs"))
      throw new Error(`${DISPATCH} exists and is not ours: not touching it`);
    mkdirSync(SITES_DIR, { recursive: true });
    const constants = {
      DB_NAME: 'wordpress',
      DB_USER: 'wordpress',
      DB_PASSWORD: password,
      DB_HOST: `127.0.0.1:${dbPort}`,
      WP_HOME: url,
      WP_SITEURL: url,
      WPMU_PLUGIN_DIR: muPlugins,
      KQ_MEDIA_DIR: media,
      DISABLE_WP_CRON: true,
      AUTOMATIC_UPDATER_DISABLED: true,
      WP_HTTP_BLOCK_EXTERNAL: true,
    };
    writeFileSync(join(SITES_DIR, `${port}.json`), JSON.stringify(constants, null, 2), { mode: 0o600 });
    copyFileSync(join(PHP_DIR, 'config.php'), DISPATCH);
    copyFileSync(join(PHP_DIR, 'mu-plugin.php'), join(muPlugins, 'kiosque.php'));
    const php = daemon(
      PHP,
      ['-S', `127.0.0.1:${port}`, '-t', WP_ROOT, join(PHP_DIR, 'router.php')],
      join(dir, 'php.log'),
      {
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4', KQ_MEDIA_DIR: media },
      },
    );
    site.pids.php = php.pid;
    await waitFor('php -S', () => listening(port), php);

    // Install without a browser: the form of wp-admin/install.php.
    const form = new URLSearchParams({
      weblog_title: 'Le Petit Journal (kiosque test)',
      user_name: USERS.admin[0],
      admin_password: USERS.admin[1],
      admin_password2: USERS.admin[1],
      pw_weak: '1',
      admin_email: 'admin@example.com',
      blog_public: '0',
      language: '',
    });
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
    const page = await install.text();
    if (!install.ok || !/Success|Succès|installed/i.test(page))
      throw new Error(`WordPress install failed (${install.status}): ${page.replace(/<[^>]+>/g, ' ').slice(0, 400)}`);

    // Seed from PHP, through WordPress's own functions.
    const clock = now === undefined ? {} : { KQ_NOW: String(now / 1000) };
    const out = run(PHP, [join(PHP_DIR, 'seed.php')], { env: phpEnv(port, { KQ_MEDIA_DIR: media, ...clock }) });
    site.seed = JSON.parse(out.trim().split('\n').pop());
    site.seconds = Math.round((Date.now() - started) / 100) / 10;
    if (!quiet) log(`${url} ready in ${site.seconds} s (post ${site.seed.article}, ${site.seed.comments} comments)`);
    return { ...site, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Dates the seed's related posts again, their ages ("il y a 4 jours") counted from `now` (epoch
 * ms): the test server calls it with the clock of the page that asks (the suite's pinned instant).
 */
export function redateWordPress(site, now) {
  const env = phpEnv(new URL(site.url).port, { KQ_NOW: String(now / 1000), KQ_RELATED: site.seed.related.join(',') });
  return JSON.parse(
    run(PHP, [join(PHP_DIR, 'redate.php')], { env })
      .trim()
      .split('\n')
      .pop(),
  );
}

/**
 * Runs scripts/wordpress/`script` for the site (load.php's environment and `env`) without blocking
 * the caller (the test server); resolves to the JSON of its last line of output.
 */
export function runWordPressScript(site, script, env = {}) {
  const options = { env: phpEnv(new URL(site.url).port, env) };
  return new Promise((resolve, reject) =>
    execFile(PHP, [join(PHP_DIR, script)], options, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${script}: ${stderr || error.message}`))
        : resolve(JSON.parse(stdout.trim().split('\n').pop())),
    ),
  );
}

/**
 * What stopping removes, at once (also when the process exits): the servers, by their own pids
 * (their process groups), the site's constants, the shared host config with the last site, and
 * the site's directory (MariaDB's data with the database and its user, the mu-plugin, the images,
 * logs and pids).
 */
function removeSite(site, signal = 'SIGTERM') {
  for (const pid of [site.pids?.php, site.pids?.mariadb]) kill(pid, signal);
  if (site.port) rmSync(join(SITES_DIR, `${site.port}.json`), { force: true });
  if (existsSync(SITES_DIR) && !readdirSync(SITES_DIR).length) {
    if (existsSync(DISPATCH) && readFileSync(DISPATCH, 'utf8').includes("kiosque's scripts/wordpress.mjs"))
      rmSync(DISPATCH);
    rmSync(SITES_DIR, { recursive: true, force: true });
  }
  if (site.dir?.includes('kq-wordpress-')) rmSync(site.dir, { recursive: true, force: true });
}

/** Stops the servers of a site by their own pids (waiting for them to end) and removes what it installed. */
export async function stopWordPress(site) {
  for (const pid of [site.pids?.php, site.pids?.mariadb]) {
    kill(pid);
    for (let i = 0; i < 50 && pid && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (pid && alive(pid)) kill(pid, 'SIGKILL');
  }
  removeSite(site);
  site.pids = {};
}

// ---- command line ------------------------------------------------------------------------

async function main(command) {
  if (command === 'start') {
    if (existsSync(STATE_FILE)) {
      const running = JSON.parse(readFileSync(STATE_FILE, 'utf8'));
      if (alive(running.pids.php))
        throw new Error(`a site is running (${STATE_FILE}): node scripts/wordpress.mjs stop`);
      await stopWordPress(running); // a leftover of a crash: clean it up
    }
    const site = await startWordPress({ keep: true });
    const { stop, ...state } = site;
    writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
    log(`state in ${STATE_FILE}; stop it with: node scripts/wordpress.mjs stop`);
    console.log(site.url);
  } else if (command === 'stop') {
    if (!existsSync(STATE_FILE)) return log('no site is running');
    await stopWordPress(JSON.parse(readFileSync(STATE_FILE, 'utf8')));
    rmSync(STATE_FILE);
    log('stopped');
  } else {
    console.error('usage: node scripts/wordpress.mjs start|stop');
    process.exitCode = 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv[2]).catch((error) => {
    console.error(`[wordpress] ${error.message}`);
    process.exitCode = 1;
  });
}
