// fetchJson and inlineJson (src/internal/fetch-json.ts) against real HTTP answers from the test
// server (test/server/unit.mjs, and index.mjs's ?delay=, ?status=, ?body=, ?drop=): every way a
// load can fail becomes one LoadError of a known kind; an abort by the caller stays an AbortError.
import { expect, fixture } from '@open-wc/testing';
import { DEFAULT_TIMEOUT, fetchJson, inlineJson, LoadError } from '../../src/internal/fetch-json.js';

/** The error `promise` rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the load to fail, and it succeeded');
}

/** Rejects with a LoadError of `kind`, whose message names the URL. */
async function expectLoadError(url: string, kind: string, options = {}) {
  const error = await rejection(fetchJson(url, options));
  expect(error, `${url}: ${error}`).to.be.instanceOf(LoadError);
  expect(error.name).to.equal('LoadError');
  expect((error as LoadError).kind, error.message).to.equal(kind);
  expect(error.message).to.include(url);
  return error as LoadError;
}

const typed = (type: string, text = '{"ok":true}', code = 200) =>
  `/unit/typed?${new URLSearchParams({ type, text, code: String(code) })}`;

describe('fetchJson: answers', () => {
  it('GETs with Accept: application/json and no body, and gives the data with the response', async () => {
    const { data, response } = await fetchJson('/unit/echo?a=1');
    const { headers, ...request } = data as { headers: Record<string, string | null> };
    expect(request).to.deep.equal({ method: 'GET', query: { a: '1' }, body: null });
    expect(headers).to.deep.include({ accept: 'application/json', 'content-type': null, 'x-kq-test': null });
    expect(response.status).to.equal(200);
    expect(response.bodyUsed, 'the body is read once, by fetchJson').to.equal(true);
  });

  it('POSTs the body as JSON, with the caller’s headers over the defaults', async () => {
    const body = { name: 'Élise', body: 'Bonjour « à tous »', parentId: '7' };
    const { data, response } = await fetchJson('/unit/echo', {
      method: 'POST',
      body,
      headers: { 'X-Kq-Test': 'oui', Accept: 'application/problem+json' },
    });
    expect(response.status).to.equal(201);
    expect(data).to.deep.include({ method: 'POST', body });
    expect((data as { headers: unknown }).headers).to.deep.include({
      accept: 'application/problem+json',
      'content-type': 'application/json',
      'x-kq-test': 'oui',
    });
  });

  it('sends the page’s cookies to its own origin', async () => {
    document.cookie = 'kq-unit=1; path=/unit';
    try {
      const { data } = await fetchJson('/unit/echo');
      expect((data as { headers: { cookie: string } }).headers.cookie).to.include('kq-unit=1');
    } finally {
      document.cookie = 'kq-unit=; path=/unit; max-age=0';
    }
  });

  for (const type of [
    'application/json',
    'application/json; charset=utf-8',
    'application/problem+json',
    'application/vnd.api+json',
    'text/json',
    'APPLICATION/JSON',
  ]) {
    it(`reads "${type}" as JSON`, async () => {
      expect((await fetchJson(typed(type))).data).to.deep.equal({ ok: true });
    });
  }

  it('reads JSON that is not an object (null, a number, a string) as it is: the caller judges its shape', async () => {
    for (const text of ['null', '42', '"texte"', '[]'])
      expect((await fetchJson(typed('application/json', text))).data).to.deep.equal(JSON.parse(text));
  });

  it('follows redirects (301, 302, 307, 308) to the JSON, and gives the final URL', async () => {
    for (const code of [301, 302, 307, 308]) {
      const { data, response } = await fetchJson(`/unit/redirect?code=${code}&to=/unit/echo%3Fr%3D${code}`);
      expect((data as { query: unknown }).query, String(code)).to.deep.equal({ r: String(code) });
      expect(response.redirected).to.equal(true);
      expect(new URL(response.url).pathname).to.equal('/unit/echo');
    }
  });

  it('POSTs through a 307 redirect with the body kept', async () => {
    const { data } = await fetchJson('/unit/redirect?code=307&to=/unit/echo', { method: 'POST', body: { a: 1 } });
    expect(data).to.deep.include({ method: 'POST', body: { a: 1 } });
  });

  it('reads an oversized answer (about 8 MB) whole', async () => {
    const { data } = await fetchJson('/unit/big?mb=8', { timeout: 30_000 });
    const { count, items } = data as { count: number; items: Array<{ id: number }> };
    expect(count).to.be.above(7000);
    expect(items).to.have.length(count);
    expect(items[count - 1].id).to.equal(count - 1);
  });

  it('maxBytes: reads an answer within the limit whole, announced or streamed', async () => {
    const { data } = await fetchJson('/unit/big?mb=1', { maxBytes: 2_000_000 });
    expect((data as { items: unknown[] }).items).to.have.length((data as { count: number }).count);
    const streamed = await fetchJson('/api/big/related?count=3&stream=1', { maxBytes: 2_000 });
    expect((streamed.data as { items: Array<{ title: string }> }).items.map((a) => a.title.slice(0, 16))).to.deep.equal(
      ['Article numéro 1', 'Article numéro 2', 'Article numéro 3'],
    );
  });

  it('waits up to 10 s by default', () => {
    expect(DEFAULT_TIMEOUT).to.equal(10_000);
  });
});

