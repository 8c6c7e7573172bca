import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson, REAL_INCIDENTS, REAL_SNAPSHOTS, SCENARIOS, summaryAround, summaryOf } from '../../test/support/fixtures';
import { parseSummary } from './parse';
import type { Summary } from './types';

const parsed = (body: unknown): Summary => {
  const result = parseSummary(body);
  if (!result.ok) throw new Error(`expected a summary, got: ${result.reason}`);
  return result.summary;
};

describe('parseSummary on the shared fixtures', () => {
  it.each(SCENARIOS)('%s parses with every component and open incident', (scenario) => {
    const raw = summaryOf(scenario) as { components: unknown[]; incidents: { status: string }[] };
    const summary = parsed(raw);
    expect(summary.components).toHaveLength(raw.components.length);
    expect(summary.incidents).toHaveLength(raw.incidents.filter((i) => i.status !== 'resolved').length);
    expect(summary.components.every((c) => c.status !== 'unknown')).toBe(true);
  });

  it('reads the 2 March incident with its latest update first', () => {
    const s = parsed(summaryOf('b1-2026-03-02-investigating'));
    const incident = s.incidents[0];
    expect(incident?.name).toBe('Elevated errors on claude.ai, console, and claude code');
    expect(incident?.stage).toBe('investigating');
    expect(incident?.impact).toBe('major');
    expect(incident?.latest?.body).toMatch(/API is working as intended/);
    expect(incident?.latest?.at).toBe('2026-03-02T12:21:27.914Z');
    expect(incident?.componentIds).toContain('rwppv331jlwc');
  });

  it('orders components by position, whatever order the page sends', () => {
    const raw = summaryOf('b1-2026-03-02-investigating') as { components: unknown[] };
    const s = parsed({ ...raw, components: [...raw.components].reverse() });
    expect(s.components.map((c) => c.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps an in-progress maintenance with its window', () => {
    const s = parsed(summaryOf('e-scheduled-maintenance-in-progress'));
    expect(s.maintenances).toHaveLength(1);
    expect(s.maintenances[0]).toMatchObject({ stage: 'in_progress', scheduledFor: '2026-08-29T17:00:00.000Z' });
  });

  it.each([...REAL_SNAPSHOTS, ...REAL_INCIDENTS])('real capture %s parses', (file) => {
    const summary = parsed(summaryAround(file));
    const raw = readJson(file) as { incident: { status: string; incident_updates: unknown[] } };
    const open = !['resolved', 'postmortem'].includes(raw.incident.status);
    expect(summary.incidents).toHaveLength(open ? 1 : 0);
  });

  it('skips group containers and keeps their children (grouped page shape)', () => {
    const raw = readJson('other-pages/grouped-components-shape.json') as { components: { group: boolean }[] };
    const s = parsed(raw);
    expect(s.components).toHaveLength(raw.components.filter((c) => !c.group).length);
  });
});

describe('parseSummary tolerance', () => {
  const base = summaryOf('b1-2026-03-02-investigating') as Record<string, unknown> & { components: Record<string, unknown>[] };

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'challenge'],
    ['an object without components', { page: {}, status: {} }],
    ['components that are not a list', { components: {} }],
    ['no usable component', { components: [{ id: 1 }, null, 'x'] }],
  ])('rejects %s as malformed', (_label, body) => {
    expect(parseSummary(body).ok).toBe(false);
  });

  it('drops a bad component, not the whole answer', () => {
    const s = parsed({ ...base, components: [...base.components, { name: 'no id' }, 42] });
    expect(s.components).toHaveLength(base.components.length);
  });

  it('turns an unknown status into "unknown", never into operational', () => {
    const components = base.components.map((c, i) => (i === 0 ? { ...c, status: 'on_fire' } : c));
    expect(parsed({ ...base, components }).components[0]?.status).toBe('unknown');
  });

  it('copes with nulls where the page may send them', () => {
    const s = parsed({
      ...base,
      page: null,
      incidents: [{ id: 'x', name: null, status: 'identified', incident_updates: null, components: null, started_at: 'not a date' }],
      scheduled_maintenances: null,
    });
    expect(s.pageUpdatedAt).toBeNull();
    expect(s.incidents[0]).toMatchObject({ name: '', latest: null, componentIds: [], startedAt: null });
    expect(s.maintenances).toEqual([]);
  });

  it('drops resolved incidents and completed maintenances', () => {
    const s = parsed({ ...base, incidents: [{ id: 'a', status: 'resolved' }], scheduled_maintenances: [{ id: 'b', status: 'completed' }] });
    expect(s.incidents).toEqual([]);
    expect(s.maintenances).toEqual([]);
  });
});

describe('parseSummary properties', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      parseSummary(v);
    }), { numRuns: 500 });
  });

  it('never turns a non-operational component operational when other fields are mutated', () => {
    const raw = summaryOf('d-major-outage-multi-component') as { components: Record<string, unknown>[] };
    const keys = ['name', 'updated_at', 'position', 'description', 'group_id', 'created_at', 'showcase'];
    fc.assert(fc.property(fc.constantFrom(...keys), fc.jsonValue(), fc.nat(raw.components.length - 1), (key, value, index) => {
      const components = raw.components.map((c, i) => (i === index ? { ...c, [key]: value } : c));
      const result = parseSummary({ ...raw, components });
      if (!result.ok) return;
      for (const original of raw.components) {
        const got = result.summary.components.find((c) => c.id === original.id);
        if (got && original.status !== 'operational') expect(got.status).not.toBe('operational');
      }
    }), { numRuns: 300 });
  });
});
