import { deriveSnapshot } from './derive';
import { parseSummary } from './parse';
import { classifyAnswer, type Classified, type RawAnswer } from './response';
import { recordFailure, recordSuccess, type SourceErrorKind, type StatusState } from './source';

export type FetchOutcome = { ok: true; answer: RawAnswer } | { ok: false; kind: SourceErrorKind; detail: string };

/** The page has not changed since our snapshot: it is confirmed current as of now. */
export function confirmCurrent(state: StatusState, now: number): StatusState {
  return state.snapshot ? recordSuccess(state, { ...state.snapshot, fetchedAt: now }) : state;
}

const classify = (outcome: FetchOutcome, origin: string): Classified =>
  (outcome.ok ? classifyAnswer(outcome.answer, origin) : outcome);

/**
 * Folds a `summary.json` outcome into the status: the whole path from answer to stored state, pure, so
 * that every kind of bad answer is tested without a browser. A bad answer keeps the last good snapshot.
 */
export function foldOutcome(state: StatusState, outcome: FetchOutcome, expectedOrigin: string, now: number): StatusState {
  const classified = classify(outcome, expectedOrigin);
  if (!classified.ok) return recordFailure(state, classified, now);
  if ('notModified' in classified) return state.snapshot ? confirmCurrent(state, now) : recordFailure(state, { kind: 'http', detail: 'HTTP 304 with nothing cached' }, now);
  const parsed = parseSummary(classified.json);
  if (!parsed.ok) return recordFailure(state, { kind: 'malformed', detail: parsed.reason }, now);
  // An older copy of the page (a lagging CDN edge, the fallback host) never replaces a newer one: the
  // page is still reachable, so what we hold is confirmed, not overwritten.
  if (isOlder(parsed.summary.pageUpdatedAt, state.snapshot?.pageUpdatedAt ?? null)) return confirmCurrent(state, now);
  return recordSuccess(state, deriveSnapshot(parsed.summary, now));
}

/**
 * How far behind a copy of the page may lag and still be taken for a lagging copy. CDN edges and the
 * fallback host lag by seconds to minutes; a page that moved back further than this was reset or had an
 * incident deleted, and its answer is the truth now. (Stage regressions are never announced either way:
 * notify.ts keeps each incident's furthest stage.)
 */
export const LAG_TOLERANCE_MS = 30 * 60_000;

/** Whether an answer's page `updated_at` is a lagging copy of the one we hold (unknown times are not ordered). */
export function isOlder(answer: string | null, held: string | null): boolean {
  if (answer === null || held === null) return false;
  const behind = Date.parse(held) - Date.parse(answer);
  return behind > 0 && behind <= LAG_TOLERANCE_MS;
}

/**
 * Reads a `status.json` outcome (about 200 bytes): `unchanged` when our snapshot is still the page's
 * current state (304, or the same page.updated_at, which moves on every incident update or component
 * change; NOTES.md), `changed` when summary.json must be fetched, or the failure to record.
 */
export function readStatusProbe(
  state: StatusState, outcome: FetchOutcome, expectedOrigin: string,
): { kind: 'unchanged' } | { kind: 'changed' } | { kind: 'failed'; error: { kind: SourceErrorKind; detail: string } } {
  const classified = classify(outcome, expectedOrigin);
  if (!classified.ok) return { kind: 'failed', error: classified };
  if ('notModified' in classified) return state.snapshot ? { kind: 'unchanged' } : { kind: 'changed' };
  const page = (classified.json as { page?: { updated_at?: unknown } } | null)?.page;
  if (typeof page?.updated_at !== 'string') return { kind: 'failed', error: { kind: 'malformed', detail: 'status.json without page.updated_at' } };
  const held = state.snapshot?.pageUpdatedAt ?? null;
  return held === page.updated_at || isOlder(page.updated_at, held) ? { kind: 'unchanged' } : { kind: 'changed' };
}
