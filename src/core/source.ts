import type { Snapshot } from './derive';

/** Why the status page gave no usable answer. None of these is an outage of Claude. */
export type SourceErrorKind =
  | 'offline' | 'timeout' | 'http' | 'challenged' | 'not-json' | 'too-large' | 'malformed' | 'wrong-origin';

export interface SourceError {
  kind: SourceErrorKind;
  /** Short technical detail, e.g. "HTTP 503" or "no components list". */
  detail: string;
  /** When this run of failures began (ms). */
  since: number;
  /** When the latest failure happened (ms). */
  lastAt: number;
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
  return { snapshot: state.snapshot, error: { ...failure, since, lastAt: now }, checkedAt: now };
}

export type Freshness =
  | { fresh: true }
  | { fresh: false; reason: UnknownReason; since: number | null };

/** Why the status is unknown: a failed check's kind, no check yet, or data too old. */
export type UnknownReason = SourceErrorKind | 'no-data' | 'stale';

/**
 * Whether the snapshot may be shown as current. A failed latest check makes the status unknown at once:
 * we would rather say "don't know" than show an outage (or an all-clear) we can no longer confirm.
 * A clock that went backwards (now before fetchedAt) is treated as fresh rather than as stale.
 */
export function freshnessOf(state: StatusState, now: number): Freshness {
  if (state.error) return { fresh: false, reason: state.error.kind, since: state.error.since };
  if (!state.snapshot) return { fresh: false, reason: 'no-data', since: null };
  if (now - state.snapshot.fetchedAt > STALE_AFTER_MS) {
    return { fresh: false, reason: 'stale', since: state.snapshot.fetchedAt };
  }
  return { fresh: true };
}
