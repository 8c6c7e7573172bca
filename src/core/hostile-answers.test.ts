// Whatever a status answer within the 1 MiB cap holds (repeated ids, deep nesting, strange text), one
// check stores a bounded amount, words a bounded tooltip, draws a bounded icon and never throws. Sizes
// and counts only: timings are the bench's (bench/worst-case.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../test/support/fixtures';
import { EN } from '../../test/support/i18n';
import { decideBadge } from './badge';
import { decideBanner } from './banner';
import { foldOutcome } from './check';
import { MAX_SURFACES } from './derive';
import { iconSegments } from './icon';
import { MAX_BODY_BYTES } from './response';
import { EMPTY_STATE, type StatusState } from './source';
import { toStored } from './stored';
import { COMPONENT_STATUSES } from './types';

const ORIGIN = 'https://status.claude.com';
const NOW = Date.parse('2026-03-02T12:30:00Z');
/** What one check may store of the status, and the longest tooltip it may word. */
const STORED_MAX = 160_000;
const TITLE_MAX = 5_000;
const AI = 'rwppv331jlwc';

function check(body: string | null): { state: StatusState; title: string; segments: number; banner: string } {
  const answer = { status: 200, url: `${ORIGIN}/api/v2/summary.json`, contentType: 'application/json', wafAction: null, body };
  const state = foldOutcome(EMPTY_STATE, { ok: true, answer }, ORIGIN, NOW);
  const badge = decideBadge(state, NOW, EN);
  const banner = decideBanner(null, state, NOW, ORIGIN);
  return { state, title: badge.title, segments: iconSegments(badge).length, banner: 'title' in banner ? banner.title : '' };
}
const storedSize = (s: StatusState): number => JSON.stringify(toStored(s)).length;

/** The real page with one component repeated until the body is as large as the cap allows. */
function repeatedUpTo(limit: number, id = AI): string {
  const raw = summaryOf('b1-2026-03-02-investigating') as { components: { id: string }[]; incidents: unknown[] };
  const copy = raw.components.find((c) => c.id === id) ?? raw.components[0];
  const one = JSON.stringify(copy).length + 1;
  const n = Math.floor((limit - JSON.stringify(raw).length) / one);
  return JSON.stringify({ ...raw, components: [...raw.components, ...Array.from({ length: n }, () => copy)] });
}

describe('a page that repeats an id', () => {
  // Reproduction (#22.1): claude.ai's id 13,000 times within 1 MiB got past the surface cap: a 322,000
  // character tooltip and 1.8 MB stored per check.
  it("keeps claude.ai's component once, and every cap holds", () => {
    const body = repeatedUpTo(MAX_BODY_BYTES);
    expect(body.length).toBeGreaterThan(MAX_BODY_BYTES * 0.99);
    const { state, title, segments } = check(body);
    expect(state.snapshot?.surfaces.filter((s) => s.componentId === AI)).toHaveLength(1);
    const real = (summaryOf('b1-2026-03-02-investigating') as { components: unknown[] }).components.length;
    expect(state.snapshot?.surfaces.length).toBe(real);
    expect(title.length).toBeLessThan(TITLE_MAX);
    expect(segments).toBeLessThanOrEqual(6);
    expect(storedSize(state)).toBeLessThan(STORED_MAX);
  });

  it('takes an incident, a maintenance and an update once each, the first of its id', () => {
    const raw = summaryOf('b1-2026-03-02-investigating') as { incidents: { id: string; incident_updates: unknown[]; components: unknown[] }[] };
    const inc = raw.incidents[0];
    if (!inc) throw new Error('no incident');
    const twice = { ...inc, incident_updates: [...inc.incident_updates, ...inc.incident_updates], components: [...inc.components, ...inc.components] };
    const body = JSON.stringify({ ...raw, incidents: Array.from({ length: 5_000 }, () => twice), scheduled_maintenances: [twice, twice] });
    const { state } = check(body);
    expect(state.snapshot?.incidents.map((i) => i.id)).toEqual([inc.id]);
    expect(state.snapshot?.maintenances.map((i) => i.id)).toEqual([inc.id]);
    expect(new Set(state.snapshot?.incidents[0]?.componentIds).size).toBe(state.snapshot?.incidents[0]?.componentIds.length);
  });
});

