import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateFor } from '../../../test/support/states';
import type { StatusState } from '../source';
import { LEAD_MAX_MS, LEAD_MIN_MS, leadAtTakeover, POSTED_WITHIN_MS } from './lead';
import { type LocalSignal, NO_SIGNAL } from './local-signal';

const MIN = 60_000;
/** The 2 March page at "investigating", fetched at `at`, its incident starting at `startedAt`. */
function posted(at: number, startedAt: number | null): StatusState {
  const s = stateFor('b1-2026-03-02-investigating', at);
  if (!s.snapshot) throw new Error('no snapshot');
  const iso = startedAt === null ? null : new Date(startedAt).toISOString();
  return { ...s, snapshot: { ...s.snapshot, incidents: s.snapshot.incidents.map((i) => ({ ...i, startedAt: iso })) } };
}
const failing = (since: number): LocalSignal => ({ ...NO_SIGNAL, kind: 'failing', since, failed: 8, total: 8, updatedAt: since });
const NOW = Date.parse('2026-03-02T12:22:00Z');

describe('leadAtTakeover', () => {
  it('is the time from the first failure here to the incident\'s start, when the page began it later', () => {
    expect(leadAtTakeover(failing(NOW - 30 * MIN), posted(NOW, NOW - 16 * MIN), NOW - 2 * MIN, NOW)).toEqual({ incidentId: 'fx26mar02inc', ms: 14 * MIN });
  });

  it('is the time to the first check that saw it, when the page dated it before the failures here', () => {
    expect(leadAtTakeover(failing(NOW - 14 * MIN), posted(NOW, NOW - 60 * MIN), NOW - 3 * MIN, NOW)?.ms).toBe(14 * MIN);
    // Unless the check before was long ago: when it was posted is then unknown.
    expect(leadAtTakeover(failing(NOW - 40 * MIN), posted(NOW, NOW - 60 * MIN), NOW - POSTED_WITHIN_MS - 1, NOW)).toBeNull();
    expect(leadAtTakeover(failing(NOW - 40 * MIN), posted(NOW, null), null, NOW)).toBeNull();
  });

  it('claims nothing when the page was first: no failing signal before the incident was posted', () => {
    for (const kind of ['none', 'works-here'] as const) {
      expect(leadAtTakeover({ ...failing(NOW - 30 * MIN), kind }, posted(NOW, NOW - 10 * MIN), NOW - MIN, NOW)).toBeNull();
    }
  });

  it('claims nothing under a minute, nor over six hours, nor when a clock went back', () => {
    expect(leadAtTakeover(failing(NOW - 30 * MIN), posted(NOW, NOW - 30 * MIN + 59_000), NOW - MIN, NOW)).toBeNull();
    expect(leadAtTakeover(failing(NOW - 7 * 60 * MIN), posted(NOW, NOW - 30 * MIN), NOW - MIN, NOW)).toBeNull();
    // The failures "began" after now: the clock was set back since.
    expect(leadAtTakeover(failing(NOW + 30 * MIN), posted(NOW, NOW + 40 * MIN), NOW - MIN, NOW)).toBeNull();
    // The check is dated after now, the check before it after the check.
    expect(leadAtTakeover(failing(NOW - 30 * MIN), posted(NOW + 5 * MIN, NOW + 4 * MIN), NOW - MIN, NOW)).toBeNull();
    expect(leadAtTakeover(failing(NOW - 30 * MIN), posted(NOW, NOW - 60 * MIN), NOW + MIN, NOW)).toBeNull();
  });

  it('claims nothing when the page says claude.ai is fine, or gives no fresh answer', () => {
    expect(leadAtTakeover(failing(NOW - 30 * MIN), stateFor('b0-2026-03-02-baseline', NOW), NOW - MIN, NOW)).toBeNull();
    expect(leadAtTakeover(failing(NOW - 30 * MIN), posted(NOW - 3 * 3_600_000, NOW - 20 * MIN), NOW - MIN, NOW)).toBeNull();
  });

  it('for every set of times: a lead only after a failing signal, between one minute and six hours, never past the check', () => {
    const t = fc.integer({ min: -10 * 3_600_000, max: 10 * 3_600_000 });
    fc.assert(fc.property(fc.constantFrom<LocalSignal['kind']>('none', 'failing', 'works-here'), t, fc.option(t), fc.option(t), fc.integer({ min: -600_000, max: 600_000 }),
      (kind, since, started, previous, checkShift) => {
        const checkAt = NOW + checkShift;
        const lead = leadAtTakeover({ ...failing(NOW + since), kind }, posted(checkAt, started === null ? null : NOW + started), previous === null ? null : NOW + previous, NOW);
        if (!lead) return;
        expect(kind).toBe('failing');
        expect(lead.ms).toBeGreaterThanOrEqual(LEAD_MIN_MS);
        expect(lead.ms).toBeLessThanOrEqual(LEAD_MAX_MS);
        expect(NOW + since + lead.ms).toBeLessThanOrEqual(Math.min(checkAt, NOW));
      }), { numRuns: 500 });
  });
});
