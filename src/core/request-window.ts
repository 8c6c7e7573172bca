// The opt-in local signal's raw material: what became of this browser's requests to claude.ai, as
// counts in a two-minute sliding window. Nothing else about a request is ever kept: not its URL, its
// headers, its body or its time beyond the 10-second bucket it fell in.

/**
 * What one request's end says about claude.ai.
 * - `ok`: answered 2xx/3xx.
 * - `answered`: a 4xx (401, 403, 429...): the service is up and said no; never a sign of an outage.
 * - `failed`: a 5xx, or the connection to claude.ai broke (refused, reset, timed out, empty answer).
 * - `offline`: the error says this machine's network is the problem (disconnected, DNS, proxy).
 * null: tells nothing (aborted by the page, blocked by an ad blocker, cache misses).
 */
export type RequestOutcome = 'ok' | 'answered' | 'failed' | 'offline';

/** Chromium `net::ERR_*` and Firefox `NS_ERROR_*` names that mean the server side broke. */
const SERVER_ERRORS = /CONNECTION_(REFUSED|RESET|CLOSED|TIMED_OUT|FAILED|ABORTED)|ERR_TIMED_OUT|EMPTY_RESPONSE|PROTOCOL_ERROR|INCOMPLETE_CHUNKED|NET_RESET|NET_TIMEOUT|NET_INTERRUPT|PARTIAL_TRANSFER|SSL_|NET_INADEQUATE_SECURITY/;
/** Names that mean this machine is offline or cannot resolve names: the user's network, not claude.ai. */
const LOCAL_ERRORS = /INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|NETWORK_CHANGED|NETWORK_IO_SUSPENDED|ADDRESS_UNREACHABLE|NETWORK_ACCESS_DENIED|PROXY|ERROR_OFFLINE|UNKNOWN_HOST|UNKNOWN_PROXY_HOST|DNS_|TUNNEL_/;

/** Classifies a finished request from its status code or its error name alone. */
export function classifyRequest(end: { statusCode?: number; error?: string }): RequestOutcome | null {
  if (typeof end.error === 'string') {
    if (LOCAL_ERRORS.test(end.error)) return 'offline';
    return SERVER_ERRORS.test(end.error) ? 'failed' : null;
  }
  const code = end.statusCode;
  if (typeof code !== 'number' || code < 200) return null;
  if (code >= 500) return 'failed';
  return code >= 400 ? 'answered' : 'ok';
}

export const BUCKET_MS = 10_000;
export const WINDOW_MS = 2 * 60_000;
/** At least this many failures in the window... */
export const MIN_FAILURES = 5;
/** ...spread over at least this many 10-second buckets, so one burst (a page retrying at once) is not enough... */
export const MIN_FAILING_BUCKETS = 3;
/** ...and more than this share of all answers, so a few failures among many successes are not enough. */
export const FAILING_SHARE = 0.5;

interface Bucket {
  at: number;
  ok: number;
  answered: number;
  failed: number;
  offline: number;
}

/** The window, stored between events (session storage): counts only. */
export interface RequestWindow {
  version: 1;
  buckets: Bucket[];
  /** Successes in a row since the last failure: how recovery is seen. */
  okStreak: number;
  /** When the last failure was counted (ms). */
  lastFailureAt: number | null;
  /** When the background last asked the status page to confirm that the network is up (ms). */
  confirmAt: number | null;
}

export const EMPTY_WINDOW: RequestWindow = { version: 1, buckets: [], okStreak: 0, lastFailureAt: null, confirmAt: null };

const inWindow = (b: Bucket, now: number): boolean => b.at > now - WINDOW_MS && b.at <= now;

/** Adds one outcome; buckets that left the window are dropped. */
export function observe(w: RequestWindow, outcome: RequestOutcome, now: number): RequestWindow {
  const at = now - (now % BUCKET_MS);
  const buckets = w.buckets.filter((b) => inWindow(b, now));
  let bucket = buckets.find((b) => b.at === at);
  if (!bucket) {
    bucket = { at, ok: 0, answered: 0, failed: 0, offline: 0 };
    buckets.push(bucket);
  }
  bucket[outcome] += 1;
  return {
    ...w,
    buckets,
    okStreak: outcome === 'ok' ? w.okStreak + 1 : outcome === 'failed' ? 0 : w.okStreak,
    lastFailureAt: outcome === 'failed' ? now : w.lastFailureAt,
  };
}

export interface Judgement {
  /** The window shows claude.ai failing for this browser. */
  failing: boolean;
  failed: number;
  /** Requests that got an answer or failed (offline ones excluded). */
  total: number;
  /** This machine looked offline within the window: nothing can be concluded. */
  offline: boolean;
  /** The oldest bucket with a failure (ms), or null. */
  firstFailureAt: number | null;
}

export function judge(w: RequestWindow, now: number): Judgement {
  const live = w.buckets.filter((b) => inWindow(b, now));
  const sum = (k: keyof Bucket) => live.reduce((n, b) => n + b[k], 0);
  const failed = sum('failed');
  const total = failed + sum('ok') + sum('answered');
  const offline = sum('offline') > 0;
  const failingBuckets = live.filter((b) => b.failed > 0);
  const firstFailureAt = failingBuckets.length ? Math.min(...failingBuckets.map((b) => b.at)) : null;
  const failing = !offline && failed >= MIN_FAILURES && failingBuckets.length >= MIN_FAILING_BUCKETS
    && failed > FAILING_SHARE * total;
  return { failing, failed, total, offline, firstFailureAt };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTimeOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

/** Reads the stored window; anything unexpected is an empty one (which can only delay a signal). */
export function readWindow(raw: unknown): RequestWindow {
  const r = raw as Partial<RequestWindow> | null | undefined;
  if (!r || r.version !== 1 || !Array.isArray(r.buckets) || !isCount(r.okStreak)
    || !isTimeOrNull(r.lastFailureAt) || !isTimeOrNull(r.confirmAt)) return EMPTY_WINDOW;
  const buckets = r.buckets.filter((b): b is Bucket => typeof b === 'object' && b !== null
    && typeof b.at === 'number' && isCount(b.ok) && isCount(b.answered) && isCount(b.failed) && isCount(b.offline));
  return { version: 1, buckets, okStreak: r.okStreak, lastFailureAt: r.lastFailureAt, confirmAt: r.confirmAt };
}
