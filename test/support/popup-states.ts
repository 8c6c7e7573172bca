// Status pages for the popup's states that no single recorded scenario shows: an API-only incident, and
// two incidents with a maintenance in progress. Built from the recorded fixtures, so every field is real.
import { summaryOf } from './fixtures';

type Raw = Record<string, unknown> & { components: { id: string; status: string }[]; incidents: Record<string, unknown>[] };

const API = 'k8w3r06qmzrp';

/** The API degraded, with its own incident; claude.ai and everything else operational. */
export function apiOnlySummary(): unknown {
  const raw = structuredClone(summaryOf('a-all-operational')) as Raw;
  const api = raw.components.find((c) => c.id === API);
  if (api) api.status = 'degraded_performance';
  const from = structuredClone(summaryOf('f-claude-code-degraded-only')) as Raw;
  const incident = from.incidents[0] ?? {};
  raw.incidents = [{
    ...incident, id: 'fxapionly001', name: 'Elevated error rates on the Claude API', impact: 'minor',
    components: [{ ...(raw.components.find((c) => c.id === API) ?? {}) }],
  }];
  return raw;
}

/** Two incidents (the real 16 August capture: same title, the critical one older) and a maintenance in progress. */
export function twoIncidentsAndMaintenanceSummary(): unknown {
  const d = structuredClone(summaryOf('d-major-outage-multi-component')) as Record<string, unknown>;
  const e = summaryOf('e-scheduled-maintenance-in-progress') as { scheduled_maintenances: unknown[] };
  return { ...d, scheduled_maintenances: e.scheduled_maintenances };
}
