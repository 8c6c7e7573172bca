// The one decision about claude.ai, and the property that every place that shows it agrees on its kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aiComponent, editedState, type RawSummary } from '../../test/support/edited';
import { summaryOf } from '../../test/support/fixtures';
import { EN } from '../../test/support/i18n';
import { failed, stateFor, T0 } from '../../test/support/states';
import { decideBadge } from './badge';
import { decideBanner } from './banner';
import { type LocalSignal, NO_SIGNAL } from './sensing/local-signal';
import { COLOURS, isAffected } from './severity';
import { decideSituation } from './situation';
import type { StatusState } from './source';
import { CLAUDE_AI } from './surfaces';
import { troubleKey } from './trouble';
import { isTrouble, verdictWords } from './verdict';

const ORIGIN = 'https://status.claude.com';
const failing: LocalSignal = { ...NO_SIGNAL, kind: 'failing', since: T0 - 60_000, failed: 6, total: 8, updatedAt: T0 };

/** An incident like the 2 March one, linked to `components`. */
const incident = (raw: RawSummary, over: Record<string, unknown> = {}) => ({
  ...structuredClone((summaryOf('b1-2026-03-02-investigating') as RawSummary).incidents[0]),
  components: [aiComponent(raw)], ...over,
});

describe('decideSituation', () => {
  it('calls claude.ai down everywhere when a maintenance is in progress on it and an incident is open on it', () => {
    const state = editedState('e-scheduled-maintenance-in-progress', (raw) => {
      const m = raw.scheduled_maintenances[0];
      if (m) m.components = [aiComponent(raw)];
      raw.incidents = [incident(raw)];
    });
    expect(decideSituation(state, T0, NO_SIGNAL).claudeAi.kind).toBe('down');
    const badge = decideBadge(state, T0, EN);
    expect(badge.verdict.kind).toBe('down');
    expect(badge.title.split('\n')[0]).toBe(EN.t('verdictDown'));
    expect(badge.text.startsWith('AI')).toBe(true);
    expect(decideBanner(null, state, T0, ORIGIN).kind).toBe('outage');
    expect(state.snapshot?.surfaces.find((s) => s.key === CLAUDE_AI)?.status).not.toBe('under_maintenance');
  });

  it('says 429s seen here during claude.ai’s incident are probably the outage, while they are recent', () => {
    const state = stateFor('b1-2026-03-02-investigating', T0);
    expect(decideSituation(state, T0, { ...NO_SIGNAL, limitedAt: T0 - 30_000 }).claudeAi).toMatchObject({ kind: 'down', limitedHere: true });
    expect(decideSituation(state, T0, { ...NO_SIGNAL, limitedAt: T0 - 5 * 60_000 }).claudeAi).toMatchObject({ kind: 'down', limitedHere: false });
    expect(decideSituation(state, T0, NO_SIGNAL).claudeAi).toMatchObject({ kind: 'down', limitedHere: false });
    // Without an incident, a 429 is a refusal: claude.ai is fine.
    expect(decideSituation(stateFor('b0-2026-03-02-baseline', T0), T0, { ...NO_SIGNAL, limitedAt: T0 }).claudeAi.kind).toBe('fine');
  });

  it('says the models are overloaded, not claude.ai failing, after 529s on completions', () => {
    const v = decideSituation(stateFor('b0-2026-03-02-baseline', T0), T0, { ...NO_SIGNAL, overloadedAt: T0 - 10_000 }).claudeAi;
    expect(v).toMatchObject({ kind: 'fine', overloaded: true });
    expect(verdictWords(EN, v)).toBe(EN.t('verdictOverloaded'));
    expect(decideBadge(stateFor('b0-2026-03-02-baseline', T0), T0, EN, null, { ...NO_SIGNAL, overloadedAt: T0 - 10_000 }).text).toBe('');
  });

  it('says claude.ai works again here while the status page still lists its incident, and only then', () => {
    const works: LocalSignal = { ...NO_SIGNAL, kind: 'works-here', since: T0 - 1_000, updatedAt: T0 };
    expect(decideSituation(stateFor('c2-2026-03-02-monitoring', T0), T0, works).claudeAi).toEqual({ kind: 'works-here', stage: 'monitoring' });
    expect(decideSituation(stateFor('b0-2026-03-02-baseline', T0), T0, works).claudeAi.kind).toBe('fine');
  });

  it('says failing in this browser only while the status page says claude.ai is fine', () => {
    expect(decideSituation(stateFor('b0-2026-03-02-baseline', T0), T0, failing).claudeAi).toMatchObject({ kind: 'failing-for-you', failed: 6, total: 8 });
    expect(decideSituation(stateFor('b1-2026-03-02-investigating', T0), T0, failing).claudeAi.kind).toBe('down');
    expect(decideSituation(failed(stateFor('b0-2026-03-02-baseline', T0), 'offline', T0 + 1), T0 + 1, failing).claudeAi.kind).toBe('offline');
  });
});

// --- The property: one kind for claude.ai, wherever it is shown. ---

