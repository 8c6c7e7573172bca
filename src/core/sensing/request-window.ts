// The local signal's raw material: what became of claude.ai's own requests in this browser, as counts in a
// two-minute sliding window. Nothing else about a request is ever kept: not its URL, its headers, its body
// or its time beyond the 10-second bucket it fell in.
import { isCount, isNumber } from '../checks';
import type { OutcomeCounts } from './page-outcome';

export const BUCKET_MS = 10_000;
export const WINDOW_MS = 2 * 60_000;
/** At least this many server failures (5xx) in the window... */
export const MIN_FAILURES = 3;
/** ...spread over at least this many 10-second buckets, so one burst (a page retrying at once) is not enough... */
export const MIN_FAILING_BUCKETS = 2;
/**
 * ...and failures (strong and weak) more than this share of all outcomes, so a few failures among many
 * successes are not enough. Weak failures (status 0: a reset, or a fetch the page aborted itself) count
 * toward the share only: on their own they never raise anything.
 */
export const FAILING_SHARE = 0.5;
/** Successes in a row that close an episode: the failures before them are forgotten. */
export const RECOVERED_AFTER_OK = 3;

type Counted = 'ok' | 'answered' | 'failed' | 'weak' | 'offline' | 'documentFailed';
const COUNTED: readonly Counted[] = ['ok', 'answered', 'failed', 'weak', 'offline', 'documentFailed'];

type Bucket = { at: number } & Record<Counted, number>;

/** The window, stored between events (session storage): counts only. */
export interface RequestWindow {
  version: 2;
  buckets: Bucket[];
  /** Successes since the last failure: how recovery is seen. */
  okStreak: number;
  /** When the last strong failure was counted (ms). */
  lastFailureAt: number | null;
  /** When the background last asked the status page to confirm that the network is up (ms). */
  confirmAt: number | null;
}

export const EMPTY_WINDOW: RequestWindow = { version: 2, buckets: [], okStreak: 0, lastFailureAt: null, confirmAt: null };

const inWindow = (b: Bucket, now: number): boolean => b.at > now - WINDOW_MS && b.at <= now;
const strong = (c: Partial<OutcomeCounts>): number => (c.failed ?? 0) + (c.documentFailed ?? 0);

/** Adds a batch of outcomes seen at `now`; buckets that left the window are dropped. */
export function observe(w: RequestWindow, counts: Partial<OutcomeCounts>, now: number): RequestWindow {
  const at = now - (now % BUCKET_MS);
  const buckets = w.buckets.filter((b) => inWindow(b, now)).map((b) => ({ ...b }));
  let bucket = buckets.find((b) => b.at === at);
  if (!bucket) {
    bucket = { at, ok: 0, answered: 0, failed: 0, weak: 0, offline: 0, documentFailed: 0 };
    buckets.push(bucket);
  }
  for (const k of COUNTED) bucket[k] += counts[k] ?? 0;
  const failedNow = strong(counts) > 0;
  const okStreak = failedNow ? 0 : w.okStreak + (counts.ok ?? 0);
  // Requests work again: what failed before is the past. Without this, one blip after a recovery would
  // join the old failures still in the window and raise the signal again.
  const closed = !failedNow && w.okStreak < RECOVERED_AFTER_OK && okStreak >= RECOVERED_AFTER_OK;
  return {
    ...w,
    buckets: closed ? buckets.map((b) => ({ ...b, failed: 0, weak: 0, documentFailed: 0 })) : buckets,
    okStreak,
    lastFailureAt: failedNow ? now : w.lastFailureAt,
  };
}

export interface Judgement {
  /** The window shows claude.ai failing for this browser. */
  failing: boolean;
  /** Strong and weak failures. */
  failed: number;
  /** Every outcome that tells something (offline ones excluded). */
  total: number;
  /** This machine looked offline within the window: nothing can be concluded. */
  offline: boolean;
  /** The oldest bucket with a strong failure (ms), or null. */
  firstFailureAt: number | null;
}

/**
 * Whether the window shows claude.ai failing. A 5xx (or a 5xx document) is strong evidence; a status 0
 * is weak (the page may have aborted it); a 4xx means claude.ai is up and said no. It takes at least
 * MIN_FAILURES strong failures over MIN_FAILING_BUCKETS buckets, or a 5xx document and one more strong
 * failure, making up most outcomes since the failures began, with no sign that this machine is offline.
 */
export function judge(w: RequestWindow, now: number): Judgement {
  const live = w.buckets.filter((b) => inWindow(b, now));
  const failingBuckets = live.filter((b) => b.failed + b.documentFailed > 0);
  const firstFailureAt = failingBuckets.length ? Math.min(...failingBuckets.map((b) => b.at)) : null;
  // The share is taken from when the failures began: successes from before an outage started are not
  // evidence against it (they made a busy page wait for dozens of failures to outnumber them).
  const since = live.filter((b) => firstFailureAt === null || b.at >= firstFailureAt);
  const sum = (k: Counted, from = since) => from.reduce((n, b) => n + b[k], 0);
  const strongFailures = sum('failed') + sum('documentFailed');
  const failed = strongFailures + sum('weak');
  const total = failed + sum('ok') + sum('answered');
  const offline = sum('offline', live) > 0;
  const enough = (strongFailures >= MIN_FAILURES && failingBuckets.length >= MIN_FAILING_BUCKETS)
    || (sum('documentFailed') > 0 && strongFailures >= 2);
  const failing = !offline && enough && failed > FAILING_SHARE * total;
  return { failing, failed, total, offline, firstFailureAt };
}

const isTimeOrNull = (v: unknown): v is number | null => v === null || isNumber(v);

/** Reads the stored window; anything unexpected is an empty one (which can only delay a signal). */
export function readWindow(raw: unknown): RequestWindow {
  const r = raw as Partial<Record<keyof RequestWindow, unknown>> | null | undefined;
  if (!r || r.version !== 2 || !Array.isArray(r.buckets) || !isCount(r.okStreak)
    || !isTimeOrNull(r.lastFailureAt) || !isTimeOrNull(r.confirmAt)) return EMPTY_WINDOW;
  const buckets = (r.buckets as unknown[]).slice(-(WINDOW_MS / BUCKET_MS + 1)).filter((b): b is Bucket => typeof b === 'object' && b !== null
    && isNumber((b as Bucket).at) && COUNTED.every((k) => isCount((b as Bucket)[k])));
  return { version: 2, buckets, okStreak: r.okStreak, lastFailureAt: r.lastFailureAt, confirmAt: r.confirmAt };
}
