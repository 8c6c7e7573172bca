import { deriveSnapshot } from './derive';
import { parseSummary } from './parse';
import { classifyAnswer, type RawAnswer } from './response';
import { recordFailure, recordSuccess, type SourceErrorKind, type StatusState } from './source';

export type FetchOutcome = { ok: true; answer: RawAnswer } | { ok: false; kind: SourceErrorKind; detail: string };

/**
 * Folds one fetch outcome into the status: the whole path from answer to stored state, pure, so that
 * every kind of bad answer is tested without a browser. A bad answer keeps the last good snapshot.
 */
export function foldOutcome(state: StatusState, outcome: FetchOutcome, expectedOrigin: string, now: number): StatusState {
  if (!outcome.ok) return recordFailure(state, outcome, now);
  const classified = classifyAnswer(outcome.answer, expectedOrigin);
  if (!classified.ok) return recordFailure(state, classified, now);
  const parsed = parseSummary(classified.json);
  if (!parsed.ok) return recordFailure(state, { kind: 'malformed', detail: parsed.reason }, now);
  return recordSuccess(state, deriveSnapshot(parsed.summary, now));
}
