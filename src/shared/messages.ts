/**
 * The typed message contract between the popup (and later the options page and content script) and
 * the background. One entry per message: its request and its response.
 */
export interface MessageMap {
  /** Check the status page now; answers once the check is stored and the badge applied. */
  refresh: { request: { type: 'refresh' }; response: { ok: boolean } };
}

export type MessageName = keyof MessageMap;
export type Request = MessageMap[MessageName]['request'];

const NAMES: readonly MessageName[] = ['refresh'];

/** Shape check for anything arriving on `runtime.onMessage`; unknown shapes are rejected. */
export function isRequest(v: unknown): v is Request {
  if (typeof v !== 'object' || v === null) return false;
  const { type } = v as { type?: unknown };
  return typeof type === 'string' && (NAMES as readonly string[]).includes(type) && Object.keys(v).length === 1;
}
