/** Why a remote load failed, in words for the console; readers see a localized message. */
export type LoadErrorKind = 'network' | 'timeout' | 'status' | 'content-type' | 'json' | 'shape' | 'size';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export const DEFAULT_TIMEOUT = 10_000;

export interface FetchJsonOptions {
  signal?: AbortSignal;
  timeout?: number;
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * The most bytes of body read: a longer answer is a LoadError of kind `size`, and what is past it
   * is never downloaded nor parsed (JSON.parse of a large body blocks the page). Unlimited when unset.
   */
  maxBytes?: number;
}

/**
 * The body as text, or a LoadError of kind `size` as soon as it is known to be longer than
 * `maxBytes` (its announced length, else the bytes received so far): the rest is not read. An
 * error answer that long reads as empty (its body is informative only).
 */
async function readText(url: string, response: Response, maxBytes?: number): Promise<string> {
  if (!maxBytes || !response.body) return response.text();
  const tooLarge = (message: string) => {
    if (!response.ok) return '';
    throw new LoadError('size', `${url} is larger than ${maxBytes / 1e6} MB${message}; ask for fewer items`);
  };
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) {
    void response.body.cancel().catch(() => {});
    return tooLarge(` (${length} bytes announced): nothing was read`);
  }
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received > maxBytes) {
      void reader.cancel().catch(() => {});
      return tooLarge(': reading stopped there');
    }
    chunks.push(value);
  }
  return new Blob(chunks).text();
}

/**
 * Fetches JSON and turns every way it can go wrong (no connection, a timeout, 4xx/5xx, a page
 * that is not JSON, malformed JSON) into a `LoadError`. An abort by the caller rethrows the
 * AbortError untouched, so a superseded request ends silently.
 */
export async function fetchJson(
  url: string,
  options: FetchJsonOptions = {},
): Promise<{ data: unknown; response: Response }> {
  const { signal, timeout = DEFAULT_TIMEOUT, method = 'GET', body, headers = {}, maxBytes } = options;
  // One controller for the caller's abort and the timeout, held until the body is read. Not
  // AbortSignal.any() with AbortSignal.timeout(): WebKit may garbage-collect that combined signal
  // during the request, and the timeout then never fires (found by test/hardening/faults.test.ts).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop);
  if (signal?.aborted) stop();
  let response: Response;
  let text: string;
  try {
    try {
      response = await fetch(url, {
        method,
        signal: controller.signal,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (timedOut) throw new LoadError('timeout', `${url} did not answer within ${timeout} ms`);
      throw new LoadError('network', `${url} could not be reached (${(error as Error).message})`);
    }
    try {
      text = await readText(url, response, maxBytes);
    } catch (error) {
      if (signal?.aborted || error instanceof LoadError) throw error;
      if (timedOut) throw new LoadError('timeout', `${url} did not finish within ${timeout} ms`);
      throw new LoadError('network', `${url}: the connection dropped (${(error as Error).message})`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // the body of an error answer is informative only
    }
    const error = new LoadError(
      'status',
      `${url} answered ${response.status} ${response.statusText}`.trim(),
      response.status,
    );
    (error as LoadError & { data?: unknown }).data = data;
    throw error;
  }
  if (!/\bjson\b/i.test(type))
    throw new LoadError('content-type', `${url} answered "${type || 'no content type'}", not JSON`);
  try {
    return { data: JSON.parse(text), response };
  } catch {
    throw new LoadError('json', `${url} answered malformed JSON`);
  }
}

/** Reads the JSON of an inline `<script type="application/json">` child; `undefined` when absent. */
export function inlineJson(host: Element): { data?: unknown; error?: LoadError } | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  try {
    return { data: JSON.parse(script.textContent ?? '') };
  } catch {
    return { error: new LoadError('json', 'the inline <script type="application/json"> holds malformed JSON') };
  }
}
