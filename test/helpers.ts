import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

/** Text a reader sees in an element's shadow root (and its light DOM when slotted), whitespace collapsed. */
export function shadowText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Records console.warn calls made while `fn` runs (sync or async). */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return messages;
}

/** Waits for a Lit element (and its nested kiosque elements) to finish rendering. */
export async function settled(el: LitElement): Promise<void> {
  await el.updateComplete;
  const nested = el.shadowRoot?.querySelectorAll('*') ?? [];
  for (const child of nested) {
    if ('updateComplete' in child) await (child as LitElement).updateComplete;
  }
}

/** Text that must never reach a reader. */
export function expectNoGarbage(text: string): void {
  for (const bad of ['undefined', 'NaN', 'Invalid Date', '[object Object]', 'null']) {
    expect(text, `rendered text contains "${bad}"`).not.to.include(bad);
  }
}

/** WebKitGTK driven through WebDriver (whose key codes differ: see `pressKey`). */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

/** WebDriver's codes for the keys that `press` holds together in WebKit (see `pressKey`). */
const WEBDRIVER_KEYS: Record<string, string> = {
  Shift: '\uE008',
  Control: '\uE009',
  Tab: '\uE004',
  Enter: '\uE007',
  ' ': '\uE00D',
};

/**
 * Presses a key for real (a trusted event with user activation), optionally with a held modifier:
 * `pressKey('Tab', 'Shift')`. Puppeteer (Chromium, Firefox) takes down/press/up; WebKit's WebDriver
 * takes only `press`, and holds every key of the string together (Shift, then Tab).
 */
export async function pressKey(key: string, modifier?: 'Shift' | 'Control'): Promise<void> {
  if (!modifier) {
    await sendKeys({ press: isWebKit ? (WEBDRIVER_KEYS[key] ?? key) : key });
  } else if (isWebKit) {
    await sendKeys({ press: WEBDRIVER_KEYS[modifier] + (WEBDRIVER_KEYS[key] ?? key) });
  } else {
    await sendKeys({ down: modifier });
    try {
      await sendKeys({ press: key });
    } finally {
      await sendKeys({ up: modifier });
    }
  }
}

/** The focused element, followed through open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Reads the system clipboard the way a reader does: a real Ctrl+V into a scratch textarea (no page
 * may call navigator.clipboard.readText() without a permission prompt). Leaves the focus there.
 */
export async function pasteClipboard(): Promise<string> {
  const area = document.createElement('textarea');
  area.setAttribute('aria-label', 'paste here');
  document.body.append(area);
  area.focus();
  const pasted = new Promise<void>((resolve) => {
    area.addEventListener('input', () => resolve(), { once: true });
    setTimeout(resolve, 2000);
  });
  await pressKey('v', 'Control');
  await pasted;
  const value = area.value;
  area.remove();
  return value;
}
