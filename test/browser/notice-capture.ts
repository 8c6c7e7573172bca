// What the worker's notifications said. Chrome lists notifications (`chrome.notifications.getAll`) by id
// only, never their text, so the live worker's `chrome.notifications.create` is wrapped (the polyfill looks
// it up at call time, as for the icon in chromium-harness.ts). Lost if the worker restarts; call again then.
import type { BrowserContext } from 'playwright-core';
import { currentWorker } from './chromium-harness';

export interface CapturedNotice { id: string; title: string; message: string }

export async function captureNotices(ctx: BrowserContext): Promise<void> {
  const sw = await currentWorker(ctx);
  await sw.evaluate(() => {
    const g = globalThis as unknown as { capturedNotices?: unknown[] };
    const wrapped = g.capturedNotices !== undefined;
    g.capturedNotices = [];
    if (wrapped) return;
    const original = chrome.notifications.create.bind(chrome.notifications) as (...a: unknown[]) => unknown;
    chrome.notifications.create = ((...args: unknown[]) => {
      const [id, options] = typeof args[0] === 'string' ? args : ['', args[0]];
      const o = options as { title?: string; message?: string };
      g.capturedNotices?.push({ id, title: o.title ?? '', message: o.message ?? '' });
      return original(...args);
    }) as typeof chrome.notifications.create;
  });
}

/** Every notification created since `captureNotices`, oldest first. */
export async function capturedNotices(ctx: BrowserContext): Promise<CapturedNotice[]> {
  const sw = await currentWorker(ctx);
  return sw.evaluate(() => (globalThis as unknown as { capturedNotices?: CapturedNotice[] }).capturedNotices ?? []);
}