describe('a deeply nested answer', () => {
  // Reproduction (#22.2): a 1 MiB body of nested arrays cost seconds per check, most of it after JSON.parse.
  it.each([
    ['at the top', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['inside a field', (n: number) => `{"components":[{"id":"x","name":"y","extra":${'['.repeat(n)}${']'.repeat(n)}}]}`],
  ])('%s is refused before it is parsed', (_where, make) => {
    const body = make(Math.floor(MAX_BODY_BYTES / 2) - 64);
    const { state } = check(body);
    expect(state.error).toMatchObject({ kind: 'malformed', detail: 'nested deeper than 16 levels' });
  });

  it('brackets inside strings do not count', () => {
    const raw = summaryOf('a-all-operational') as { components: { name: string }[] };
    const body = JSON.stringify({ ...raw, page: { name: '['.repeat(5_000) } });
    expect(check(body).state.error).toBeNull();
  });
});

const ids = fc.oneof(fc.constantFrom(AI, 'k8w3r06qmzrp', '0qbwn08sd68x', 'a', 'b'), fc.string({ maxLength: 70 }));
const text = fc.string({ maxLength: 3_000, unit: 'binary' });
const component = fc.record({
  id: ids, name: fc.oneof(fc.constantFrom('claude.ai', 'Claude API'), text), status: fc.constantFrom(...COMPONENT_STATUSES, 'odd'),
  position: fc.integer(), group: fc.boolean(),
});
const update = fc.record({ id: ids, status: fc.constantFrom('investigating', 'resolved', 'x'), body: text, created_at: fc.constant('2026-03-02T12:00:00Z') });
const incident = fc.record({
  id: ids, name: text, status: fc.constantFrom('investigating', 'in_progress', 'resolved'), impact: fc.constantFrom('major', 'critical', 'none'),
  components: fc.array(fc.record({ id: ids }), { maxLength: 100 }), incident_updates: fc.array(update, { maxLength: 60 }),
  shortlink: fc.oneof(text, fc.constant('https://stspg.io/x')), started_at: fc.constant('2026-03-02T11:00:00Z'),
});
const summary = fc.record({
  page: fc.record({ updated_at: fc.constant('2026-03-02T12:00:00Z') }),
  components: fc.array(component, { minLength: 1, maxLength: 60 }),
  incidents: fc.array(incident, { maxLength: 8 }),
  scheduled_maintenances: fc.array(incident, { maxLength: 4 }),
});
/** Repeats the lists (repeated ids), or wraps a field in nesting, up to past the cap. */
const body = fc.tuple(summary, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 40_000 })).map(([s, times, depth]) => {
  const grown = { ...s, components: Array.from({ length: times }, () => s.components).flat(), incidents: Array.from({ length: Math.ceil(times / 20) }, () => s.incidents).flat() };
  const json = JSON.stringify(grown);
  return depth > 20_000 ? `${json.slice(0, -1)},"deep":${'['.repeat(depth - 20_000)}${']'.repeat(depth - 20_000)}}` : json;
});

describe('any answer within the cap', () => {
  it('stores a bounded amount, words a bounded tooltip and banner, draws a bounded icon, never throws', () => {
    fc.assert(fc.property(body, (b) => {
      const { state, title, segments, banner } = check(b.length > MAX_BODY_BYTES ? null : b);
      expect(storedSize(state)).toBeLessThan(STORED_MAX);
      expect(title.length).toBeLessThan(TITLE_MAX);
      expect(segments).toBeLessThanOrEqual(MAX_SURFACES);
      expect(Array.from(banner).length).toBeLessThanOrEqual(140);
    }), { numRuns: 40 });
  });
});
