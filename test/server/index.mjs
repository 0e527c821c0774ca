// Real HTTP endpoints served by the test server (koa middleware of @web/test-runner).
// Each endpoint can be told, through its query string, to misbehave:
//   delay=MS      answer after MS milliseconds
//   status=CODE   answer with that HTTP status (404, 500, …)
//   body=garbage  answer with malformed JSON; body=html a non-JSON page; body=empty nothing
//   drop=1        close the connection without an answer
// Component endpoints live in one module each under test/server/.
import { routes as articles } from './articles.mjs';
import { routes as comments } from './comments.mjs';
import { routes as held } from './held.mjs';
import { routes as hostile } from './hostile.mjs';
import { routes as ssr } from './ssr.mjs';
import { routes as csp } from './csp.mjs';
import { routes as unit } from './unit.mjs';
import { routes as big } from './big.mjs';

const allRoutes = { ...articles, ...comments, ...held, ...hostile, ...ssr, ...csp, ...unit, ...big };

export function readBody(ctx) {
  return new Promise((resolve, reject) => {
    let data = '';
    ctx.req.setEncoding('utf8');
    ctx.req.on('data', (chunk) => (data += chunk));
    ctx.req.on('end', () => resolve(data));
    ctx.req.on('error', reject);
  });
}

/** Applies delay / status / body / drop from the query string; returns true when it answered. */
export async function misbehave(ctx) {
  const q = ctx.query;
  if (q.delay) await new Promise((r) => setTimeout(r, Math.min(Number(q.delay) || 0, 30000)));
  if (q.drop) {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return true;
  }
  if (q.status && q.status !== '200') {
    ctx.status = Number(q.status);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ error: `status ${q.status}` });
    return true;
  }
  if (q.body === 'garbage') {
    ctx.type = 'application/json';
    ctx.body = '{"items": [ {"title": "cut';
    return true;
  }
  if (q.body === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Oops</title><p>Not JSON';
    return true;
  }
  if (q.body === 'empty') {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '';
    return true;
  }
  return false;
}

export async function fixtureServer(ctx, next) {
  const route = allRoutes[ctx.path];
  if (!route) return next();
  ctx.set('Cache-Control', 'no-store');
  if (await misbehave(ctx)) return;
  await route(ctx);
}
