import type { OutcomeCounts } from '../core/sensing/page-outcome';

/**
 * The typed message contract between the extension's pages, the claude.ai content script and the
 * background. One entry per message: its request and its response.
 */
export interface MessageMap {
  /** Check the status page now (popup's Refresh); answers once the check is stored and shown. */
  refresh: { request: { type: 'refresh' }; response: { ok: boolean } };
  /** A claude.ai page is in use (from the content script): poll faster for a while. Carries nothing else. */
  'claude-active': { request: { type: 'claude-active' }; response: { ok: boolean } };
  /**
   * How a claude.ai page's own requests ended since its last report (from the content script), sent only
   * when something other than success happened: counts per outcome, never a URL or an entry.
   */
  'claude-outcomes': { request: { type: 'claude-outcomes'; counts: OutcomeCounts }; response: { ok: boolean } };
  /**
   * "Tell me when it's back" (from the popup or the claude.ai banner): arm (true) or cancel (false). Answers
   * whether it is armed now: arming is refused while claude.ai is not in trouble.
   */
  'back-alert': { request: { type: 'back-alert'; arm: boolean }; response: { ok: boolean } };
}

export type MessageName = keyof MessageMap;
export type Request = MessageMap[MessageName]['request'];

export interface Sender { id?: string; url?: string; tab?: unknown }

/**
 * Which message this is, if the sender may send it; null for anything else. Only the extension's own
 * pages may ask for a check; only the content script on claude.ai may say claude.ai is in use. Any other
 * shape, name or sender is rejected.
 */
export function routeMessage(message: unknown, sender: Sender, selfId: string, selfUrl: string): MessageName | null {
  if (typeof message !== 'object' || message === null) return null;
  const keys = Object.keys(message).sort().join(',');
  const { type } = message as { type?: unknown };
  if (sender.id !== selfId) return null;
  const url = sender.url ?? '';
  const fromClaude = sender.tab !== undefined && url.startsWith('https://claude.ai/');
  if (keys === 'type' && type === 'refresh' && url.startsWith(selfUrl)) return 'refresh';
  if (keys === 'type' && type === 'claude-active' && fromClaude) return 'claude-active';
  if (keys === 'counts,type' && type === 'claude-outcomes' && fromClaude) return 'claude-outcomes';
  const arm = (message as { arm?: unknown }).arm;
  if (keys === 'arm,type' && type === 'back-alert' && typeof arm === 'boolean' && (fromClaude || url.startsWith(selfUrl))) return 'back-alert';
  return null;
}
