// The test server's door to the WordPress started by scripts/wordpress.mjs (npm test starts it when
// test/wordpress is selected and passes KQ_WORDPRESS, its state as JSON).
//   /wordpress/…          proxied to the site: same origin as the tests, like a publisher's page
//                         on its own WordPress (cookies and nonces work as there)
//   /wordpress-locked/…   the same site, as one that requires sign-in to comment (a real 401)
//   /wordpress-site       { url, seed } of the running site; 503 when none runs. The seed's related
//                         posts are dated again from the asking page's clock (the suite's pinned
//                         instant), so that "il y a 4 jours" holds whatever the day.
import { request } from 'node:http';
import { redateWordPress } from '../../scripts/wordpress.mjs';
import { serverNow } from '../clock/time.mjs';

const site = process.env.KQ_WORDPRESS ? JSON.parse(process.env.KQ_WORDPRESS) : undefined;

export async function wordpressProxy(ctx, next) {
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
  const prefix = /^\/wordpress(-locked)?(?=\/)/.exec(ctx.path);
  if (!prefix) return next();
  if (!site) {
    ctx.status = 503;
    ctx.body = 'no WordPress is running';
    return;
  }
  const target = new URL(site.url);
  const headers = { ...ctx.req.headers, host: target.host };
  delete headers.origin; // same origin as far as the page knows
  if (prefix[1]) headers['x-kq-login-required'] = '1';
  ctx.respond = false;
  await new Promise((resolve) => {
    const upstream = request(
      { host: target.hostname, port: target.port, method: ctx.method, path: ctx.url.slice(prefix[0].length), headers },
      (answer) => {
        // Cookies keep to the prefix, as they would on the site's own root.
        const cookies = answer.headers['set-cookie']?.map((c) => c.replace(/;\s*path=\//i, `; path=${prefix[0]}/`));
        ctx.res.writeHead(answer.statusCode, { ...answer.headers, ...(cookies ? { 'set-cookie': cookies } : {}) });
        answer.pipe(ctx.res);
        answer.on('end', resolve);
        answer.on('error', resolve);
      },
    );
    upstream.on('error', (error) => {
      ctx.res.writeHead(502, { 'content-type': 'text/plain' });
      ctx.res.end(`WordPress did not answer: ${error.message}`);
      resolve();
    });
    ctx.req.pipe(upstream);
  });
}
