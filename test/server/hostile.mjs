// Hostile answers for the hardening tests (test/hardening/): every payload of the corpus placed in
// one field of otherwise valid data, served as a real `src` or `action` answer. /api/faults/*
// misbehave as index.mjs's query parameters say until healed, so that a retry can then succeed.
import { GOOD_DATE, PAYLOADS } from '../hardening/payloads.mjs';
import { misbehave, readBody } from './index.mjs';

const json = (ctx, status, data) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(data);
};

/** Sets `path` ("image.src") of `target` to `value`. */
function put(target, path, value) {
  const keys = path.split('.');
  let o = target;
  for (const key of keys.slice(0, -1)) o = o[key] = typeof o[key] === 'object' && o[key] ? { ...o[key] } : {};
  o[keys.at(-1)] = value;
  return target;
}

/** The payloads from..to (query `from`, `to`, 0-based, default all). */
const slice = (q) => PAYLOADS.slice(Number(q.from) || 0, q.to ? Number(q.to) : undefined);

export const article = (i) => ({
  id: `a${i}`,
  url: `/article/${i}`,
  title: `Article ${i}`,
  category: 'Rubrique',
  categoryUrl: '/rubrique/',
  standfirst: 'Chapô.',
  author: 'Auteur',
  published: GOOD_DATE,
  image: {
    src: `/api/related/thumb.svg?i=${i}`,
    srcset: `/api/related/thumb.svg?i=${i} 192w`,
    alt: 'Vignette',
    width: 192,
    height: 128,
  },
});

export const comment = (i) => ({
  id: `c${i}`,
  author: { name: `Lecteur ${i}`, url: '/profil/', avatar: '/api/comments/avatar.svg' },
  published: GOOD_DATE,
  body: `Commentaire ${i}.`,
  likes: 1,
});

/** Keys of /api/faults/* told to answer well from now on (see /api/faults/heal). */
const healed = new Set();

/**
 * /api/faults/*?key=K&fault=F: every request for K misbehaves as F (a query of index.mjs:
 * `status=500`, `drop=1`, `body=garbage`, `body=html`, `delay=1500`) until /api/faults/heal?key=K.
 * (Not "the first time only": a browser may transparently resend a GET whose connection dropped.)
 */
async function fault(ctx) {
  const { key, fault } = ctx.query;
  if (!key || !fault || healed.has(key)) return false;
  ctx.query = Object.fromEntries(new URLSearchParams(fault));
  return misbehave(ctx);
}

/** Answers stored by the tests (random JSON shapes), served back as a real `src` answer. */
const stored = new Map();

export const routes = {
  // POST ?key=K&store=1 stores the body; any other request for K (a GET, or a comment POSTed to
  // it as `action`) is answered with it, as application/json.
  '/api/hostile/echo': async (ctx) => {
    const { key, store } = ctx.query;
    const body = ctx.method === 'POST' ? await readBody(ctx) : '';
    if (store) {
      stored.set(key, body);
      return json(ctx, 201, { stored: key });
    }
    ctx.status = ctx.method === 'POST' ? 201 : 200;
    ctx.type = 'application/json';
    ctx.body = stored.get(key) ?? 'null';
  },
  // { items } with each payload in `field` of one article.
  '/api/hostile/related': async (ctx) => {
    const { field } = ctx.query;
    json(ctx, 200, { items: slice(ctx.query).map((p) => put(article(p.n), field, p.value)) });
  },
  // { items } with each payload in `field` of one comment; field=next: one comment and `next` = payload n.
  '/api/hostile/comments': async (ctx) => {
    const { field, n } = ctx.query;
    if (field === 'next') return json(ctx, 200, { items: [comment(0)], next: PAYLOADS[Number(n) - 1].value });
    json(ctx, 200, { items: slice(ctx.query).map((p) => put(comment(p.n), field, p.value)) });
  },
  // POST: the "created" comment has payload n in every field.
  '/api/hostile/post': async (ctx) => {
    await readBody(ctx);
    const { value, n } = PAYLOADS[Number(ctx.query.n) - 1];
    json(ctx, 201, {
      id: `srv-${n}-${value.slice(0, 40)}`,
      author: { name: value, url: value, avatar: value },
      published: value,
      body: value,
      status: value,
      likes: value,
    });
  },
  '/api/faults/heal': async (ctx) => {
    healed.add(ctx.query.key);
    json(ctx, 200, { healed: ctx.query.key });
  },
  '/api/faults/related': async (ctx) => {
    if (await fault(ctx)) return;
    json(ctx, 200, { items: [1, 2, 3].map(article) });
  },
  // GET: a first page of two comments whose `next` is the faulty second page; POST: 201, pending.
  '/api/faults/comments': async (ctx) => {
    if (ctx.method === 'POST') {
      const input = JSON.parse((await readBody(ctx)) || '{}');
      const { key } = ctx.query;
      if (await fault(ctx)) return;
      return json(ctx, 201, {
        id: `ok-${key}`,
        author: { name: input.name },
        body: input.body,
        published: GOOD_DATE,
        status: 'pending',
      });
    }
    if (ctx.query.page === '2') {
      if (await fault(ctx)) return;
      return json(ctx, 200, { items: [comment(3)] });
    }
    const next = ctx.query.paging
      ? `/api/faults/comments?page=2&key=${encodeURIComponent(ctx.query.key)}` +
        `&fault=${encodeURIComponent(ctx.query.fault)}`
      : undefined;
    if (!ctx.query.paging && (await fault(ctx))) return;
    json(ctx, 200, { items: [comment(1), comment(2)], next });
  },
};
