/**
 * Copies `text` to the clipboard: the asynchronous Clipboard API, else the older copy command on a
 * hidden textarea put in `root` (for engines that refuse the first, e.g. outside a secure context).
 * Resolves to whether it worked; both need a reader's gesture, so a script's click fails.
 */
export async function copyText(text: string, root: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The control the reader used keeps the focus.
    const focused = (root.getRootNode() as Node & DocumentOrShadowRoot).activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.className = 'visually-hidden';
    root.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      // Refused: reported as a failure.
    }
    area.remove();
    focused?.focus({ preventScroll: true });
    return ok;
  }
}
