// The test server's door to the WordPress started by scripts/wordpress.mjs (npm test starts it when
// test/wordpress is selected and passes KQ_WORDPRESS, its state as JSON).
//   /wordpress/…          proxied to the site: same origin as the tests, like a publisher's page
//                         on its own WordPress (cookies and nonces work as there)
//   /wordpress-locked/…   the same site, as one that requires sign-in to comment (a real 401)
//   /wordpress-lost/…     a lossy network: WordPress gets each request and answers it, but the first
//                         answer to each distinct request (method, URL and body) is lost on the way
//                         back: its status line and headers are sent, then the connection is reset
//                         (not before them: a browser silently sends a request again when a reused
//                         connection is reset before any answer). The same request again passes.
//   /wordpress-late-MS/…  WordPress answers, and the answer is held MS milliseconds (at most 60 s)
//                         before it is passed on, as behind a slow anti-spam plugin
//   /wordpress-moderator/ a moderator's actions between two reads (test/wordpress/moderator.mjs)
//   /wordpress-site       { url, seed } of the running site; 503 when none runs. The seed's related
//                         posts are dated again from the asking page's clock (the suite's pinned
//                         instant), so that "il y a 4 jours" holds whatever the day.
import { request } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { redateWordPress } from '../../scripts/wordpress.mjs';
import { serverNow } from '../clock/time.mjs';
import { wordpressModerator } from './moderator.mjs';

const site = process.env.KQ_WORDPRESS ? JSON.parse(process.env.KQ_WORDPRESS) : undefined;

export async function wordpressProxy(ctx, next) {
  if (ctx.path.startsWith('/wordpress-moderator/')) return wordpressModerator(ctx, site); // a moderator's actions
  if (ctx.path === '/wordpress-site') {
    if (site) redateWordPress(site, serverNow(ctx));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.status = site ? 200 : 503;
    ctx.body = JSON.stringify(
      site
        ? { url: site.url, seed: site.seed }
        : { error: 'no WordPress is running: run the tests with npm test (scripts/wordpress.mjs)' },
    );
    return;
  }
  const prefix = /^\/wordpress(?:(-locked)|(-lost)|-late-(\d+))?(?=\/)/.exec(ctx.path);
  if (!prefix) return next();
  const [, locked, lossy, late] = prefix;
  if (!site) {
    ctx.status = 503;
    ctx.body = 'no WordPress is running';
    return;
  }
  const target = new URL(site.url);
  const headers = { ...ctx.req.headers, host: target.host };
  delete headers.origin; // same origin as far as the page knows
  if (locked) headers['x-kq-login-required'] = '1';
  ctx.respond = false;
  // Read whole first: the lossy door tells requests apart by their body.
  const body = await readAll(ctx.req);
  const key = `${ctx.method} ${ctx.url} ${body.toString('utf8')}`;
  const lose = lossy && !passed.has(key);
  if (lossy) passed.add(key);
  const answer = await forward(target, {
    method: ctx.method,
    path: ctx.url.slice(prefix[0].length),
    headers,
    body,
    whole: !!(lose || late),
  });
  if (answer.error) {
    ctx.res.writeHead(502, { 'content-type': 'text/plain' });
    ctx.res.end(`WordPress did not answer: ${answer.error.message}`);
    return;
  }
  // Cookies keep to the prefix, as they would on the site's own root.
  const cookies = answer.headers['set-cookie']?.map((c) => c.replace(/;\s*path=\//i, `; path=${prefix[0]}/`));
  const head = { ...answer.headers, ...(cookies ? { 'set-cookie': cookies } : {}) };
  if (late) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(late), 60_000)));
  ctx.res.writeHead(answer.status, head);
  if (lose) {
    // WordPress has done its work; the reader's browser gets the headers, then a reset connection.
    ctx.res.flushHeaders();
    await new Promise((resolve) => setTimeout(resolve, 50));
    ctx.req.socket.resetAndDestroy();
  } else if (answer.body) ctx.res.end(answer.body);
  else await pipeline(answer.stream, ctx.res).catch(() => {}); // a reader gone: nothing to tell
}

/** Requests that went through the lossy door once (their answer lost): the next one passes. */
const passed = new Set();

/** The whole body of a request or an answer. */
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Sends a request to the site; resolves to its answer's status and headers, with its body read
 * whole (`whole`) or as a stream to pass on, or to the error when the site could not be reached.
 */
function forward(target, { method, path, headers, body, whole }) {
  return new Promise((resolve) => {
    const upstream = request({ host: target.hostname, port: target.port, method, path, headers }, async (answer) => {
      const status = answer.statusCode;
      if (!whole) return resolve({ status, headers: answer.headers, stream: answer });
      try {
        resolve({ status, headers: answer.headers, body: await readAll(answer) });
      } catch (error) {
        resolve({ error });
      }
    });
    upstream.on('error', (error) => resolve({ error }));
    upstream.end(body);
  });
}
