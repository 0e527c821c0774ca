// Endpoints for the unit tests of src/internal/fetch-json.ts and src/adapters/ (test/internal,
// test/adapters): answers that are slow, cut, stalled, oversized, redirected or typed oddly, and
// answers shaped as WordPress's REST API gives them (the fields and encodings of Debian's WordPress
// 6.1, as the site scripts/wordpress.mjs starts answers). Every route also takes index.mjs's ?delay=,
// ?status=, ?body=, ?drop=.
import { readBody } from './index.mjs';

const json = (ctx, status, data, headers = {}) => {
  ctx.status = status;
  ctx.type = 'application/json';
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.body = JSON.stringify(data);
};

/** Writes the answer by hand (no content type added), for what koa would not send. */
const raw = (ctx, status, headers) => {
  ctx.respond = false;
  ctx.res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  return ctx.res;
};

/** WordPress comments of post 4: `count` of them, the first with a reply, one held for moderation. */
const wpComment = (id, extra = {}) => ({
  id,
  post: 4,
  parent: 0,
  author: 0,
  author_name: `Lecteur ${id}`,
  author_url: '',
  date: '2021-08-03T11:24:00',
  date_gmt: '2021-08-03T09:24:00',
  content: { rendered: `<p>Commentaire &laquo;&nbsp;${id}&nbsp;&raquo; &amp; suite</p>\n` },
  link: `http://127.0.0.1/?p=4#comment-${id}`,
  status: 'approved',
  type: 'comment',
  author_avatar_urls: { 24: '/unit/avatar-24.svg', 48: '/unit/avatar-48.svg', 96: '/unit/avatar-96.svg' },
  meta: [],
  _links: { self: [{ href: `http://127.0.0.1/?rest_route=/wp/v2/comments/${id}` }] },
  ...extra,
});
const WP_COMMENTS = Array.from({ length: 5 }, (_, i) =>
  wpComment(11 + i, i == 1 ? { parent: 11, author_url: 'https://lecteur.example/' } : {}),
);

/** WordPress posts; with `_embed`, their author, featured image and terms as WordPress embeds them. */
const wpPost = (id, embed) => ({
  id,
  date: '2021-07-30T10:00:00',
  date_gmt: '2021-07-30T08:00:00',
  modified: id == 2 ? '2021-08-01T12:00:00' : '2021-07-30T10:00:00',
  modified_gmt: id == 2 ? '2021-08-01T10:00:00' : '2021-07-30T08:00:00',
  slug: `article-${id}`,
  status: 'publish',
  type: 'post',
  link: `http://127.0.0.1/?p=${id}`,
  title: { rendered: `Les nomades numériques ringardisent l&#8217;image des expatriés (${id})` },
  content: { rendered: '<p>Texte.</p>\n', protected: false },
  excerpt: { rendered: `<p>Souvent jeunes &#038; célibataires&#8230;</p>\n`, protected: id == 3 },
  author: 1,
  featured_media: 9,
  categories: [5],
  tags: [7],
  ...(embed && {
    _embedded: {
      author: [{ id: 1, name: 'La rédaction', link: 'http://127.0.0.1/?author=1' }],
      'wp:featuredmedia': [
        {
          id: 9,
          source_url: '/unit/las-terrenas.svg',
          alt_text: 'Las Terrenas & sa plage',
          caption: { rendered: '<p>Photo&nbsp;: DR</p>\n' },
          media_details: {
            width: 600,
            height: 400,
            sizes: {
              medium: { source_url: '/unit/las-terrenas-300.svg', width: 300, height: 200 },
              thumbnail: { source_url: '/unit/las-terrenas-150.svg', width: 150, height: 150 },
              broken: { width: 10 },
            },
          },
        },
      ],
      // Categories, then tags; the adapter looks for the category, wherever it is.
      'wp:term': [
        [{ id: 5, taxonomy: 'category', name: 'Actualités internationales', link: 'http://127.0.0.1/?cat=5' }],
        [{ id: 7, taxonomy: 'post_tag', name: 'Expatriation', link: 'http://127.0.0.1/?tag=expatriation' }],
      ],
    },
  }),
});

/** A page of `list` as WordPress pages it (?page, ?per_page), with its X-WP-Total headers. */
function wpPage(ctx, list) {
  const perPage = Number(ctx.query.per_page) || 10;
  const page = Number(ctx.query.page) || 1;
  const pages = Math.ceil(list.length / perPage);
  if (page > pages) return json(ctx, 400, { code: 'rest_post_invalid_page_number', data: { status: 400 } });
  const headers = { 'X-WP-Total': String(list.length), 'X-WP-TotalPages': String(pages) };
  json(ctx, 200, list.slice((page - 1) * perPage, page * perPage), headers);
}

