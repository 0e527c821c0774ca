// Comment endpoints for <kq-comment-thread> tests. See index.mjs for the query parameters that
// make any endpoint slow (?delay=), failing (?status=401, 500), malformed (?body=garbage) or dropped.
import { serverNow } from '../clock/time.mjs';
import { readBody } from './index.mjs';
import { seedThread } from './comments-seed.mjs';

let created = 0;
const failedOnce = new Set();

/** Comments 1..n of a generated page: top-level, one hour apart. */
const generated = (from, count, prefix) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${from + i}`,
    author: { name: `Lecteur ${from + i}` },
    published: new Date(Date.UTC(2021, 7, 10, 0) + (from + i) * 3_600_000).toISOString(),
    body: `Commentaire numéro ${from + i}.`,
  }));

const json = (ctx, status, data) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(data);
};

export const routes = {
  // GET: the seed conversation, then ?page=2 (3 more, no next). ?set=seed answers the seed comment
  // alone, ?set=array a bare array, ?set=shape JSON without items, ?set=hostile names and bodies
  // that try to inject markup.
  // POST: answers 201 with the created comment, pending moderation; ?failonce=X fails with a 500
  // the first time only (to test "retry").
  '/api/comments': async (ctx) => {
    const q = ctx.query;
    if (ctx.method === 'POST') {
      if (q.failonce && !failedOnce.has(q.failonce)) {
        failedOnce.add(q.failonce);
        return json(ctx, 500, { error: 'try again' });
      }
      let input;
      try {
        input = JSON.parse(await readBody(ctx));
      } catch {
        return json(ctx, 400, { error: 'not JSON' });
      }
      if (
        typeof input?.name !== 'string' ||
        typeof input?.body !== 'string' ||
        !input.name.trim() ||
        !input.body.trim()
      ) {
        return json(ctx, 422, { error: 'name and body are required' });
      }
      return json(ctx, 201, {
        id: `srv-${++created}`,
        parentId: input.parentId ?? null,
        author: { name: input.name },
        body: input.body,
        published: new Date(serverNow(ctx)).toISOString(),
        status: 'pending',
      });
    }
    if (q.set === 'seed') return json(ctx, 200, { items: [seedThread()[0]] });
    if (q.set === 'array') return json(ctx, 200, seedThread());
    if (q.set === 'shape') return json(ctx, 200, { comments: seedThread() });
    if (q.set === 'hostile') {
      return json(ctx, 200, {
        items: [
          {
            id: 'x1',
            author: { name: '<img src=x onerror="window.__pwned=1">', url: 'javascript:window.__pwned=1' },
            published: '2021-08-03T11:24:00+02:00',
            body: '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1">',
          },
        ],
      });
    }
    if (q.page === '2') return json(ctx, 200, { items: generated(1, 3, 'p2-') });
    return json(ctx, 200, { items: seedThread(), next: '/api/comments?page=2' });
  },
  '/api/comments/avatar.svg': async (ctx) => {
    ctx.type = 'image/svg+xml';
    ctx.body =
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">' +
      '<circle cx="20" cy="20" r="20" fill="#8ab"/></svg>';
  },
};
