// A StatusState from a scenario's summary.json, edited first: for cases the fixtures do not hold as such.
import { deriveSnapshot } from '../../src/core/derive';
import { parseSummary } from '../../src/core/parse';
import { EMPTY_STATE, recordSuccess, type StatusState } from '../../src/core/source';
import { summaryOf } from './fixtures';
import { T0 } from './states';

export type RawSummary = Record<string, unknown> & {
  components: Record<string, unknown>[];
  incidents: Record<string, unknown>[];
  scheduled_maintenances: Record<string, unknown>[];
};

/** claude.ai's component id on the Anthropic page. */
export const AI_ID = 'rwppv331jlwc';

export function editedState(scenario: string, edit: (raw: RawSummary) => unknown, fetchedAt = T0): StatusState {
  const raw = structuredClone(summaryOf(scenario)) as RawSummary;
  raw.incidents ??= [];
  raw.scheduled_maintenances ??= [];
  const r = parseSummary(edit(raw) ?? raw);
  if (!r.ok) throw new Error(r.reason);
  return recordSuccess(EMPTY_STATE, deriveSnapshot(r.summary, fetchedAt));
}

/** The summary's claude.ai component, for linking an incident or a maintenance to it. */
export const aiComponent = (raw: RawSummary): Record<string, unknown> => {
  const c = raw.components.find((x) => x.id === AI_ID);
  if (!c) throw new Error('no claude.ai component');
  return c;
};
