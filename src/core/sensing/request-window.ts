// The local signal's raw material in the background: what claude.ai's pages in this browser reported, as
// counts in a two-minute sliding window of 10-second buckets. Nothing else about a request is ever kept:
// not its URL, its headers, its body, its kind or its time beyond the bucket it fell in.
import { isCount, isNumber } from '../checks';
import { OUTCOME_KEYS, type OutcomeCounts } from './page-outcome';

export const BUCKET_MS = 10_000;
export const WINDOW_MS = 2 * 60_000;
/** At least this many spread failures (the pages already required a pattern before sending any)... */
export const MIN_FAILURES = 2;
/**
 * ...making up at least this share of the outcomes since the failures began. 429s, aborted requests and
 * telemetry are not outcomes here: they neither raise nor dilute. Low enough for a 40 % brownout.
 */
export const FAILING_SHARE = 0.3;
/** "Working again" takes this many successes after the last failure... */
export const RECOVERED_AFTER_OK = 5;
/** ...and this long without a failure: a brownout's lucky streak is not a recovery. */
export const RECOVERED_AFTER_MS = 60_000;

type Counted = keyof OutcomeCounts;
type Bucket = { at: number } & OutcomeCounts;

/** The window, stored between events (session storage): counts only. */
export interface RequestWindow {
  version: 3;
  buckets: Bucket[];
  /** Successes since the last failure. */
  okStreak: number;
  /** When the last spread failure was counted (ms); kept after it leaves the window, for "working again". */
  lastFailureAt: number | null;
  /** When the background last asked the status page to confirm (ms). */
  confirmAt: number | null;
  /** Failures that came after a success since the last one, this episode: requests failing on and off. */
  flips: number;
}

export const EMPTY_WINDOW: RequestWindow = { version: 3, buckets: [], okStreak: 0, lastFailureAt: null, confirmAt: null, flips: 0 };

const inWindow = (b: Bucket, now: number): boolean => b.at > now - WINDOW_MS && b.at <= now;
const emptyBucket = (at: number): Bucket => ({ at, ok: 0, answered: 0, limited: 0, failed: 0, overloaded: 0, offline: 0, documentFailed: 0 });

/** Whether requests have worked again long enough, after failures, to say so. */
export const hasRecovered = (w: RequestWindow, now: number): boolean =>
  w.lastFailureAt !== null && w.okStreak >= RECOVERED_AFTER_OK && now - w.lastFailureAt >= RECOVERED_AFTER_MS;

/** Adds a batch of outcomes seen at `now`; buckets that left the window are dropped. */
export function observe(w: RequestWindow, counts: Partial<OutcomeCounts>, now: number): RequestWindow {
  const at = now - (now % BUCKET_MS);
  const buckets = w.buckets.filter((b) => inWindow(b, now)).map((b) => ({ ...b }));
  let bucket = buckets.find((b) => b.at === at);
  if (!bucket) {
    bucket = emptyBucket(at);
    buckets.push(bucket);
  }
  for (const k of OUTCOME_KEYS) bucket[k] += counts[k] ?? 0;
  const failedNow = (counts.failed ?? 0) > 0;
  const next: RequestWindow = {
    ...w,
    buckets,
    okStreak: failedNow ? 0 : w.okStreak + (counts.ok ?? 0),
    lastFailureAt: failedNow ? now : w.lastFailureAt,
    // A batch with successes and failures together is on and off as well.
    flips: w.flips + (failedNow && (w.okStreak > 0 || (counts.ok ?? 0) > 0) ? 1 : 0),
  };
  // Requests have worked again for a while: what failed before is the past. Without this, the old
  // failures still in the window would make the next stray one look like an outage.
  return hasRecovered(next, now) ? { ...next, flips: 0, buckets: next.buckets.map((b) => ({ ...b, failed: 0 })) } : next;
}

export interface Judgement {
  /** The window shows claude.ai failing for this browser. */
  failing: boolean;
  /** Spread failures since they began. */
  failed: number;
  /** Every outcome that tells something, since the failures began (429s and offline ones excluded). */
  total: number;
  /** This machine looked offline within the window: nothing can be concluded. */
  offline: boolean;
  /** The oldest bucket with a failure (ms), or null. */
  firstFailureAt: number | null;
  /** 429s in the window: a refusal, or, during an official incident, most likely that incident. */
  limited: number;
  /** 529s on completions in the window: the models' load. */
  overloaded: number;
}

/**
 * Whether the window shows claude.ai failing: at least MIN_FAILURES failures that the pages saw spread
 * across their requests, at least FAILING_SHARE of the outcomes since they began, no sign of offline.
 */
export function judge(w: RequestWindow, now: number): Judgement {
  const live = w.buckets.filter((b) => inWindow(b, now));
  const failingBuckets = live.filter((b) => b.failed > 0);
  const firstFailureAt = failingBuckets.length ? Math.min(...failingBuckets.map((b) => b.at)) : null;
  // The share is taken from when the failures began: successes from before an outage are not evidence against it.
  const since = live.filter((b) => firstFailureAt !== null && b.at >= firstFailureAt);
  const sum = (k: Counted, from = since) => from.reduce((n, b) => n + b[k], 0);
  const failed = sum('failed');
  const total = failed + sum('ok') + sum('answered');
  const offline = sum('offline', live) > 0;
  const failing = !offline && failed >= MIN_FAILURES && failed >= FAILING_SHARE * total;
  return { failing, failed, total, offline, firstFailureAt, limited: sum('limited', live), overloaded: sum('overloaded', live) };
}

const isTimeOrNull = (v: unknown): v is number | null => v === null || isNumber(v);
const isBucket = (b: unknown): b is Bucket => typeof b === 'object' && b !== null
  && isNumber((b as Bucket).at) && OUTCOME_KEYS.every((k) => isCount((b as Bucket)[k]));

/** Reads the stored window; anything unexpected is an empty one (which can only delay a signal). */
export function readWindow(raw: unknown): RequestWindow {
  const r = raw as Partial<Record<keyof RequestWindow, unknown>> | null | undefined;
  if (!r || r.version !== 3 || !Array.isArray(r.buckets) || !isCount(r.okStreak)
    || !isTimeOrNull(r.lastFailureAt) || !isTimeOrNull(r.confirmAt) || !isCount(r.flips)) return EMPTY_WINDOW;
  const buckets = (r.buckets as unknown[]).slice(-(WINDOW_MS / BUCKET_MS + 1)).filter(isBucket);
  return { version: 3, buckets, okStreak: r.okStreak, lastFailureAt: r.lastFailureAt, confirmAt: r.confirmAt, flips: r.flips };
}
