/** Gives a same-origin frame's window the test page's pinned clock (see pinned-clock.mjs). */
export function pinFrame(win: Window): void;
