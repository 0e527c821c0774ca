/** Moves the seed snapshot's relative dates under `root` (a document or an element) to today. */
export function moveSnapshotDates(root: ParentNode, now?: number): void;