describe('fetchJson: failures, each a LoadError of its kind', () => {
  it('status: 404, 500, 503 with the status, and the body of the answer when it is JSON', async () => {
    for (const status of [404, 500]) {
      const error = await expectLoadError(`/unit/echo?status=${status}`, 'status');
      expect(error.status).to.equal(status);
      expect((error as LoadError & { data?: unknown }).data).to.deep.equal({ error: `status ${status}` });
    }
    const page = await expectLoadError(typed('text/html', '<p>Service indisponible', 503), 'status');
    expect(page.status).to.equal(503);
    expect((page as LoadError & { data?: unknown }).data).to.equal(undefined);
    expect(page.message).to.include('503');
  });

  it('status: a redirect to an error is the error', async () => {
    const error = await expectLoadError('/unit/redirect?to=/unit/echo%3Fstatus%3D410', 'status');
    expect(error.status).to.equal(410);
  });

  it('content-type: an HTML page, text, no content type, or a type that only contains "json"', async () => {
    await expectLoadError('/unit/echo?body=html', 'content-type');
    for (const type of ['text/plain', 'application/jsonp', 'application/x-jsonlines', 'none']) {
      const error = await expectLoadError(typed(type), 'content-type');
      expect(error.message, type).to.include(type == 'none' ? 'no content type' : type);
    }
  });

  it('json: malformed, empty, or cut JSON', async () => {
    await expectLoadError('/unit/echo?body=garbage', 'json');
    await expectLoadError('/unit/echo?body=empty', 'json');
    await expectLoadError(typed('application/json', "{'single': 'quotes'}"), 'json');
    await expectLoadError(typed('application/json', '{"a": 1} trailing'), 'json');
  });

  it('network: a dropped connection, a redirect loop', async () => {
    await expectLoadError('/unit/echo?drop=1', 'network');
    await expectLoadError('/unit/redirect?loop=1', 'network');
  });

  it('network: a body cut before its announced length', async () => {
    const error = await expectLoadError('/unit/cut', 'network');
    expect(error.message).to.include('dropped');
  });

  it('size: an answer longer than maxBytes, announced (not read) or streamed (read up to the limit)', async () => {
    const announced = await expectLoadError('/unit/big?mb=2', 'size', { maxBytes: 1_000_000 });
    expect(announced.message).to.match(
      /is larger than 1 MB \(\d+ bytes announced\): nothing was read; ask for fewer items/,
    );
    const id = Math.random().toString(36).slice(2);
    const streamed = await expectLoadError(`/api/big/related?mb=4&stream=1&id=${id}`, 'size', { maxBytes: 250_000 });
    expect(streamed.message).to.include('is larger than 0.25 MB: reading stopped there; ask for fewer items');
    const log = (await (await fetch(`/api/big/log?id=${id}`)).json()) as { written: number; total: number };
    expect(log.written, 'bytes the server sent before the client hung up').to.be.below(log.total / 2);
  });

  it('size: an error answer longer than maxBytes is still the status', async () => {
    const error = await expectLoadError('/api/big/related?mb=2&status=503', 'status', { maxBytes: 10 });
    expect(error.status).to.equal(503);
  });

  it('timeout: no answer within `timeout`', async () => {
    const started = performance.now();
    const error = await expectLoadError('/unit/echo?delay=3000', 'timeout', { timeout: 300 });
    expect(error.message).to.include('did not answer within 300 ms');
    expect(performance.now() - started).to.be.within(250, 2500);
  });

  it('timeout: an answer whose body stalls past `timeout`', async () => {
    const error = await expectLoadError('/unit/stall?ms=5000', 'timeout', { timeout: 400 });
    expect(error.message).to.include('did not finish within 400 ms');
  });

  it('a slow answer within `timeout` is no failure', async () => {
    expect((await fetchJson('/unit/stall?ms=300', { timeout: 5000 })).data).to.deep.equal({ items: [1, 2] });
    expect((await fetchJson('/unit/echo?delay=300', { timeout: 5000 })).response.ok).to.equal(true);
  });
});

