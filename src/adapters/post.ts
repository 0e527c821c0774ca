// Posting a comment through an adapter: a module of its own, imported by the reply form only, so
// that it travels in the form's chunk, not in the first load of every page.
import { fetchJson, LoadError } from '../internal/fetch-json.js';
import type { Adapter, NewComment, PostRefusal } from './types.js';

/**
 * How long posting a comment may take before it counts as failed: longer than a list's 10 s, for a
 * site may check a new comment for spam (a plugin asking a remote service) before it answers.
 */
export const POST_TIMEOUT = 30_000;

/** A comment the site refused or did not keep; `refusal` says why, when the site said so. */
export class PostError extends Error {
  constructor(
    message: string,
    readonly refusal?: PostRefusal,
  ) {
    super(message);
    this.name = 'PostError';
  }
}

/** The common reading of an error status, when the adapter has none of its own. */
const REFUSALS: Record<number, PostRefusal> = { 401: 'unauthorized', 403: 'unauthorized', 409: 'duplicate' };

/** What an error answer says in words, for the console: `code: message` (WordPress), or `error`. */
function saying(data: unknown): string {
  const { code, message, error } = Object(data) as Record<string, unknown>;
  const words = [code, message ?? error].filter((word) => typeof word == 'string' && word);
  return words.length ? ` (${words.join(': ')})` : '';
}

/**
 * Posts a comment through `adapter`; resolves to the created comment (untrusted). Rejects with a
 * `LoadError` when the site could not be reached or did not answer within POST_TIMEOUT, with a
 * `PostError` when it answered an error status (its words in the message) or answered with a
 * comment it did not keep (status `deleted`: WordPress's `trash` or `spam`).
 */
export async function postComment(
  adapter: Adapter,
  action: string,
  comment: NewComment,
  nonce?: string,
): Promise<unknown> {
  const { url, body, headers } = adapter.post(action, comment, nonce);
  let data: unknown;
  try {
    ({ data } = await fetchJson(url, { method: 'POST', body, headers, timeout: POST_TIMEOUT }));
  } catch (error) {
    const { status, data: answer } = error as LoadError & { data?: unknown };
    if (!(error instanceof LoadError) || status === undefined) throw error;
    throw new PostError(`${error.message}${saying(answer)}`, adapter.refusal?.(status, answer) ?? REFUSALS[status]);
  }
  const created = adapter.created(data);
  if ((Object(created) as { status?: unknown }).status === 'deleted') {
    const status = JSON.stringify((Object(data) as { status?: unknown }).status);
    throw new PostError(`${url} did not keep the comment: it answered it with the status ${status}`, 'rejected');
  }
  return created;
}
