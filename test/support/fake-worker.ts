// The background worker against the in-memory browser, as the background suites drive it: a fresh
// browser, a worker started as the browser would start it, and messages from the senders it accepts.
// Each suite still mocks '../shared/browser' with fakeBrowser itself (vi.mock is per file).
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { type FakePermissions, installFakePermissions } from './fake-permissions';
import { installFakeI18n } from './i18n';

/** The extension's own popup, and a claude.ai tab: the two senders the background answers. */
export const OWN_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/src/popup/index.html') };
export const CLAUDE_TAB = { id: fakeBrowser.runtime.id, url: 'https://claude.ai/new', tab: { id: 7 } };

/** A new in-memory browser with the extension's words and its installed permissions. */
export function resetFakeBrowser(): FakePermissions {
  fakeBrowser.reset();
  installFakeI18n();
  return installFakePermissions();
}

/** Loads the background entry as a freshly started worker would. */
export async function startWorker(): Promise<void> {
  vi.resetModules();
  await import('../../src/background/index');
}

/** Typed loosely on purpose: tests send what real senders send, including shapes the types forbid. */
export const sendMessage = (message: unknown, sender: object) =>
  (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)(message, sender, () => undefined);
