// The suite's clock in the browser. Every test page starts at one pinned instant (`globalThis.KQ_NOW`,
// written into the page by the runner before anything else: see `pinnedRunnerHtml` in time.mjs), in
// the time zone the browser was started in (the runner's TZ). From there time flows at its real
// pace, so that timers, timeouts and Lit updates behave as in a reader's browser; only the starting
// point is fixed. A test that needs a frozen or another instant installs sinon's fake timers on top
// (`sinon.useFakeTimers({ now, toFake: ['Date'] })`); they restore this clock when they uninstall.
//
// The page tells the test server the same clock through a cookie: the server's answers that depend
// on "now" (articles of 4 days ago, a comment posted now, server-rendered dates) read it with
// `serverNow(ctx)`, so that the browser and the server agree on the date.
//
// A frame the test opens has a Date of its own: `pinFrame(frame.contentWindow)` gives it this
// page's clock (before its scripts run: from a first inline script `parent.kqPinFrame(window)` in a
// `srcdoc`, or at `load` for a page whose scripts the test adds itself).
import { pinDate } from './time.mjs';

const pinned = globalThis.KQ_NOW;
const offset = typeof pinned === 'number' && Number.isFinite(pinned) ? pinned - Date.now() : 0;

if (offset) {
  pinDate(() => offset);
  document.cookie = `kq-clock-offset=${offset}; path=/; SameSite=Strict`;
}

/** Gives a same-origin frame's window this page's pinned clock. */
export function pinFrame(win) {
  if (offset && !win.kqPinned) {
    pinDate(() => offset, win);
    win.kqPinned = true;
  }
}

globalThis.kqPinFrame = pinFrame;
