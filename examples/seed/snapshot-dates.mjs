// Demo only. The seed page is a snapshot taken on 19 November 2024 at noon (Paris): its relative
// dates are moved by the time elapsed since, so that they read today as they did then ("il y a 4
// jours"), like the server-rendered text. A real page prints real dates and needs none of this.
// Used by index.html (before the bundle runs) and by the seed page story, which renders index.html.
const SNAPSHOT = Date.parse('2024-11-19T12:00:00+01:00');

/** Moves the snapshot's relative dates under `root` (a document or an element) to today. */
export function moveSnapshotDates(root, now = Date.now()) {
  const moved = (iso) => new Date(Date.parse(iso) + now - SNAPSHOT).toISOString();
  for (const el of root.querySelectorAll('kq-relative-time[datetime], kq-relative-time time[datetime]')) {
    el.setAttribute('datetime', moved(el.getAttribute('datetime')));
  }
  for (const script of root.querySelectorAll('kq-related-articles > script[type="application/json"]')) {
    const data = JSON.parse(script.textContent);
    for (const item of data.items) item.published = moved(item.published);
    script.textContent = JSON.stringify(data);
  }
}
