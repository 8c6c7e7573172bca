import { describe, expect, it } from 'vitest';
import { SCENARIOS, summaryOf } from '../../test/support/fixtures';
import { EXPECTED } from '../../test/support/scenarios';
import { deriveSnapshot } from './derive';
import { parseSummary } from './parse';
import type { Summary } from './types';

const summary = (scenario: string): Summary => {
  const r = parseSummary(summaryOf(scenario));
  if (!r.ok) throw new Error(r.reason);
  return r.summary;
};

describe('deriveSnapshot', () => {
  it('has an expectation for every shared scenario', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(SCENARIOS);
  });

  it.each(SCENARIOS)('%s gives each surface its state', (scenario) => {
    const snapshot = deriveSnapshot(summary(scenario), 1000);
    const got = Object.fromEntries(snapshot.surfaces.map((s) => [s.key, s.status]));
    expect(got).toEqual(EXPECTED[scenario]?.surfaces);
    expect(snapshot.fetchedAt).toBe(1000);
  });

  it('links open incidents to the surfaces they list', () => {
    const snapshot = deriveSnapshot(summary('b1-2026-03-02-investigating'), 0);
    const ai = snapshot.surfaces.find((s) => s.key === 'claude-ai');
    expect(ai?.incidentIds).toEqual(['fx26mar02inc']);
    expect(ai?.since).toBe('2026-03-02T11:49:13.345Z');
  });

  it('marks a surface under maintenance when a maintenance in progress lists it, even if the component lags', () => {
    const s = summary('e-scheduled-maintenance-in-progress');
    const lagging = { ...s, components: s.components.map((c) => ({ ...c, status: 'operational' as const })) };
    const console = deriveSnapshot(lagging, 0).surfaces.find((x) => x.key === 'console');
    expect(console?.status).toBe('under_maintenance');
    expect(console?.incidentIds).toEqual(['fxmaint0829a']);
  });

  it('does not let an upcoming maintenance mark anything', () => {
    const snapshot = deriveSnapshot(summary('e0-scheduled-maintenance-upcoming'), 0);
    expect(snapshot.surfaces.every((s) => s.status === 'operational')).toBe(true);
    expect(snapshot.maintenances).toHaveLength(1);
  });

  it('ignores the page-wide indicator: one surface down on an "All Systems Operational" page still shows', () => {
    const raw = summaryOf('f-claude-code-degraded-only') as Record<string, unknown>;
    const r = parseSummary({ ...raw, status: { indicator: 'none', description: 'All Systems Operational' } });
    if (!r.ok) throw new Error(r.reason);
    expect(deriveSnapshot(r.summary, 0).surfaces.find((s) => s.key === 'claude-code')?.status).toBe('degraded_performance');
  });
});

// Reproduction (#16.10): names with right-to-left overrides, zero-width characters or 10,000 characters
// reached the tooltip, notifications and popup as they were (a 20,213-character tooltip).
describe('network text is cleaned where it enters', () => {
  it('gives every surface a short, plain label, and the tooltip stays short', async () => {
    const { decideBadge } = await import('./badge');
    const { EN } = await import('../../test/support/i18n');
    const raw = structuredClone(summaryOf('a-all-operational')) as { components: { name: string; status: string }[] };
    raw.components.push({ ...raw.components[0], id: 'x1', name: `Evil\u202eabc\u200b${'n'.repeat(10_000)}`, status: 'major_outage' } as never);
    raw.components.push({ ...raw.components[0], id: 'x2', name: 'Con\u200bnectors', status: 'operational' } as never);
    const r = parseSummary(raw);
    if (!r.ok) throw new Error(r.reason);
    const snapshot = deriveSnapshot(r.summary, 1000);
    for (const s of snapshot.surfaces) expect(s.label).not.toMatch(/[\u202a-\u202e\u200b-\u200d\u2066-\u2069]/);
    expect(Math.max(...snapshot.surfaces.map((s) => Array.from(s.label).length))).toBeLessThanOrEqual(60);
    expect(snapshot.surfaces.find((s) => s.componentId === 'x2')?.label).toBe('Connectors');
    const title = decideBadge({ snapshot, error: null, checkedAt: 1000 }, 1000, EN).title;
    expect(title.length).toBeLessThan(1_000);
  });
});
