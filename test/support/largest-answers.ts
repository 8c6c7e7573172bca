// The largest answers the 1 MiB body cap lets the status page send, in the shapes that once cost the most
// (#16.2: a 673 KiB summary with 10,000 components cost 26.5 s of worker time per check), and the whole
// pure path of one check over them. Shared by the step-bound test (src/core/check-budget.test.ts) and
// the timing in `npm run bench` (bench/check-cost.ts).
import { decideBadge } from '../../src/core/badge';
import { decideBanner } from '../../src/core/banner';
import { foldOutcome } from '../../src/core/check';
import { EMPTY_HISTORY, recordCheck, recordIncidents } from '../../src/core/history';
import { iconSegments } from '../../src/core/icon';
import { parseIncidentList } from '../../src/core/parse';
import { stepNotifier } from '../../src/core/notify/notify';
import { MAX_BODY_BYTES } from '../../src/core/response';
import type { I18n } from '../../src/core/i18n';
import { EMPTY_STATE } from '../../src/core/source';

const ORIGIN = 'https://status.claude.com';

/** Pads a list with items until its JSON is as large as the body cap allows. */
function fill(make: (n: number) => unknown, extra: Record<string, unknown>, key: string): string {
  const items: unknown[] = [];
  let size = 200;
  for (let n = 0; ; n += 1) {
    const item = JSON.stringify(make(n));
    if (size + item.length + 1 > MAX_BODY_BYTES) break;
    size += item.length + 1;
    items.push(make(n));
  }
  return JSON.stringify({ ...extra, [key]: items });
}

const page = { id: 'p', updated_at: '2026-03-02T11:00:00Z' };
const component = (n: number) => ({ id: `c${n}`, name: `Component ${n}`, status: n % 2 ? 'major_outage' : 'operational', position: n });
const few = Array.from({ length: 6 }, (_, n) => component(n));
const incident = (n: number) => ({
  id: `i${n}`, name: `Incident ${n}`, status: 'investigating', impact: 'major', started_at: '0900-01-01T00:00:00Z',
  components: few.map((c) => ({ id: c.id })), incident_updates: [{ status: 'investigating', body: 'x', created_at: '2026-03-02T11:00:00Z' }],
});
const linked = (n: number) => ({ ...incident(n), components: Array.from({ length: 2_000 }, (_, k) => ({ id: `c${k}` })) });

export const LARGEST_ANSWERS: Record<string, string> = {
  'components only': fill(component, { page }, 'components'),
  'incidents with every component': fill(linked, { page, components: Array.from({ length: 2_000 }, (_, n) => component(n)) }, 'incidents'),
  'many small incidents': fill(incident, { page, components: few }, 'incidents'),
};

/** One check's whole pure path over `body`: parse, derive, history, notify, badge, icon and banner. */
export function checkOnce(body: string, at: number, i18n: I18n) {
  const answer = { status: 200, url: `${ORIGIN}/api/v2/summary.json`, contentType: 'application/json', wafAction: null, body };
  const state = foldOutcome(EMPTY_STATE, { ok: true, answer }, ORIGIN, at);
  const snapshot = state.snapshot;
  if (!snapshot) throw new Error('no snapshot');
  const list = parseIncidentList(JSON.parse(body)) ?? [];
  const keys = new Map(snapshot.surfaces.map((s) => [s.componentId, s.key]));
  const history = recordIncidents(recordCheck(EMPTY_HISTORY, snapshot, at), list, (id) => keys.get(id), at);
  const ctx = { now: at, localMinutes: 600, origin: ORIGIN, i18n, formatTime: String };
  const prefs = { enabled: true, recovery: true, watched: null, muted: [], snoozeUntil: null, snoozeIncidents: [], quiet: null };
  const first = stepNotifier(null, snapshot, prefs, ctx);
  stepNotifier(first.memory, snapshot, prefs, { ...ctx, now: at + 60_000 });
  const badge = decideBadge(state, at, i18n);
  iconSegments(badge);
  decideBanner(null, state, at, ORIGIN);
  return { state, badge, history };
}
