// Article endpoints for <kq-related-articles> and <kq-article-card> tests. See index.mjs for the
// query parameters that make any endpoint slow, failing or malformed.
import { serverNow } from '../clock/time.mjs';
import { badArticles, seedArticles } from './related-seed.mjs';

// <kq-related-articles>: requests seen by `id` (to check that a disconnected element aborted its own).
const relatedLog = new Map();
const failedOnce = new Set();

const related = {
  // The seed page's eight articles. ?set=bad mixes in bad items, ?set=empty answers none,
  // ?set=shape answers JSON without `items`; ?label=X prefixes the titles; ?images=1 adds thumbnails;
  // ?failonce=X fails the first time only;
  // ?id=X records whether the client was still waiting when the answer was ready (see /log).
  '/api/related': async (ctx) => {
    const q = ctx.query;
    if (q.failonce && !failedOnce.has(q.failonce)) {
      // ?failonce=X: a 503 the first time, then the answer (to test "retry").
      failedOnce.add(q.failonce);
      ctx.status = 503;
      ctx.type = 'application/json';
      ctx.body = '{"error":"busy"}';
      return;
    }
    if (q.id)
      relatedLog.set(q.id, {
        served: !(ctx.req.destroyed || ctx.req.socket.destroyed),
        aborted: Boolean(ctx.req.destroyed || ctx.req.socket.destroyed),
      });
    const now = serverNow(ctx);
    const items =
      q.set === 'bad'
        ? badArticles(now)
        : q.set === 'empty'
          ? []
          : seedArticles(now, { label: q.label, image: q.images ? '/api/related/thumb.svg' : undefined });
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(q.set === 'shape' ? { articles: items } : { items, next: null });
  },
  '/api/related/log': async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(relatedLog.get(ctx.query.id) ?? null);
  },
  // A 3:2 placeholder thumbnail.
  '/api/related/thumb.svg': async (ctx) => {
    const hue = (Number(ctx.query.i) || 0) * 45;
    ctx.type = 'image/svg+xml';
    ctx.body =
      '<svg xmlns="http://www.w3.org/2000/svg" width="192" height="128">' +
      `<rect width="192" height="128" fill="hsl(${hue} 45% 70%)"/></svg>`;
  },
};

export const routes = { ...related };
