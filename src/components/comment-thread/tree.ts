import { commentTime, type Comment } from '../../internal/comment.js';

export const SORTS = ['oldest', 'newest', 'top'] as const;
export type CommentSort = (typeof SORTS)[number];

/** One comment as displayed: where it sits, what it holds. Nodes are immutable and reused (see `buildThread`). */
export interface ThreadNode {
  readonly comment: Comment;
  /** 1 for a top-level comment; never more than the depth cap. */
  readonly depth: number;
  /** What is shown nested under this comment: its replies, or at the depth cap nothing (they follow it flat). */
  readonly children: readonly ThreadNode[];
  /** How many comments collapsing this one hides ("Afficher 3 réponses"). */
  readonly total: number;
  /** Set on a reply shown flat past the depth cap: the author it answers ("en réponse à ms"). */
  readonly replyTo?: string;
}

export interface Thread {
  /** Top-level nodes in the chosen order (at a depth cap of 1, followed by their flattened replies). */
  readonly roots: readonly ThreadNode[];
  readonly nodes: ReadonlyMap<string, ThreadNode>;
  /** For each nested comment, the id of the node whose replies hold it: the chain to expand for a permalink. */
  readonly owner: ReadonlyMap<string, string>;
  /** Comments a reader can read (tombstones excluded), for "12 commentaires". */
  readonly count: number;
}

// Undated comments sort as the most recent (after the others in conversation order).
const time = (c: Comment) => commentTime(c) || Infinity;

const sameList = (a: readonly ThreadNode[], b: readonly ThreadNode[]) => a.length === b.length && a.every((node, i) => node === b[i]);

/**
 * Builds the displayed tree from a flat list (pure). Top-level comments follow `sort`; replies
 * always keep conversation order (oldest first). Past `maxDepth`, replies continue flat right after
 * the comment at the cap, in date order, each naming the author it answers. A reply whose parent is
 * unknown (e.g. on a page not loaded yet) is shown at the top level; cycles are broken.
 *
 * Performance: when `previous` is given, every node whose comment and subtree are unchanged is the
 * very same object as before, so the element's `guard()` skips it and adding one reply re-renders
 * only that reply's branch (its ancestors' templates, not their siblings).
 */
export function buildThread(comments: readonly Comment[], sort: CommentSort, maxDepth: number, previous?: Thread): Thread {
  const index = new Map<string, number>();
  comments.forEach((c, i) => index.set(c.id, i));
  const order = (a: Comment, b: Comment) => index.get(a.id)! - index.get(b.id)!;
  const chrono = (a: Comment, b: Comment) => time(a) - time(b) || order(a, b);
  const replies = new Map<string | undefined, Comment[]>();
  for (const c of comments) {
    const parent = c.parentId !== undefined && index.has(c.parentId) ? c.parentId : undefined;
    let list = replies.get(parent);
    if (!list) replies.set(parent, (list = []));
    list.push(c);
  }
  for (const [parent, list] of replies) if (parent !== undefined) list.sort(chrono);
  const sorted = (replies.get(undefined) ?? []).sort(
    sort === 'newest' ? (a, b) => time(b) - time(a) || order(a, b) : sort === 'top' ? (a, b) => (b.likes ?? 0) - (a.likes ?? 0) || chrono(a, b) : chrono,
  );

  const nodes = new Map<string, ThreadNode>();
  const owner = new Map<string, string>();
  const placed = new Set<string>();
  const nameOf = (id?: string) => (id === undefined ? '' : comments[index.get(id)!].author.name);

  const make = (comment: Comment, depth: number, children: ThreadNode[], ownerId?: string, replyTo?: string): ThreadNode => {
    const old = previous?.nodes.get(comment.id);
    const node =
      old && old.comment === comment && old.depth === depth && old.replyTo === replyTo && sameList(old.children, children)
        ? old
        : { comment, depth, children, total: children.reduce((n, child) => n + 1 + child.total, 0), replyTo };
    nodes.set(comment.id, node);
    if (ownerId !== undefined) owner.set(comment.id, ownerId);
    return node;
  };

  const collect = (id: string, into: Comment[]) => {
    for (const c of replies.get(id) ?? []) {
      if (placed.has(c.id)) continue;
      placed.add(c.id);
      into.push(c);
      collect(c.id, into);
    }
  };

  const level = (list: readonly Comment[], depth: number, ownerId?: string): ThreadNode[] => {
    const out: ThreadNode[] = [];
    for (const c of list) {
      if (placed.has(c.id)) continue;
      placed.add(c.id);
      if (depth < maxDepth) {
        out.push(make(c, depth, level(replies.get(c.id) ?? [], depth + 1, c.id), ownerId));
      } else {
        out.push(make(c, depth, [], ownerId));
        const flat: Comment[] = [];
        collect(c.id, flat);
        for (const reply of flat.sort(chrono)) out.push(make(reply, depth, [], ownerId, nameOf(reply.parentId)));
      }
    }
    return out;
  };

  const roots = level(sorted, 1);
  // Whatever a cycle of parentIds left out is shown at the top level rather than lost.
  if (placed.size < comments.length) roots.push(...level(comments.filter((c) => !placed.has(c.id)), 1));
  const count = comments.reduce((n, c) => (c.status === 'deleted' ? n : n + 1), 0);
  return { roots, nodes, owner, count };
}

/** The top-level comment under which `id` is shown (itself when top-level). */
export function rootOf(thread: Thread, id: string): string {
  let top = id;
  for (let o = thread.owner.get(id); o !== undefined; o = thread.owner.get(o)) top = o;
  return top;
}

/** Threads revealed per step: up to 50 threads or 150 comments, at least one thread. */
export const PAGE_THREADS = 50;
export const PAGE_COMMENTS = 150;

/**
 * Where the next step of progressive rendering stops: from `start`, take whole threads until
 * PAGE_THREADS threads or PAGE_COMMENTS comments are reached. Used for the first paint and for
 * each "Voir plus de commentaires" click, so that 5,000 comments never render at once.
 */
export function pageEnd(roots: readonly ThreadNode[], start: number): number {
  let end = start;
  let shown = 0;
  while (end < roots.length && end - start < PAGE_THREADS && (shown < PAGE_COMMENTS || end === start)) {
    shown += 1 + roots[end].total;
    end++;
  }
  return end;
}
