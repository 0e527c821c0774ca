#!/usr/bin/env node
// A real WordPress on loopback for the adapter tests, the story and the example page:
// Debian's WordPress 6.1, MariaDB and PHP's own web server, seeded with the seed page's content.
//
//   node scripts/wordpress.mjs start   starts, installs and seeds a site; prints its URL
//                                      (KQ_WORDPRESS_PORT=8088 for the story and examples/wordpress)
//   node scripts/wordpress.mjs stop    stops the site started by `start` (by its own pids)
//
// or, from a script:  const site = await startWordPress(); …; await site.stop();
//
// Everything of one site lives in a fresh temporary directory (MariaDB's data, logs, the seed's
// images) and in /etc/wordpress/kiosque/<port>.php; /etc/wordpress/config-127.0.0.1.php picks
// that file by the request's port, so several sites can run side by side. `stop` removes them.
// As root on a Debian-like machine, missing packages are installed with apt-get; otherwise the
// script stops with a message naming them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chownSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, listening } from './net.mjs';

const WP_ROOT = process.env.KQ_WORDPRESS_ROOT ?? '/usr/share/wordpress';
const WP_CONTENT = '/var/lib/wordpress/wp-content';
const CONFIG_DIR = '/etc/wordpress';
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
      `WordPress tests need the Debian packages ${missing.join(' ')}: apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`,
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

/** Debian's config-<host>.php for 127.0.0.1, shared by every kiosque site: picks the site's file by port. */
const DISPATCH = `<?php
// Written by kiosque's scripts/wordpress.mjs: one WordPress per loopback port.
$kq_port = preg_replace('/^.*:/', '', $_SERVER['HTTP_HOST'] ?? '');
$kq_file = '/etc/wordpress/kiosque/' . preg_replace('/[^0-9]/', '', $kq_port) . '.php';
if (!is_file($kq_file)) { header('HTTP/1.0 404 Not Found'); exit("No kiosque WordPress on port $kq_port\\n"); }
require $kq_file;
`;

/**
 * Anonymous REST comments (the one-line plugin of docs/adapters.md), except for requests the
 * test server marks as coming from a site that requires sign-in: that is how the tests get
 * WordPress's own 401 from the same site.
 */
const MU_PLUGIN = `<?php
// Written by kiosque's scripts/wordpress.mjs (test sites only).
add_filter('rest_allow_anonymous_comments', function () { return empty($_SERVER['HTTP_X_KQ_LOGIN_REQUIRED']); });
// Avatars from the site itself: the test machines have no other network.
// Tests post several comments a second from one address: no flood check on test sites.
if (defined('KQ_MEDIA_DIR')) add_filter('wp_is_comment_flood', '__return_false', 99);
if (defined('KQ_MEDIA_DIR')) add_filter('pre_get_avatar_data', function ($args) { $args['url'] = home_url('/wp-content/uploads/kq-media/avatar.svg'); return $args; });
`;

/** php -S router: the seed's images from this site's own directory; everything else as usual. */
const router = (media) => `<?php
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (preg_match('#^/wp-content/uploads/kq-media/([a-z0-9-]+\\.svg)$#', $path, $m) && is_file(${JSON.stringify(media)} . '/' . $m[1])) {
  header('Content-Type: image/svg+xml');
  header('Access-Control-Allow-Origin: *');
  readfile(${JSON.stringify(media)} . '/' . $m[1]);
  return true;
}
return false;
`;

