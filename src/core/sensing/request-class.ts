// What kind of request a claude.ai call is, coarsely: its first path segments with every identifier
// removed (`api/organizations/*/chat_conversations/*/completion`). Used only inside the claude.ai page, in
// memory, to tell "one endpoint is broken" from "claude.ai is failing"; never sent, never stored.

/** Segments that name one thing rather than a kind of request: uuids, numbers, long tokens. */
const ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+|[0-9a-f]{12,}|[A-Za-z0-9_~.=-]{24,})$/i;
/** Enough to tell a conversation from its completion, not so many that each call is its own class. */
const KEPT_SEGMENTS = 6;

/** The coarse class of a same-origin path (`/api/x/123/y?q` -> `api/x/* /y`, without the space). */
export function requestClass(pathname: string): string {
  return pathname.split('/').filter(Boolean).slice(0, KEPT_SEGMENTS)
    .map((s) => (ID.test(s) ? '*' : s.toLowerCase())).join('/');
}

/**
 * claude.ai's own telemetry: its event-logging batches, its Sentry tunnel and Cloudflare's beacons
 * (CLAUDE-AI-TRAFFIC.md, "Same-origin calls"). They fail on their own when a logging backend is down, and
 * succeed while the app is broken (Sentry reports the breakage), so they neither raise nor dilute anything.
 */
export const isTelemetry = (cls: string): boolean => /^(sentry|cdn-cgi)(\/|$)|^api\/event_logging/.test(cls);

/** A model's answer being generated: a 529 here is the models' load, not claude.ai failing. */
export const isCompletion = (cls: string): boolean => /(^|\/)(retry_)?completion$/.test(cls);
