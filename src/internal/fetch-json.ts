/** Why a remote load failed, in words for the console; readers see a localized message. */
export type LoadErrorKind = 'network' | 'timeout' | 'status' | 'content-type' | 'json' | 'shape';

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
  const { signal, timeout = DEFAULT_TIMEOUT, method = 'GET', body, headers = {} } = options;
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
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw error;
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