describe('fetchJson: abort by the caller', () => {
  it('rethrows the AbortError untouched, not a LoadError, while waiting for the answer', async () => {
    const controller = new AbortController();
    const load = fetchJson('/unit/echo?delay=3000', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await rejection(load);
    expect(error).not.to.be.instanceOf(LoadError);
    expect(error.name).to.equal('AbortError');
  });

  it('…while reading a stalled body', async () => {
    const controller = new AbortController();
    const load = fetchJson('/unit/stall?ms=5000', { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    expect((await rejection(load)).name).to.equal('AbortError');
  });

  it('…and when the signal was aborted before the call, without a request', async () => {
    const error = await rejection(fetchJson('/unit/echo', { signal: AbortSignal.abort() }));
    expect(error.name).to.equal('AbortError');
  });

  it('an abort after the answer changes nothing', async () => {
    const controller = new AbortController();
    const { data } = await fetchJson('/unit/echo', { signal: controller.signal });
    controller.abort();
    expect(data).to.have.property('method', 'GET');
  });

  it('a caller’s timeout shorter than the delay is a timeout, not an abort', async () => {
    const controller = new AbortController();
    await expectLoadError('/unit/echo?delay=2000', 'timeout', { signal: controller.signal, timeout: 200 });
    expect(controller.signal.aborted, 'the caller’s own signal is left alone').to.equal(false);
  });
});

describe('inlineJson', () => {
  it('reads the JSON of a direct <script type="application/json"> child', async () => {
    const host = await fixture('<div><script type="application/json">{"items": [{"id": "a"}]}</script></div>');
    expect(inlineJson(host)).to.deep.equal({ data: { items: [{ id: 'a' }] } });
  });

  it('is undefined without one; a nested or differently typed script does not count', async () => {
    expect(inlineJson(await fixture('<div></div>'))).to.equal(undefined);
    const nested = await fixture('<div><p><script type="application/json">[1]</script></p></div>');
    expect(inlineJson(nested)).to.equal(undefined);
    const other = await fixture('<div><script type="application/ld+json">[1]</script></div>');
    expect(inlineJson(other)).to.equal(undefined);
  });

  it('gives a LoadError of kind json for malformed JSON', async () => {
    const host = await fixture('<div><script type="application/json">{"items": [</script></div>');
    const { error, data } = inlineJson(host)!;
    expect(data).to.equal(undefined);
    expect(error).to.be.instanceOf(LoadError);
    expect(error!.kind).to.equal('json');
  });
});
