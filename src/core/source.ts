import type { Snapshot } from './derive';

/**
 * Why the status page gave no usable answer. None of these is an outage of Claude. `redirected`: the page
 * answered with a redirect, which is not followed; `no-permission`: the browser no longer lets the
 * extension reach the status page (a person revoked the host permission).
 */
export const SOURCE_ERROR_KINDS = [
  'offline', 'timeout', 'http', 'challenged', 'not-json', 'too-large', 'malformed', 'wrong-origin', 'redirected', 'no-permission',
] as const;
export type SourceErrorKind = (typeof SOURCE_ERROR_KINDS)[number];

export interface SourceError {
  kind: SourceErrorKind;
  /** Short technical detail, e.g. "HTTP 503" or "no components list". */
  detail: string;
  /** When this run of failures began (ms). */
  since: number;
  /** When the latest failure happened (ms). */
  lastAt: number;
  /** Failed checks in this run (1 for the first). */
  count: number;
}

/** Everything the badge, popup and later the banner need; this is what storage holds. */
export interface StatusState {
  /** The last good answer, kept through failures so it can be shown as stale. */
  snapshot: Snapshot | null;
  /** The current run of failures; null once an answer was good. */
  error: SourceError | null;
  /** When the last check finished, good or bad (ms). */
  checkedAt: number | null;
}

export const EMPTY_STATE: StatusState = { snapshot: null, error: null, checkedAt: null };

/** Without a good answer for this long, what we know is too old to show as current. */
export const STALE_AFTER_MS = 15 * 60_000;

export function recordSuccess(_state: StatusState, snapshot: Snapshot): StatusState {
  return { snapshot, error: null, checkedAt: snapshot.fetchedAt };
}

export function recordFailure(
  state: StatusState, failure: { kind: SourceErrorKind; detail: string }, now: number,
): StatusState {
  const since = state.error?.since ?? now;
  const count = (state.error?.count ?? 0) + 1;
  return { snapshot: state.snapshot, error: { ...failure, since, lastAt: now, count }, checkedAt: now };
}

/**
 * A view's "now" can trail a check that just landed by its own tick (the popup's is 5 s): that much
 * "future" is the same moment. More is a clock set back.
 */
export const FUTURE_SLACK_MS = 60_000;

export type Freshness =
  | { fresh: true }
  | { fresh: false; reason: UnknownReason; since: number | null };

/** Why the status is unknown: a failed check's kind, no check yet, or data too old. */
export type UnknownReason = SourceErrorKind | 'no-data' | 'stale';

/** Failures that one more check commonly cures: one of them alone does not make recent data unknown. */
const TRANSIENT: ReadonlySet<SourceErrorKind> = new Set(['offline', 'timeout', 'http', 'not-json', 'malformed', 'too-large', 'challenged']);
/** Failed checks in a row, each transient, that recent data outlives. */
export const FAILURES_TOLERATED = 1;

/**
 * Whether the snapshot may be shown as current. One transient failure (a blip) keeps recent data on
 * show; a second failure in a row, a failure that is no blip (a redirect, a revoked permission), or data
 * older than STALE_AFTER_MS makes the status unknown: we would rather say "don't know" than show an
 * outage (or an all-clear) we can no longer confirm. Data from the future (now more than FUTURE_SLACK_MS
 * before fetchedAt: the clock was set back since) is stale too: its age is unknown, and "fresh for good" would show it for days (#22).
 */
export function freshnessOf(state: StatusState, now: number): Freshness {
  const e = state.error;
  const blip = e !== null && e.count <= FAILURES_TOLERATED && TRANSIENT.has(e.kind) && state.snapshot !== null
    && now - state.snapshot.fetchedAt <= STALE_AFTER_MS && now - state.snapshot.fetchedAt >= -FUTURE_SLACK_MS;
  if (e && !blip) return { fresh: false, reason: e.kind, since: e.since };
  if (!state.snapshot) return { fresh: false, reason: 'no-data', since: null };
  const age = now - state.snapshot.fetchedAt;
  if (age > STALE_AFTER_MS || age < -FUTURE_SLACK_MS) {
    return { fresh: false, reason: 'stale', since: state.snapshot.fetchedAt };
  }
  return { fresh: true };
}
