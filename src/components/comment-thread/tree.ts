import { commentTime, type Comment } from '../../internal/comment.js';

export const SORTS = ['oldest', 'newest', 'top'] as const;
export type CommentSort = (typeof SORTS)[number];

/** One comment as displayed: where it sits, what it holds. */
export interface ThreadNode {
  readonly comment: Comment;
  /** 1 for a top-level comment; never more than the depth cap. */
  readonly depth: number;
  /**
   * What is shown nested under this comment: its replies, or at the depth cap nothing (they follow
   * it flat). Grown in place by `addReplies`.
   */
  readonly children: ThreadNode[];
  /** How many comments collapsing this one hides ("Afficher 3 réponses"). */
  total: number;
  /** Set on a reply shown flat past the depth cap: the author it answers ("en réponse à ms"). */
  readonly replyTo?: string;
}

export interface Thread {
  /** Top-level nodes in the chosen order (at a depth cap of 1, followed by their flattened replies). */
  readonly roots: readonly ThreadNode[];
  readonly nodes: ReadonlyMap<string, ThreadNode>;
  /** For each nested comment, the id of the node whose replies hold it: the chain to expand for a permalink. */
  readonly owner: ReadonlyMap<string, string>;
  /**
   * Published comments, for "12 commentaires": what the source counts (WordPress counts approved
   * comments only), so neither tombstones nor comments awaiting moderation, the reader's own included.
   */
  readonly count: number;
}

/** Whether a comment counts in "12 commentaires": published (no status is published). */
const counted = (c: Comment) => c.status === undefined || c.status === 'published';

// Undated comments sort as the most recent (after the others in conversation order).
const time = (c: Comment) => commentTime(c) || Infinity;

/**
 * Builds the displayed tree from a flat list (pure). Top-level comments follow `sort`; replies
 * always keep conversation order (oldest first). Past `maxDepth`, replies continue flat right after
 * the comment at the cap, in date order, each naming the author it answers. A reply whose parent is
 * unknown (e.g. on a page not loaded yet) is shown at the top level; cycles are broken.
 */
export function buildThread(comments: readonly Comment[], sort: CommentSort, maxDepth: number): Thread {
  // Works on indices into `comments` (numbers sort and compare fast: 5,000 comments in a few ms).
  const n = comments.length;
  const index = new Map(comments.map((c, i) => [c.id, i]));
  const times = comments.map(time);
  const chrono = (a: number, b: number) => times[a] - times[b] || a - b;
  const replies = new Map<number, number[]>();
  const top: number[] = [];
  comments.forEach((c, i) => {
    const parent = index.get(c.parentId!);
    if (parent === undefined) top.push(i);
    else if (replies.has(parent)) replies.get(parent)!.push(i);
    else replies.set(parent, [i]);
  });
  for (const list of replies.values()) list.sort(chrono);
  const likes = (i: number) => comments[i].likes ?? 0;
  top.sort(
    sort === 'newest'
      ? (a, b) => times[b] - times[a] || a - b
      : sort === 'top'
        ? (a, b) => likes(b) - likes(a) || chrono(a, b)
        : chrono,
  );

  const nodes = new Map<string, ThreadNode>();
  const owner = new Map<string, string>();
  const placed = new Uint8Array(n);
  let count = 0;

  const make = (i: number, depth: number, children: ThreadNode[], ownerId?: string, replyTo?: string): ThreadNode => {
    const comment = comments[i];
    const node = {
      comment,
      depth,
      children,
      total: children.reduce((sum, child) => sum + 1 + child.total, 0),
      replyTo,
    };
    nodes.set(comment.id, node);
    if (ownerId !== undefined) owner.set(comment.id, ownerId);
    if (counted(comment)) count++;
    return node;
  };

  const collect = (i: number, into: number[]) => {
    for (const r of replies.get(i) ?? []) {
      if (!placed[r]) {
        placed[r] = 1;
        into.push(r);
        collect(r, into);
      }
    }
  };

  const level = (list: readonly number[], depth: number, ownerId?: string): ThreadNode[] => {
    const out: ThreadNode[] = [];
    for (const i of list) {
      if (placed[i]) continue;
      placed[i] = 1;
      if (depth < maxDepth) {
        out.push(make(i, depth, level(replies.get(i) ?? [], depth + 1, comments[i].id), ownerId));
      } else {
        out.push(make(i, depth, [], ownerId));
        const flat: number[] = [];
        collect(i, flat);
        for (const r of flat.sort(chrono))
          out.push(make(r, depth, [], ownerId, comments[index.get(comments[r].parentId!)!].author.name));
      }
    }
    return out;
  };

  const roots = level(top, 1);
  // Whatever a cycle of parentIds left out is shown at the top level rather than lost.
  if (nodes.size < n)
    roots.push(
      ...level(
        [...placed.keys()].filter((i) => !placed[i]),
        1,
      ),
    );
  return { roots, nodes, owner, count };
}

/**
 * The fast path for new replies (a reader's post, a live update): each one goes into its parent's
 * replies in date order and its ancestors count one more reply, so the update costs a few nodes,
 * not a rebuild of 5,000. `thread` is updated in place and returned. Returns `null`, leaving
 * `thread` untouched, when a comment is not a plain nested reply (top-level, past the depth cap,
 * unknown parent): then call `buildThread`.
 */
export function addReplies(thread: Thread, added: readonly Comment[], maxDepth: number): Thread | null {
  const nodes = thread.nodes as Map<string, ThreadNode>;
  const owner = thread.owner as Map<string, string>;
  const ids = new Set(added.map((c) => c.id));
  if (
    added.some(
      (c) => !((nodes.get(c.parentId!)?.depth ?? maxDepth) < maxDepth) || nodes.has(c.id) || ids.has(c.parentId!),
    )
  )
    return null;
  let { count } = thread;
  for (const comment of added) {
    const parent = nodes.get(comment.parentId!)!;
    const node: ThreadNode = { comment, depth: parent.depth + 1, children: [], total: 0 };
    const at = time(comment);
    // Before the first later direct reply (past the cap, a reply's flat run stays with it).
    const i = parent.children.findIndex((n) => n.replyTo === undefined && time(n.comment) > at);
    parent.children.splice(i < 0 ? parent.children.length : i, 0, node);
    nodes.set(comment.id, node);
    owner.set(comment.id, parent.comment.id);
    for (let id: string | undefined = parent.comment.id; id !== undefined; id = owner.get(id)) nodes.get(id)!.total++;
    if (counted(comment)) count++;
  }
  return { ...thread, count };
}

/** The top-level comment under which `id` is shown (itself when top-level). */
export function rootOf(thread: Thread, id: string): string {
  while (thread.owner.has(id)) id = thread.owner.get(id)!;
  return id;
}

/** The comments whose replies hold `id`, from the closest to the top-level one: what to expand to show it. */
export function ancestorsOf(thread: Thread, id: string): string[] {
  const ancestors: string[] = [];
  for (let owner = thread.owner.get(id); owner !== undefined; owner = thread.owner.get(owner)) ancestors.push(owner);
  return ancestors;
}

/**
 * Where the next step of progressive rendering stops: from `start`, take whole threads until 50
 * threads or 150 comments are reached (at least one thread). Used for the first paint and for
 * each "Voir plus de commentaires" click, so that 5,000 comments never render at once.
 */
export function pageEnd(roots: readonly ThreadNode[], start: number): number {
  let end = start;
  let comments = 0;
  while (end < roots.length && end - start < 50 && (comments < 150 || end === start)) {
    comments += 1 + roots[end].total;
    end++;
  }
  return end;
}
