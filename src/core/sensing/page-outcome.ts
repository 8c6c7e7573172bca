// What one of claude.ai's own requests says about claude.ai, from what the Resource Timing API tells a
// content script: the kind of request, whether it stayed on claude.ai, its coarse class and its HTTP
// status. Nothing else (no URL, no body) is ever an input here.
import { isCompletion, isTelemetry } from './request-class';

/**
 * - `ok`: answered 2xx/3xx.
 * - `answered`: a 4xx other than 429 (401, 403, a Cloudflare challenge...): claude.ai is up and said no.
 * - `limited`: a 429. A refusal, never an outage by itself; during an official incident on claude.ai it is
 *   most likely that incident (in 2026 several outages showed up as "Rate limit reached" at low usage).
 * - `failed`: a 5xx (524 included: a hang that ended at the edge): claude.ai or its CDN is failing.
 * - `overloaded`: a 529 on a completion: the models' load, not claude.ai failing.
 * - `offline`: the browser says it is offline: the person's own network, nothing about claude.ai.
 * Status 0 (a fetch the page aborted, a reset) says nothing: a person stopping a generation looks the same
 * as a dropped connection, so it neither raises nor dilutes anything.
 */
export type PageOutcome = 'ok' | 'answered' | 'limited' | 'failed' | 'overloaded' | 'offline';

/**
 * Counts of outcomes, as the content script sends them: never entries, never addresses. `failed` holds
 * only failures the page saw spread across its kinds of request (tab-evidence.ts): one broken endpoint
 * among working ones is not sent as a failure at all.
 */
export interface OutcomeCounts {
  ok: number;
  answered: number;
  limited: number;
  failed: number;
  overloaded: number;
  offline: number;
  /** claude.ai documents that were themselves a 5xx or a 429 page: advice on that page, nothing more. */
  documentFailed: number;
}

export const NO_COUNTS: OutcomeCounts = { ok: 0, answered: 0, limited: 0, failed: 0, overloaded: 0, offline: 0, documentFailed: 0 };
export const OUTCOME_KEYS = Object.keys(NO_COUNTS) as (keyof OutcomeCounts)[];

/** Only the page's own API calls count: not its images, scripts or fonts, which come from elsewhere. */
const COUNTED_INITIATORS = new Set(['fetch', 'xmlhttprequest']);

export interface ObservedRequest {
  /** Resource Timing `initiatorType`. */
  initiatorType: string;
  /** Whether the request went to the page's own origin (claude.ai), judged where the URL was seen and dropped. */
  sameOrigin: boolean;
  /** The request's coarse class (request-class.ts), computed where the URL was seen and dropped. */
  cls: string;
  /** Resource Timing `responseStatus`; undefined where the browser does not report it. */
  responseStatus: number | undefined;
  /** `navigator.onLine` when it was seen. */
  online: boolean;
}

/** Classifies one observed request; null when it says nothing (another origin, an asset, telemetry, status 0). */
export function classifyRequest(r: ObservedRequest): PageOutcome | null {
  if (!r.sameOrigin || !COUNTED_INITIATORS.has(r.initiatorType) || isTelemetry(r.cls)) return null;
  const code = r.responseStatus;
  if (typeof code !== 'number' || !Number.isInteger(code)) return null;
  if (code === 0) return r.online ? null : 'offline';
  if (code < 200 || code >= 600) return null;
  if (code === 529 && isCompletion(r.cls)) return 'overloaded';
  if (code >= 500) return 'failed';
  if (code === 429) return 'limited';
  return code >= 400 ? 'answered' : 'ok';
}

/**
 * Whether the claude.ai document itself came back broken: a 5xx, or a 429 ("Rate exceeded" on every
 * device, October and November 2025; CLAUDE-AI-TRAFFIC.md): a usage limit never blocks loading the site.
 */
export const isFailedDocument = (status: number | undefined): boolean =>
  typeof status === 'number' && (status === 429 || (status >= 500 && status < 600));

/** A batch can hold at most this many of each outcome; the page cuts bigger ones down, and so does the background. */
export const MAX_PER_BATCH = 500;

/** A batch cut to what the background accepts: counts above the cap are clamped, never dropped. */
export const clampCounts = (c: OutcomeCounts): OutcomeCounts =>
  Object.fromEntries(OUTCOME_KEYS.map((k) => [k, Math.min(MAX_PER_BATCH, c[k])])) as unknown as OutcomeCounts;

/** Reads a batch from a message: whole non-negative numbers (clamped to the cap), else null (refused). */
export function readCounts(raw: unknown): OutcomeCounts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const out = { ...NO_COUNTS };
  for (const k of OUTCOME_KEYS) {
    const v = r[k] ?? 0;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return null;
    out[k] = Math.min(MAX_PER_BATCH, v);
  }
  return out;
}