const base = summaryOf('a-all-operational') as RawSummary;
const IDS = base.components.map((c) => String(c.id));
const STATUSES = ['operational', 'operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance', 'exploding'];
const links = fc.subarray(IDS);
const genIncident = fc.record({
  stage: fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved', 'postmortem'),
  impact: fc.constantFrom('none', 'minor', 'major', 'critical'),
  ids: links,
});
const genMaintenance = fc.record({ stage: fc.constantFrom('scheduled', 'in_progress', 'verifying', 'completed'), ids: links });
const genState = fc.record({
  statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: IDS.length, maxLength: IDS.length }),
  incidents: fc.array(genIncident, { maxLength: 2 }),
  maintenances: fc.array(genMaintenance, { maxLength: 2 }),
  age: fc.integer({ min: 0, max: 20 * 60_000 }),
  failure: fc.constantFrom(null, 'offline', 'timeout', 'challenged'),
});
const recent = fc.option(fc.integer({ min: -5 * 60_000, max: 0 }), { nil: null });
const genSignal = fc.record({
  kind: fc.constantFrom<LocalSignal['kind']>('none', 'failing', 'works-here'),
  onAndOff: fc.boolean(), failed: fc.nat(50), total: fc.nat(50), limitedAt: recent, overloadedAt: recent,
});
const genWatched = fc.option(fc.subarray(['claude-ai', 'console', 'api', 'claude-code', 'cowork', 'government'], { minLength: 1 }), { nil: null });

type Generated = typeof genState extends fc.Arbitrary<infer V> ? V : never;

/** The generated status page, derived as the background would, and the clock `age` ms after its answer. */
function build(g: Generated): { state: StatusState; now: number } {
  const template = (summaryOf('b1-2026-03-02-investigating') as RawSummary).incidents[0];
  const maintenance = (summaryOf('e-scheduled-maintenance-in-progress') as RawSummary).scheduled_maintenances[0];
  const comp = (ids: string[]) => base.components.filter((c) => ids.includes(String(c.id)));
  let state = editedState('a-all-operational', (raw) => {
    raw.components.forEach((c, i) => { c.status = g.statuses[i] ?? 'operational'; });
    raw.incidents = g.incidents.map((x, i) => ({ ...structuredClone(template), id: `inc${i}`, status: x.stage, impact: x.impact, components: comp(x.ids) }));
    raw.scheduled_maintenances = g.maintenances.map((x, i) => ({ ...structuredClone(maintenance), id: `m${i}`, status: x.stage, components: comp(x.ids) }));
  }, T0);
  const now = T0 + g.age;
  if (g.failure) state = failed(state, g.failure, now - 1);
  return { state, now };
}

type Kind = 'down' | 'maintenance' | 'local' | 'fine' | 'unrecognised' | 'unknown';
const KIND: Record<string, Kind> = {
  down: 'down', 'works-here': 'down', maintenance: 'maintenance', 'failing-for-you': 'local', fine: 'fine',
  unrecognised: 'unrecognised', unknown: 'unknown', offline: 'unknown',
};
const BANNER: Record<Kind, string> = { down: 'outage', maintenance: 'maintenance', local: 'local', fine: 'hidden', unrecognised: 'hidden', unknown: 'hidden' };

describe('one kind for claude.ai everywhere (property)', () => {
  it('badge, tooltip, popup verdict, banner and the notifier’s surface status agree, for any status page, signal and watched list', () => {
    fc.assert(fc.property(genState, genSignal, genWatched, (g, s, watched) => {
      const { state, now } = build(g);
      const local: LocalSignal = { ...NO_SIGNAL, ...s, since: now - 60_000, updatedAt: now, limitedAt: s.limitedAt === null ? null : now + s.limitedAt,
        overloadedAt: s.overloadedAt === null ? null : now + s.overloadedAt };
      const situation = decideSituation(state, now, local, watched);
      const kind = KIND[situation.claudeAi.kind];
      const badge = decideBadge(state, now, EN, watched, local);
      // The popup shows badge.verdict; the tooltip's first line words it.
      expect(badge.verdict).toEqual(situation.verdict);
      expect(badge.title.split('\n')[0]).toBe(verdictWords(EN, badge.verdict));
      // The banner acts on claude.ai whatever is watched.
      const view = decideBanner(null, state, now, ORIGIN, local);
      expect(view.kind).toBe(BANNER[kind ?? 'unknown']);
      // The page's "in trouble" (the back button, the log-out guard) is the popup's: the same rule.
      expect(troubleKey(view, now) !== null).toBe(isTrouble(situation.claudeAi));
      if (kind === 'unknown') {
        expect(badge.text).toBe('?');
        return;
      }
      if (watched !== null && !watched.includes(CLAUDE_AI)) return;
      const ai = state.snapshot?.surfaces.find((x) => x.key === CLAUDE_AI);
      if (!ai) throw new Error('no claude.ai');
      // What the notifier diffs: the derived surface status.
      const first = badge.title.split('\n')[0];
      switch (kind) {
        case 'down':
          expect(isAffected(ai.status) && ai.status !== 'under_maintenance').toBe(true);
          expect(badge.text).not.toBe('');
          if (badge.text.startsWith('AI')) expect(badge.background).toBe(COLOURS[ai.status].background);
          if (situation.claudeAi.kind === 'down') expect(first).toBe(EN.t('verdictDown'));
          break;
        case 'maintenance':
          expect(ai.status).toBe('under_maintenance');
          expect(badge.text).not.toBe('');
          expect(first).toBe(EN.t('verdictMaintenance'));
          break;
        case 'local':
          expect(ai.status).toBe('operational');
          expect(badge.text.startsWith('AI!')).toBe(true);
          expect(badge.background).toBe(COLOURS['local-failing'].background);
          expect(first).toBe(EN.t(local.onAndOff ? 'verdictLocalOnAndOff' : 'verdictLocal'));
          break;
        case 'fine':
          expect(isAffected(ai.status)).toBe(false);
          expect(badge.text.startsWith('AI')).toBe(false);
          expect([EN.t('verdictDown'), EN.t('verdictMaintenance'), EN.t('verdictLocal')]).not.toContain(first);
          break;
        case 'unrecognised':
          expect(ai.status).toBe('unknown');
          break;
      }
    }), { numRuns: 400 });
  });
});

