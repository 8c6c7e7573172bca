// A captured incident as status.claude.com showed it at one moment, rebuilt from its own record: the updates
// posted by then, the stage of the latest one, and each component at the status that update gave it (its
// `affected_components`), on the all-operational page (anthropic/a-all-operational). Every field is real;
// only the moment is chosen.
import { deriveSnapshot } from '../../src/core/derive';
import { parseSummary } from '../../src/core/parse';
import { EMPTY_STATE, recordSuccess, type StatusState } from '../../src/core/source';
import { readJson, summaryOf } from './fixtures';

interface Update { status: string; created_at: string; affected_components?: { code: string; new_status: string }[] }
type Raw = Record<string, unknown> & { components: { id: string; status: string }[] };

/** The summary.json the page would have served at `at` (ISO) with the captured incident open. */
export function summaryAt(captureFile: string, at: string): unknown {
  const { incident } = structuredClone(readJson(captureFile)) as { incident: Record<string, unknown> & { incident_updates: Update[] } };
  const updates = incident.incident_updates.filter((u) => Date.parse(u.created_at) <= Date.parse(at));
  const latest = updates[0];
  if (!latest) throw new Error(`${captureFile} had not started at ${at}`);
  const page = structuredClone(summaryOf('a-all-operational')) as Raw;
  // Newest first: the first update that lists a component gives its status at that moment.
  for (const c of page.components) {
    const said = updates.flatMap((u) => u.affected_components ?? []).find((a) => a.code === c.id);
    if (said) c.status = said.new_status;
  }
  return {
    ...page,
    incidents: [{ ...incident, status: latest.status, incident_updates: updates, resolved_at: null, updated_at: latest.created_at }],
  };
}

/** The stored status after a check of that page, received at `fetchedAt` (by default the moment itself). */
export function stateAt(captureFile: string, at: string, fetchedAt = Date.parse(at)): StatusState {
  const r = parseSummary(summaryAt(captureFile, at));
  if (!r.ok) throw new Error(r.reason);
  return recordSuccess(EMPTY_STATE, deriveSnapshot(r.summary, fetchedAt));
}
