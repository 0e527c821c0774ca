import { fetchJson, LoadError, type FetchJsonOptions } from '../internal/fetch-json.js';
import { ours } from './ours.js';
import type { Adapter, AdapterPage, ListKind } from './types.js';

export type { Adapter, AdapterPage, ListKind, NewComment, PostRefusal, PostRequest } from './types.js';
// Posting lives in a module of its own, which only the reply form's chunk loads.
export { postComment, PostError, POST_TIMEOUT } from './post.js';

/** Our own JSON shape, and platforms that ship with kiosque, each loaded only when a page uses it. */
const adapters = new Map<string, Adapter | (() => Promise<Adapter>)>([
  ['ours', ours],
  ['wordpress', () => import('./wordpress.js').then((m) => m.wordpress)],
]);

/** Makes `adapter="name"` use `adapter` (a platform of your own). */
export function registerAdapter(name: string, adapter: Adapter): void {
  adapters.set(name, adapter);
}

/** The adapter called `name` (ours when empty); rejects for an unknown name. */
export async function loadAdapter(name?: string | null): Promise<Adapter> {
  let adapter = adapters.get(name || 'ours');
  if (!adapter) throw new LoadError('shape', `unknown adapter "${name}" (known: ${[...adapters.keys()].join(', ')})`);
  if (typeof adapter == 'function') adapters.set(name!, (adapter = await adapter()));
  return adapter;
}

/** Fetches one page of a list through `adapter`; a `LoadError` when it fails or is not a list. */
export async function fetchPage(
  adapter: Adapter,
  url: string,
  kind: ListKind,
  options: FetchJsonOptions = {},
): Promise<AdapterPage> {
  const { data, response } = await fetchJson(url, options);
  const page = adapter.page(data, { url, headers: response.headers }, kind);
  if (!page) throw new LoadError('shape', `${url} has no "items" array`);
  return page;
}
