// Server-rendered pages (/ssr/<name>), rendered at request time by kiosque/ssr from dist/ with
// @lit-labs/ssr, as a publisher's Node server would. The pages load no script: the tests show them
// first without JavaScript, then load the components themselves to hydrate them.
// Rendering runs in a worker thread: Lit's server build installs its DOM shim (customElements…)
// as globals, which have no business in the test runner's own process.
// The worker renders at the requesting page's pinned instant (test/clock/time.mjs): the server's
// text and the browser's agree on the date whatever day the suite runs.
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { pinDate, serverNow } from '../clock/time.mjs';

const DAY = 86_400_000;
const PAGES = ['relative-time', 'article-card', 'related-articles', 'comment-thread', 'contact-link', 'page'];

/** The document around a rendered body, in the page's language. */
const shell = (lang, title, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body>${body}</body></html>`;

/** The seed article's standfirst, as the CMS string of the `page` page holds it. */
const STANDFIRST =
  'Souvent jeunes et célibataires sans enfant, se jouant des frontières et des distances, ' +
  'ces entrepreneurs du digital n’ont besoin que d’un ordinateur.';

async function renderPage(name, query) {
  const { renderToString, inlineData } = await import('../../dist/ssr/index.js');
  const { html } = await import('lit');
  const { seedArticles, CURRENT_URL } = await import('./related-seed.mjs');
  const { seedComment } = await import('./comments-seed.mjs');
  const now = Date.now();
  const daysAgo = (n) => new Date(now - n * DAY).toISOString();
  const lang = query.lang || 'fr';
  const options = { lang, timeZone: 'Europe/Paris' };
  const thread = [
    seedComment,
    {
      id: '1843',
      parentId: '1842',
      author: { name: 'Marie Curie' },
      published: daysAgo(3),
      body: 'Tout à fait.\n\nVoir https://example.org/guide.',
    },
    { id: '1844', parentId: '1843', author: { name: 'Paul' }, published: daysAgo(2), body: 'Merci <b>!</b>' },
    { id: '1845', author: { name: 'Ana' }, published: daysAgo(1), body: 'En attente', status: 'pending' },
  ];
  const related = seedArticles(now);
  const card = html`<kq-article-card
    id="card"
    headline="Les nomades numériques ringardisent l’image des expatriés"
    href="/nomades"
    category="Actualités internationales"
    standfirst="Souvent jeunes et célibataires sans enfant…"
    author="Bertrand Millet"
    published=${daysAgo(4)}
    reading-minutes="4"
  ></kq-article-card>`;
  const bodies = {
    'relative-time': html`<p>
      Publié <kq-relative-time id="fr" datetime=${daysAgo(4)}>le 3 août 2021</kq-relative-time>,
      <kq-relative-time id="en" lang="en" datetime=${daysAgo(7)}></kq-relative-time>,
      <kq-relative-time id="auto" format="auto" numeric="auto" datetime=${daysAgo(1)}></kq-relative-time>,
      <kq-relative-time id="bad" datetime="pas une date">3 août 2021</kq-relative-time>
    </p>`,
    'article-card': html`${card}
      <kq-article-card
        id="header"
        variant="header"
        lang="en"
        headline="Digital nomads"
        category="World"
        category-url="/world"
        author="Ana"
        published=${daysAgo(2)}
        standfirst="Young, single and free."
      ></kq-article-card>`,
    'related-articles': html`<kq-related-articles id="related" exclude=${CURRENT_URL} max="8" .articles=${related}
      >${inlineData(related)}</kq-related-articles
    >`,
    'comment-thread': html`<kq-comment-thread id="thread" .comments=${thread}
      >${inlineData(thread)}</kq-comment-thread
    >`,
    'contact-link': html`<p>
        <kq-contact-link id="email" email="bertrand@marketing-mentalist.com" copy></kq-contact-link>
      </p>
      <p>
        <kq-contact-link id="harvest" user="bertrand" domain="marketing-mentalist.com"
          >Lui écrire : bertrand [at] marketing-mentalist [dot] com</kq-contact-link
        >
      </p>`,
    // The seed page, rendered from a CMS's HTML string (the elements inside are rendered too).
    page: `<article>
      <kq-article-card id="header" variant="header" category="Actualités internationales"
        headline="Les nomades numériques ringardisent l’image des expatriés" published="${daysAgo(4)}"
        standfirst="${STANDFIRST}"></kq-article-card>
      <p>Il a eu un vrai coup de cœur. Bertrand Millet va rester quelques semaines à «Las Terrenas».</p>
      <p><kq-contact-link email="bertrand@marketing-mentalist.com"
        >Lui écrire : bertrand [at] marketing-mentalist [dot] com</kq-contact-link></p>
    </article>
    <aside><kq-related-articles src="/api/related" max="8">
      <h2>À lire aussi</h2><ul>${related.map((a) => `<li><a href="${a.url}">${a.title}</a></li>`).join('')}</ul>
    </kq-related-articles></aside>
    <kq-comment-thread src="/api/comments" time-zone="Europe/Paris"><p>1 commentaire</p></kq-comment-thread>`,
  };
  const body = await renderToString(bodies[name], options);
  return shell(lang, `SSR ${name}`, body);
}

if (!isMainThread) {
  /** How far the requesting page's clock is from the machine's; the worker's Date follows it. */
  const machineNow = Date.now;
  let offset = 0;
  pinDate(() => offset);
  parentPort.on('message', async ({ id, name, query, now }) => {
    offset = now - machineNow();
    try {
      parentPort.postMessage({ id, html: await renderPage(name, query) });
    } catch (error) {
      parentPort.postMessage({ id, error: String(error?.stack ?? error) });
    }
  });
}

let worker;
let ids = 0;
const pending = new Map();

function inWorker(name, query, now) {
  if (!worker) {
    worker = new Worker(new URL(import.meta.url));
    worker.unref();
    worker.on('message', ({ id, html, error }) => {
      const { resolve, reject } = pending.get(id);
      pending.delete(id);
      if (error) reject(new Error(error));
      else resolve(html);
    });
    worker.on('error', (error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
      worker = undefined;
    });
  }
  const id = ++ids;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, name, query: { ...query }, now });
  });
}

/**
 * `/ssr/client.js`: what a developer's bundler makes of the browser side of server rendering:
 * Lit's hydration support first, then kiosque from the package (dist/, the same build the server
 * rendered with: the same templates), one copy of Lit for both. Bundled by esbuild, with Lit's
 * development build, whose hydration checks are the strictest.
 */
let client;
async function clientBundle() {
  const { build } = await import('esbuild');
  const root = new URL('../..', import.meta.url).pathname;
  const result = await build({
    stdin: {
      contents: [
        "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';",
        "import './dist/all.js';",
        'window.kqLoaded = true;',
        '',
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['development', 'browser'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export const routes = {
  '/ssr/client.js': async (ctx) => {
    try {
      ctx.body = await (client ??= clientBundle());
      ctx.type = 'text/javascript';
    } catch (error) {
      client = undefined;
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = `bundling the client failed (run \`npm run build\` first?): ${error.message}`;
    }
  },
};
Object.assign(
  routes,
  Object.fromEntries(
    PAGES.map((name) => [
      `/ssr/${name}`,
      async (ctx) => {
        try {
          ctx.body = await inWorker(name, ctx.query, serverNow(ctx));
          ctx.type = 'text/html';
        } catch (error) {
          ctx.status = 500;
          ctx.type = 'text/plain';
          ctx.body = `server rendering of ${name} failed (run \`npm run build\` first?): ${error.message}`;
        }
      },
    ]),
  ),
);