/** A glob (`*`, `**`, `?`, `{a,b}`) as a regular expression over a relative path. */
const globRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+^$()|[\]\\]/g, '\\$&')
      .replace(/\{([^}]*)\}/g, (_, list) => `(${list.split(',').join('|')})`)
      .replace(/\*\*\/?|\*|\?/g, (m) => (m == '?' ? '[^/]' : m == '*' ? '[^/]*' : '(.*/)?'))}$`,
  );

/**
 * Whether a test run with these runner arguments includes test/wordpress: when no `--files` is
 * given (the whole suite), or when a pattern matches its test file.
 */
export function usesWordPress(args) {
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--files=')) files.push(args[i].slice(8));
    else if (args[i] === '--files') while (args[i + 1] && !args[i + 1].startsWith('--')) files.push(args[++i]);
  }
  return !files.length || files.some((f) => globRegExp(f).test('test/wordpress/wordpress.test.ts'));
}

/**
 * Starts MariaDB and PHP on free loopback ports, installs and seeds the site. A site already
 * started with `node scripts/wordpress.mjs start` is used as it is (and left running).
 */
export async function startWordPress({ quiet = false, keep = false } = {}) {
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
  mkdirSync(media);
  // KQ_WORDPRESS_PORT pins the site's port (the story and the example page default to 8088).
  const [dbPort, port] = [await freePort(), Number(process.env.KQ_WORDPRESS_PORT) || (await freePort())];
  const url = `http://127.0.0.1:${port}`;
  const socket = join(dir, 'mysqld.sock');
  const site = { url, port, dir, pids: {}, started };
  const stop = () => stopWordPress(site);
  // Whatever ends this process, the servers end with it (unless `start` keeps them for `stop`).
  if (!keep) process.on('exit', () => [site.pids.php, site.pids.mariadb].forEach((pid) => kill(pid)));
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
      input: `CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';`,
    });

    // WordPress: this site's constants, chosen by port.
    mkdirSync(`${CONFIG_DIR}/kiosque`, { recursive: true });
    const dispatch = `${CONFIG_DIR}/config-127.0.0.1.php`;
    if (existsSync(dispatch) && !readFileSync(dispatch, 'utf8').includes('kiosque'))
      throw new Error(`${dispatch} exists and is not ours: not touching it`);
    writeFileSync(dispatch, DISPATCH);
    writeFileSync(
      `${CONFIG_DIR}/kiosque/${port}.php`,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${password}');
define('DB_HOST', '127.0.0.1:${dbPort}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('KQ_MEDIA_DIR', ${JSON.stringify(media)});
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
`,
    );
    mkdirSync(`${WP_CONTENT}/mu-plugins`, { recursive: true });
    writeFileSync(`${WP_CONTENT}/mu-plugins/kiosque-anonymous-comments.php`, MU_PLUGIN);
    writeFileSync(join(dir, 'router.php'), router(media));
    const php = daemon(PHP, ['-S', `127.0.0.1:${port}`, '-t', WP_ROOT, join(dir, 'router.php')], join(dir, 'php.log'), {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
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
    writeFileSync(join(dir, 'seed.php'), SEED);
    const out = run(PHP, [join(dir, 'seed.php')], {
      env: { ...process.env, KQ_HOST: `127.0.0.1:${port}`, KQ_MEDIA_DIR: media },
    });
    site.seed = JSON.parse(out.trim().split('\n').pop());
    site.seconds = Math.round((Date.now() - started) / 100) / 10;
    if (!quiet) log(`${url} ready in ${site.seconds} s (post ${site.seed.article}, ${site.seed.comments} comments)`);
    return { ...site, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stops the servers of a site by their own pids and removes its files. */
export async function stopWordPress(site) {
  for (const pid of [site.pids?.php, site.pids?.mariadb]) {
    kill(pid);
    for (let i = 0; i < 50 && pid && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (pid && alive(pid)) kill(pid, 'SIGKILL');
  }
  site.pids = {};
  if (site.port) rmSync(`${CONFIG_DIR}/kiosque/${site.port}.php`, { force: true });
  if (site.dir?.includes('kq-wordpress-')) rmSync(site.dir, { recursive: true, force: true });
}

// ---- the seed content --------------------------------------------------------------------

/**
 * PHP run once after the install. Prints one line of JSON: the ids the tests need.
 * Dates: the seed page's relative dates ("il y a 4 jours") are kept relative to now; the comment
 * from "ms" is 3 August 2021, 11:24 in Paris (09:24 UTC).
 */
const SEED = String.raw`<?php
$_SERVER['HTTP_HOST'] = getenv('KQ_HOST');
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
kses_remove_filters(); // hostile content is stored as it is, on purpose
update_option('require_name_email', 0); // the comment form asks a name, not an e-mail
// WordPress's defaults otherwise: a comment from someone without an approved one is held.
update_option('thread_comments_depth', 10);
update_option('comments_per_page', 50);
update_option('timezone_string', 'Europe/Paris');
update_option('permalink_structure', ''); // php -S has no rewrites: links read /?p=ID
update_option('show_avatars', 1);
remove_all_actions('comment_post');
remove_all_filters('pre_comment_approved');

$media = getenv('KQ_MEDIA_DIR');
$ago = fn($days) => gmdate('Y-m-d H:i:s', time() - $days * 86400 - 3600);
$cat = function ($name) {
  $term = term_exists($name, 'category');
  if (!$term) $term = wp_insert_term($name, 'category');
  return (int) $term['term_id'];
};
$image = function ($slug, $label, $hue) use ($media) {
  $svg = "<svg xmlns='http://www.w3.org/2000/svg' width='600' height='400' viewBox='0 0 600 400'><rect width='600' height='400' fill='hsl($hue 45% 55%)'/><text x='300' y='215' font-family='sans-serif' font-size='36' text-anchor='middle' fill='#fff'>" . htmlspecialchars($label) . "</text></svg>";
  file_put_contents("$media/$slug.svg", $svg);
  $id = wp_insert_attachment(['post_title' => $label, 'post_mime_type' => 'image/svg+xml', 'post_status' => 'inherit', 'guid' => home_url("/wp-content/uploads/kq-media/$slug.svg")]);
  update_post_meta($id, '_wp_attached_file', "kq-media/$slug.svg");
  update_post_meta($id, '_wp_attachment_image_alt', $label);
  wp_update_attachment_metadata($id, ['width' => 600, 'height' => 400, 'file' => "kq-media/$slug.svg", 'sizes' => []]);
  return $id;
};
file_put_contents("$media/avatar.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='96' height='96'><circle cx='48' cy='48' r='48' fill='#8a9'/></svg>");
$tag = wp_insert_term('Expatriation', 'post_tag')['term_id'];
$addPost = function ($title, $category, $days, $content = '', $excerpt = '') use ($cat, $ago, $tag) {
  $id = wp_insert_post([
    'post_title' => $title, 'post_content' => $content ?: "<p>$title</p>", 'post_excerpt' => $excerpt,
    'post_status' => 'publish', 'post_author' => 1, 'post_category' => [$cat($category)],
    'post_date_gmt' => $ago($days), 'post_date' => get_date_from_gmt($ago($days)),
    'comment_status' => 'open', 'tags_input' => [],
  ], true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
  wp_set_post_terms($id, [$tag], 'post_tag');
  return $id;
};

$article = $addPost(
  'Les nomades numériques ringardisent l’image des expatriés', 'Actualités internationales', 1200,
  '<p>Il a eu un vrai coup de cœur. Bertrand Millet va rester quelques semaines à «Las Terrenas», dans le nord sauvage de la République dominicaine.</p>',
  'Souvent jeunes et célibataires sans enfant, se jouant des frontières et des distances, ces entrepreneurs du digital n’ont besoin que d’un ordinateur et une liaison internet haut débit pour faire tourner leur petite entreprise.'
);
// Published 30 July 2021, never updated since (wp_update_post would stamp "modified" with now).
global $wpdb;
$wpdb->update($wpdb->posts, ['post_date_gmt' => '2021-07-30 08:00:00', 'post_date' => '2021-07-30 10:00:00', 'post_modified_gmt' => '2021-07-30 08:00:00', 'post_modified' => '2021-07-30 10:00:00'], ['ID' => $article]);
clean_post_cache($article);
wp_update_user(['ID' => 1, 'display_name' => 'La rédaction']);
set_post_thumbnail($article, $image('las-terrenas', 'Las Terrenas', 190));

// The eight related posts of the seed page, in its order, with their categories and ages.
$related = [
  ['Vivre ailleurs, sur RFI : « L’impact de l’élection de Donald Trump sur les expatriés aux États-Unis »', 'Actualités politiques', 4],
  ['Quels sont les droits à la retraite si l’on part travailler à l’étranger ?', 'Vie pratique', 7],
  ['Import-export : qu’est-ce que le Mercosur ?', 'Actualités économiques', 5],
  ['Cinq bonnes raisons de devenir volontaire international !', 'Etudier et travailler', 6],
  ['Sécurité dans le monde : gros plan sur les zones de vigilance du 13 au 18 novembre', 'Actualités internationales', 7.5],
  ['AEFE : les élèves du lycée français de Valence solidaires des victimes des inondations', 'Actualités internationales', 8],
  ['Les inscriptions pour la 10è édition des Jeux de la francophonie sont ouvertes !', 'Actualités internationales', 4.2],
  ['Les derniers conseils aux voyageurs du Quai d’Orsay', 'Actualités internationales', 6.2],
];
$relatedIds = [];
foreach ($related as $i => [$title, $category, $days]) {
  $id = $addPost($title, $category, $days, '', "Résumé : $title");
  set_post_thumbnail($id, $image("related-$i", $category, 30 * $i));
  $relatedIds[] = $id;
}

// A post whose stored title and excerpt are hostile (another tag: the related list stays the seed's).
$hostilePost = wp_insert_post([
  'post_title' => 'Piège <script>window.kqPwned=1</script><img src=x onerror="window.kqPwned=2"> &amp; Cie', 'post_status' => 'publish',
  'post_content' => '<p>x</p>', 'post_excerpt' => '<img src=x onerror="window.kqPwned=3">Résumé piégé', 'post_author' => 1,
  'post_category' => [$cat('Actualités internationales')], 'tags_input' => ['Piège'],
]);

$addComment = function ($postId, $author, $content, $gmt, $extra = []) {
  $id = wp_insert_comment(array_merge([
    'comment_post_ID' => $postId, 'comment_author' => $author, 'comment_author_email' => '',
    'comment_content' => $content, 'comment_date_gmt' => $gmt, 'comment_date' => get_date_from_gmt($gmt),
    'comment_approved' => 1, 'comment_type' => 'comment',
  ], $extra));
  if (!$id) { fwrite(STDERR, "comment failed\n"); exit(1); }
  return $id;
};

$ms = $addComment($article, 'ms', "Sans doute n’etes vous pas au courant mais nombreux sont les expatries les afssociations qui utilisent aussi internet!. Bravo a ces jeunes mais comme vous le soulignez ils sont en general celibataires, sans famille et ” profitent de toutes les avancées qui ont été obtenues par les Francais de l’étranger. Ils y viendront encore plus s’ils veulent rester a l#etranger lorsqu’il auront des attaches. et surtout comme on l’a vu a l’occasion de la crise, ils ne s’engagent a rien , sont independants mais lorsqu’un probleme surgit ils s’adressent immediatement aux consulat ou a certains élus!", '2021-08-03 09:24:00');
$reply = $addComment($article, 'Bertrand Millet', "Merci pour ce retour ! Les associations et les consulats restent précieux, nomades ou non.", '2021-08-03 14:02:00', ['comment_parent' => $ms, 'comment_author_url' => 'https://marketing-mentalist.example/']);
$pending = $addComment($article, 'Visiteur en attente', 'Un commentaire qui attend la modération.', '2021-08-04 08:00:00', ['comment_approved' => 0]);
// Hostile content, stored as it is: the REST API hands it out in content.rendered and author_url.
$hostile = $addComment($article, 'Mallory <b>Hacker</b>', '<p>Bonjour <script>window.kqPwned=4</script><img src="x" onerror="window.kqPwned=5"> <a href="javascript:window.kqPwned=6">clic</a> <strong>gras</strong></p>', '2021-08-04 10:00:00', ['comment_author_url' => 'javascript:window.kqPwned=7']);
// 60 more, one hour apart, for paging.
for ($i = 1; $i <= 60; $i++) $addComment($article, "Lecteur $i", "Commentaire numéro $i.", gmdate('Y-m-d H:i:s', strtotime('2021-08-05 00:00:00 UTC') + $i * 3600));

// A subscriber, to post as a logged-in reader (with a REST nonce).
$reader = wp_insert_user(['user_login' => 'lecteur', 'user_pass' => 'kiosque-lecteur', 'user_email' => 'lecteur@example.com', 'display_name' => 'Lecteur Connecté', 'role' => 'subscriber']);
// …with an approved comment elsewhere, so that theirs are published at once (not on the article: its counts stay the seed's).
$addComment($relatedIds[0], 'Lecteur Connecté', 'Un premier commentaire approuvé.', '2021-08-01 10:00:00', ['user_id' => $reader, 'comment_author_email' => 'lecteur@example.com']);

echo json_encode([
  'article' => $article, 'related' => $relatedIds, 'tag' => (int) $tag, 'hostilePost' => $hostilePost,
  'comments' => 64, 'approved' => 63, 'ms' => $ms, 'reply' => $reply, 'pending' => $pending, 'hostile' => $hostile,
  'reader' => $reader, 'categories' => array_map(fn($r) => $r[1], $related),
]), "\n";
`;

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
