// Held comments for <kq-comment-thread> (test/components/comment-thread/held.test.ts): a source in
// our JSON that, as WordPress does to an anonymous reader, lists no comment awaiting moderation,
// and a moderator who decides. Each test uses a thread of its own (?thread=…).
//   GET  /api/held?thread=K     the seed comment of "ms", then K's decided comments: approved ones
//                               published, refused ones as tombstones (status "deleted"); held ones
//                               and deleted ones are not listed
//   POST /api/held?thread=K     a new comment, held for moderation: 201 with it, or without its id
//                               with &noid=1 (an answer that names no id)
//   POST /api/held/moderate?thread=K&decision=approve|refuse|delete[&id=ID]
//                               decides on comment ID, or on every held comment of K without &id
import { serverNow } from '../clock/time.mjs';
import { seedComment } from './comments-seed.mjs';
import { readBody } from './index.mjs';

/** Each thread's comments: { comment, state: 'held' | 'approved' | 'refused' | 'deleted' }. */
const threads = new Map();
let created = 0;

const json = (ctx, status, data) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(data);
};

const thread = (key) => {
  if (!threads.has(key)) threads.set(key, []);
  return threads.get(key);
};

const listed = ({ comment, state }) =>
  state === 'approved'
    ? [{ ...comment, status: 'published' }]
    : state === 'refused'
      ? [{ id: comment.id, parentId: comment.parentId, author: { name: '' }, body: '', status: 'deleted' }]
      : [];

const STATES = { approve: 'approved', refuse: 'refused', delete: 'deleted' };

export const routes = {
  '/api/held': async (ctx) => {
    const q = ctx.query;
    if (!q.thread) return json(ctx, 400, { error: 'thread= is required' });
    const comments = thread(q.thread);
    if (ctx.method !== 'POST') return json(ctx, 200, { items: [seedComment, ...comments.flatMap(listed)] });
    let input;
    try {
      input = JSON.parse(await readBody(ctx));
    } catch {
      return json(ctx, 400, { error: 'not JSON' });
    }
    const comment = {
      id: `h${++created}`,
      ...(input.parentId ? { parentId: input.parentId } : {}),
      author: { name: input.name },
      body: input.body,
      published: new Date(serverNow(ctx)).toISOString(),
    };
    comments.push({ comment, state: 'held' });
    const { id, ...withoutId } = comment;
    return json(ctx, 201, { ...(q.noid ? withoutId : { id, ...withoutId }), status: 'pending' });
  },
  '/api/held/moderate': async (ctx) => {
    const { thread: key, id, decision } = ctx.query;
    const state = STATES[decision];
    if (!key || !state) return json(ctx, 400, { error: 'thread= and decision=approve|refuse|delete are required' });
    const decided = thread(key).filter((c) => (id ? c.comment.id === id : c.state === 'held'));
    for (const c of decided) c.state = state;
    return json(ctx, 200, { decided: decided.map((c) => c.comment.id) });
  },
};