/** What the last POST to the WordPress comments endpoint received, by ?key. */
const received = new Map();

export const routes = {
  // What the request was: method, query, JSON body, the headers the tests set.
  '/unit/echo': async (ctx) => {
    const text = ctx.method === 'POST' ? await readBody(ctx) : '';
    const headers = Object.fromEntries(
      ['accept', 'content-type', 'x-kq-test', 'cookie'].map((name) => [name, ctx.get(name) || null]),
    );
    json(ctx, ctx.method === 'POST' ? 201 : 200, {
      method: ctx.method,
      query: ctx.query,
      body: text ? JSON.parse(text) : null,
      headers,
    });
  },
  // ?text= (default {"ok":true}) as ?type= (none: no Content-Type at all), with status ?code=.
  '/unit/typed': async (ctx) => {
    const { type = 'application/json', text = '{"ok":true}', code = '200' } = ctx.query;
    raw(ctx, Number(code), type == 'none' ? {} : { 'Content-Type': type }).end(text);
  },
  // Headers and the start of a JSON body at once, the rest after ?ms= (the client may give up first).
  '/unit/stall': async (ctx) => {
    const res = raw(ctx, 200, { 'Content-Type': 'application/json' });
    res.write('{"items": [1, 2');
    const timer = setTimeout(() => res.end(']}'), Math.min(Number(ctx.query.ms) || 10_000, 30_000));
    res.on('close', () => clearTimeout(timer));
  },
  // Announces 1,000 bytes, sends 16, then closes the connection: the body never completes.
  '/unit/cut': async (ctx) => {
    const res = raw(ctx, 200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
    res.write('{"items": [1, 2,');
    setTimeout(() => ctx.req.socket.destroy(), 50);
  },
  // About ?mb= megabytes (at most 32) of JSON: { items: [...] }, `count` items.
  '/unit/big': async (ctx) => {
    const mb = Math.min(Number(ctx.query.mb) || 1, 32);
    const item = { id: 0, title: 'x'.repeat(1000) };
    const count = Math.ceil((mb * 1_000_000) / (JSON.stringify(item).length + 8));
    const items = Array.from({ length: count }, (_, id) => ({ ...item, id }));
    json(ctx, 200, { count, items });
  },
  // A redirect (?code=, default 302) to the same-origin path ?to=; ?loop=1 to itself, forever.
  '/unit/redirect': async (ctx) => {
    const to = ctx.query.loop ? ctx.url : String(ctx.query.to ?? '/unit/echo');
    if (!to.startsWith('/')) return json(ctx, 400, { error: 'same-origin paths only' });
    raw(ctx, Number(ctx.query.code) || 302, { Location: to }).end();
  },
  // Our own list shape, paged with a relative `next`: 3 pages of 2 comments; ?next= overrides it.
  '/unit/ours/comments': async (ctx) => {
    const page = Number(ctx.query.page) || 1;
    const items = [1, 2].map((i) => ({ id: `c${(page - 1) * 2 + i}`, author: { name: 'A' }, body: 'B' }));
    const next = 'next' in ctx.query ? ctx.query.next : page < 3 ? `?page=${page + 1}` : undefined;
    json(ctx, 200, { items, next });
  },
  // GET: WordPress's comments (?post=, ?page=, ?per_page=); POST: the created comment, held for
  // moderation unless the request carries a nonce (a signed-in reader), as WordPress answers.
  '/unit/wp/comments': async (ctx) => {
    if (ctx.method !== 'POST') return wpPage(ctx, WP_COMMENTS);
    const input = JSON.parse((await readBody(ctx)) || '{}');
    const nonce = ctx.get('x-wp-nonce');
    received.set(ctx.query.key, { query: ctx.query, input, nonce: nonce || null });
    json(
      ctx,
      201,
      wpComment(99, {
        post: input.post,
        parent: input.parent,
        author_name: nonce ? 'Lecteur Connecté' : input.author_name,
        content: { rendered: `<p>${input.content}</p>\n` },
        status: nonce ? 'approved' : 'hold',
      }),
    );
  },
  '/unit/wp/received': async (ctx) => json(ctx, 200, received.get(ctx.query.key) ?? null),
  // GET: 3 WordPress posts, embedded (author, image, terms) when the URL asks for _embed.
  '/unit/wp/posts': async (ctx) =>
    wpPage(
      ctx,
      [1, 2, 3].map((id) => wpPost(id, 'embed' in ctx.query || '_embed' in ctx.query)),
    ),
  // What WordPress answers for a route it does not have.
  '/unit/wp/none': async (ctx) =>
    json(ctx, 404, { code: 'rest_no_route', message: 'No route was found.', data: { status: 404 } }),
};
