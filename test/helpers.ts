import { expect } from '@open-wc/testing';
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

/**
 * WebKitGTK driven through WebDriver: `sendKeys` cannot reach the runner's test iframe there
 * ("Invalid frame ID"), so keyboard tests check the focus order structurally in that engine.
 */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
