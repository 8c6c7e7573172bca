/**
 * The typed message contract between the extension's pages, the claude.ai content script and the
 * background. One entry per message: its request and its response.
 */
export interface MessageMap {
  /** Check the status page now (popup's Refresh); answers once the check is stored and shown. */
  refresh: { request: { type: 'refresh' }; response: { ok: boolean } };
  /** A claude.ai page is in use (from the content script): poll faster for a while. Carries nothing else. */
  'claude-active': { request: { type: 'claude-active' }; response: { ok: boolean } };
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
  if (typeof message !== 'object' || message === null || Object.keys(message).length !== 1) return null;
  const { type } = message as { type?: unknown };
  if (sender.id !== selfId) return null;
  const url = sender.url ?? '';
  if (type === 'refresh' && url.startsWith(selfUrl)) return 'refresh';
  if (type === 'claude-active' && sender.tab !== undefined && url.startsWith('https://claude.ai/')) return 'claude-active';
  return null;
}
