// Large answers, for the tests of what a component reads of them (test/components/related-articles,
// test/internal/fetch-json.test.ts): a list of articles of any size, sent whole (with its length) or
// streamed in paced chunks (no length announced), with a log of how much of it was sent before the
// client went away. See index.mjs for ?delay=, ?status=, ?body=, ?drop=.
import { serverNow } from '../clock/time.mjs';

const SITE = 'https://grand.example';
const HOUR = 3_600_000;

/** About 350 bytes of JSON: article `i`, published `i` hours before `now`. */
const article = (i, now, trap) => ({
  id: i + 1,
  url: `${SITE}/article-${i + 1}/`,
  title: `Article numéro ${i + 1} : un titre de longueur ordinaire pour une liste`,
  category: `Rubrique ${i % 12}`,
  // Past the `trap`-th item, an unsafe field: normalizing such an item says so in the console.
  categoryUrl: trap && i >= trap ? 'javascript:void(0)' : `${SITE}/rubrique/${i % 12}/`,
  published: new Date(now - i * HOUR).toISOString(),
  standfirst: `Le chapô de l’article ${i + 1}, qui dit en deux lignes de quoi il parle et pourquoi le lire.`,
});

/** The answer's text: `count` articles, or about `mb` megabytes of them. */
function answer(query, now) {
  const mb = Math.min(Number(query.mb) || 10, 32);
  const count = Number(query.count) || Math.ceil((mb * 1_000_000) / 345);
  const trap = Number(query.trap) || 0;
  const items = Array.from({ length: Math.min(count, 100_000) }, (_, i) => article(i, now, trap));
  return JSON.stringify({ items, next: null });
}

/** Resolves when `res` can take more, or is closed. */
const drained = (res) =>
  new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });

/** What the streamed answer of each `id` sent: { total, written, finished }. */
const log = new Map();

export const routes = {
  // { items, next } of about ?mb= megabytes (10 by default, at most 32), or of ?count= articles;
  // ?trap=N: every article past the N-th has an unsafe categoryUrl. Sent whole with its
  // Content-Length, or with ?stream=1 in 64 KB chunks 5 ms apart, without a length, recorded under ?id=.
  '/api/big/related': async (ctx) => {
    const text = answer(ctx.query, serverNow(ctx));
    if (!ctx.query.stream) {
      ctx.type = 'application/json';
      ctx.body = text;
      return;
    }
    const body = Buffer.from(text);
    const entry = { total: body.length, written: 0, finished: false };
    if (ctx.query.id) log.set(ctx.query.id, entry);
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    let closed = false;
    res.on('close', () => (closed = true));
    while (!closed && entry.written < body.length) {
      const chunk = body.subarray(entry.written, entry.written + 65_536);
      entry.written += chunk.length;
      if (!res.write(chunk)) await drained(res);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (!closed) res.end(() => (entry.finished = true));
  },
  '/api/big/log': async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(log.get(ctx.query.id) ?? null);
  },
};
