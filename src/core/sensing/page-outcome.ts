// What one of claude.ai's own requests says about claude.ai, from what the Resource Timing API tells a
// content script: the kind of request, whether it stayed on claude.ai, and its HTTP status. Nothing else
// (no URL, no body) is ever an input here.

/**
 * - `ok`: answered 2xx/3xx.
 * - `answered`: a 4xx (401, 403, 429...): claude.ai is up and said no; never a sign of an outage.
 * - `failed`: a 5xx: claude.ai (or its CDN) is failing. Strong evidence.
 * - `weak`: status 0: a reset, refused or timed-out connection, but also a fetch the page aborted itself
 *   (the person pressed Stop while an answer streamed). Counted toward the share of failures, never
 *   enough alone.
 * - `offline`: the browser says it is offline: the person's own network, nothing about claude.ai.
 */
export type PageOutcome = 'ok' | 'answered' | 'failed' | 'weak' | 'offline';

/** Counts of outcomes, as the content script sends them: never entries, never addresses. */
export interface OutcomeCounts {
  ok: number;
  answered: number;
  failed: number;
  weak: number;
  offline: number;
  /** claude.ai documents that were themselves a 5xx (an error page from the CDN): the strongest sign. */
  documentFailed: number;
}

export const NO_COUNTS: OutcomeCounts = { ok: 0, answered: 0, failed: 0, weak: 0, offline: 0, documentFailed: 0 };

/** Only the page's own API calls count: not its images, scripts or fonts, which come from elsewhere. */
const COUNTED_INITIATORS = new Set(['fetch', 'xmlhttprequest']);

export interface ObservedRequest {
  /** Resource Timing `initiatorType`. */
  initiatorType: string;
  /** Whether the request went to the page's own origin (claude.ai), judged where the URL was seen and dropped. */
  sameOrigin: boolean;
  /** Resource Timing `responseStatus`; undefined where the browser does not report it. */
  responseStatus: number | undefined;
  /** `navigator.onLine` when it was seen. */
  online: boolean;
}

/** Classifies one observed request; null when it says nothing (another origin, an asset, no status). */
export function classifyRequest(r: ObservedRequest): PageOutcome | null {
  if (!r.sameOrigin || !COUNTED_INITIATORS.has(r.initiatorType)) return null;
  const code = r.responseStatus;
  if (typeof code !== 'number' || !Number.isInteger(code)) return null;
  if (code === 0) return r.online ? 'weak' : 'offline';
  if (code < 200) return null;
  if (code >= 500 && code < 600) return 'failed';
  return code >= 400 ? 'answered' : 'ok';
}

/** Whether the claude.ai document itself came back as a server error (its navigation `responseStatus`). */
export const isFailedDocument = (status: number | undefined): boolean =>
  typeof status === 'number' && status >= 500 && status < 600;

/** Whether a batch holds anything but successes: only then is it worth telling the background. */
export const hasNews = (c: OutcomeCounts): boolean =>
  c.answered + c.failed + c.weak + c.offline + c.documentFailed > 0;

/** A batch can hold at most this many of each outcome: a page cannot flood the background. */
export const MAX_PER_BATCH = 500;

/** Reads a batch from a message: whole numbers within bounds, else null (the message is refused). */
export function readCounts(raw: unknown): OutcomeCounts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const out = { ...NO_COUNTS };
  for (const k of Object.keys(NO_COUNTS) as (keyof OutcomeCounts)[]) {
    const v = r[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_PER_BATCH) return null;
    out[k] = v;
  }
  return out;
}
