// The whole pure path of a check, driven with arbitrary JSON and dates (#16): parse, derive, history,
// notify, badge, icon, banner and verdict, and every stored-state reader. Nothing may throw, and each
// check's work stays linear in what the page sent, whatever the page or the storage hold: counted in steps
// (test/support/step-meter.ts), never timed, so a busy machine cannot fail it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyJson } from '../../test/support/corrupt';
import { EN } from '../../test/support/i18n';
import { jsonNodes, metered } from '../../test/support/step-meter';
import { decideBadge } from './badge';
import { decideBanner, readBanner, readDismissal } from './banner';
import { MAX_SURFACES } from './derive';
import { foldOutcome, readStatusProbe } from './check';
import { EMPTY_HISTORY, HISTORY_KEPT_DAYS, readHistory, recordCheck, recordIncidents, surfaceDays } from './history';
import { iconSegments } from './icon';
import { stepNotifier, readNotifyMemory, type NotifyMemory } from './notify/notify';
import { parseIncidentList } from './parse';
import { readPollMeta } from './polling';
import { NO_SIGNAL, readSignal, stepSignal } from './sensing/local-signal';
import { readWindow } from './sensing/request-window';
import { readSettings } from './settings';
import { EMPTY_STATE, type StatusState } from './source';
import { readStoredStatus } from './stored';
import { decideSituation } from './situation';
import { verdictWords } from './verdict';

const ORIGIN = 'https://status.claude.com';
/** What every check costs whatever it was sent (the verdict, the badge's words, the icon): a few hundred steps. */
const FIXED_STEPS = 2_000;
/** Per value sent: reads of it, and array elements gone over (a few passes, never a pass per item). */
const READS_PER_VALUE = 4;
const VISITS_PER_VALUE = 16;
/** Days walked per value sent: at most the kept window for each surface an incident names. */
const DAYS_PER_VALUE = (HISTORY_KEPT_DAYS + 2) * MAX_SURFACES;

const date = fc.oneof(
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'not a date' : d.toISOString())),
  fc.constantFrom('1990-01-01T00:00:00Z', '0900-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '', 'soon', null),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, anyJson());
const status = maybe(fc.constantFrom('operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance', 'on fire'));
const id = maybe(fc.oneof(fc.constantFrom('rwppv331jlwc', 'k8w3r06qmzrp', '__proto__', 'constructor'), fc.string({ maxLength: 14 })));
const component = fc.record({ id, name: maybe(fc.string({ maxLength: 40 })), status, position: maybe(fc.integer()), updated_at: date, group: fc.boolean() }, { requiredKeys: [] });
const incident = fc.record({
  id, name: maybe(fc.string()), status: maybe(fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved', 'scheduled', 'in_progress')),
  impact: maybe(fc.constantFrom('none', 'minor', 'major', 'critical')), started_at: date, created_at: date, resolved_at: date,
  scheduled_for: date, scheduled_until: date, shortlink: maybe(fc.webUrl()),
  components: maybe(fc.array(fc.record({ id }), { maxLength: 6 })),
  incident_updates: maybe(fc.array(fc.record({ status: maybe(fc.string()), body: maybe(fc.string()), created_at: date, display_at: date }), { maxLength: 4 })),
}, { requiredKeys: [] });
const summary = fc.oneof(
  fc.record({
    page: maybe(fc.record({ updated_at: date })), components: maybe(fc.array(component, { maxLength: 12 })),
    incidents: maybe(fc.array(incident, { maxLength: 4 })), scheduled_maintenances: maybe(fc.array(incident, { maxLength: 3 })),
  }, { requiredKeys: [] }),
  anyJson(),
);
const clock = fc.oneof(fc.integer({ min: 0, max: 8.64e15 }), fc.constantFrom(Date.parse('2026-03-02T12:00:00Z'), 0, 8.64e15));

function check(state: StatusState, memory: NotifyMemory | null, body: unknown, now: number) {
  const answer = { status: 200, url: `${ORIGIN}/api/v2/summary.json`, contentType: 'application/json', wafAction: null, body: JSON.stringify(body) ?? 'null' };
  readStatusProbe(state, { ok: true, answer }, ORIGIN);
  const next = foldOutcome(state, { ok: true, answer }, ORIGIN, now);
  let notifier = memory;
  if (next.snapshot && next.error === null) {
    const keys = new Map(next.snapshot.surfaces.map((s) => [s.componentId, s.key]));
    const history = recordIncidents(recordCheck(EMPTY_HISTORY, next.snapshot, now), parseIncidentList(body) ?? [], (i) => keys.get(i), now);
    surfaceDays(history, 'claude-ai', now);
    const prefs = { enabled: true, recovery: true, watched: null, muted: [], snoozeUntil: null, snoozeIncidents: [], quiet: null };
    notifier = stepNotifier(memory, next.snapshot, prefs, { now, localMinutes: 0, origin: ORIGIN, i18n: EN, formatTime: String }).memory;
  }
  const badge = decideBadge(next, now, EN);
  iconSegments(badge);
  decideBanner(null, next, now, ORIGIN);
  verdictWords(EN, decideSituation(next, now, NO_SIGNAL).verdict);
  stepSignal(NO_SIGNAL, readWindow(null), next, now);
  return { next, notifier, badge };
}

describe('the whole path, fuzzed', () => {
  it('never throws, and each check does work linear in its answer, over a run of arbitrary answers and clocks', () => {
    fc.assert(fc.property(fc.array(fc.tuple(summary, clock), { minLength: 1, maxLength: 6 }), (run) => {
      let state = EMPTY_STATE;
      let memory: NotifyMemory | null = null;
      for (const [body, now] of run) {
        const { result: { next, notifier, badge }, steps } = metered(() => check(state, memory, body, now));
        const values = jsonNodes(body);
        expect(steps.reads).toBeLessThanOrEqual(READS_PER_VALUE * values + FIXED_STEPS);
        expect(steps.visited).toBeLessThanOrEqual(VISITS_PER_VALUE * values + FIXED_STEPS);
        expect(steps.days).toBeLessThanOrEqual(DAYS_PER_VALUE * values + FIXED_STEPS);
        expect(steps.scanned).toBeLessThanOrEqual(2 * (JSON.stringify(body) ?? '').length + FIXED_STEPS);
        expect(badge.title.length).toBeLessThan(5_000);
        // What a check stores reads back the same.
        state = readStoredStatus(JSON.parse(JSON.stringify({ version: 2, state: next })));
        memory = readNotifyMemory(JSON.parse(JSON.stringify(notifier)));
      }
    }), { numRuns: 400 });
  });

  it('every stored-state reader takes any JSON without throwing', () => {
    fc.assert(fc.property(anyJson(), (raw) => {
      readStoredStatus(raw);
      readHistory(raw);
      readNotifyMemory(raw);
      readPollMeta(raw);
      readSignal(raw);
      readWindow(raw);
      readSettings(raw);
      readBanner(raw);
      readDismissal(raw);
      readBanner({ version: 2, view: raw });
      readHistory({ version: 2, days: raw });
      readPollMeta({ version: 1, failures: 0, fallbackUntil: null, claudeActiveAt: null, validators: raw });
    }), { numRuns: 1000 });
  });
});
