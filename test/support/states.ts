// Builds StatusState values from the shared scenarios, the way the background would store them.
import { deriveSnapshot } from '../../src/core/derive';
import { parseSummary } from '../../src/core/parse';
import { EMPTY_STATE, recordFailure, recordSuccess, type SourceErrorKind, type StatusState } from '../../src/core/source';
import { summaryOf } from './fixtures';

export const T0 = Date.parse('2026-03-02T12:22:00Z');

export function stateFor(scenario: string, fetchedAt = T0): StatusState {
  const r = parseSummary(summaryOf(scenario));
  if (!r.ok) throw new Error(r.reason);
  return recordSuccess(EMPTY_STATE, deriveSnapshot(r.summary, fetchedAt));
}

/** Failures in a row (two by default, as it takes to turn recent data unknown; one alone is a blip). */
export const failed = (state: StatusState, kind: SourceErrorKind, at: number, times = 2): StatusState => {
  let s = state;
  for (let n = 0; n < times; n += 1) s = recordFailure(s, { kind, detail: kind }, at);
  return s;
};
