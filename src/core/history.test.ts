import { describe, expect, it } from 'vitest';
import { readJson } from '../../test/support/fixtures';
import { stateFor } from '../../test/support/states';
import { metered } from '../../test/support/step-meter';
import { dayKey, EMPTY_HISTORY, readHistory, recordCheck, recordIncidents, recordLead, surfaceDays } from './history';
import { parseIncidentList } from './parse';
import { KNOWN_SURFACES } from './surfaces';

const keyOf = (id: string) => KNOWN_SURFACES.find((k) => k.componentId === id)?.key;
const MAR5 = Date.parse('2026-03-05T12:00:00Z');

describe('history', () => {
  it('places a resolved incident from the page on its days, at its impact, for the surfaces it names', () => {
    const incidents = parseIncidentList(readJson('anthropic/c3-2026-03-02-resolved/incidents.json'));
    if (!incidents) throw new Error('no list');
    const h = recordIncidents(EMPTY_HISTORY, incidents, keyOf, MAR5);
    expect(Object.fromEntries(h.days.find((d) => d.day === '2026-03-02')?.ranks ?? [])).toEqual({ 'claude-ai': 3, console: 3, api: 3, 'claude-code': 3 });
    const ai = surfaceDays(h, 'claude-ai', MAR5, 5);
    expect(ai).toEqual([
      { day: '2026-03-01', rank: null, lead: null }, { day: '2026-03-02', rank: 3, lead: null }, { day: '2026-03-03', rank: 0, lead: null },
      { day: '2026-03-04', rank: 0, lead: null }, { day: '2026-03-05', rank: 0, lead: null },
    ]);
    expect(h.listFetchedAt).toBe(MAR5);
  });

  it("keeps each day's longest lead on claude.ai, inside the kept window, and reads back only sound ones", () => {
    const MIN = 60_000;
    let h = recordLead(EMPTY_HISTORY, MAR5, 14 * MIN, MAR5);
    h = recordLead(h, MAR5 + 3_600_000, 9 * MIN, MAR5 + 3_600_000);
    h = recordLead(h, MAR5 - 40 * 86_400_000, 5 * MIN, MAR5);
    expect(h.leads).toEqual([['2026-03-05', 14 * MIN]]);
    expect(surfaceDays(h, 'claude-ai', MAR5, 1)).toEqual([{ day: '2026-03-05', rank: null, lead: 14 * MIN }]);
    // The lead is what this browser saw of claude.ai: no other surface's row carries it.
    expect(surfaceDays(h, 'api', MAR5, 1)[0]?.lead).toBeNull();
    expect(readHistory(JSON.parse(JSON.stringify(h))).leads).toEqual(h.leads);
    const bad = { ...h, leads: [['x', 1], ['2026-03-04', -5], ['2026-03-03', 7 * 3_600_000], ['2026-03-02', 'long'], null, ['2026-03-01', 3 * MIN]] };
    expect(readHistory(bad).leads).toEqual([['2026-03-01', 3 * MIN]]);
    // A history stored before leads existed reads as having none.
    const { leads: _none, ...older } = h;
    expect(readHistory(older).leads).toEqual([]);
  });

  it('keeps an incident Anthropic unlinked at its resolution, through its updates’ affected components', () => {
    const incidents = parseIncidentList(readJson('anthropic/c3-2026-03-02-resolved/incidents-variant-unlinked-at-resolve.json'));
    if (!incidents) throw new Error('no list');
    const h = recordIncidents(EMPTY_HISTORY, incidents, keyOf, MAR5);
    expect(Object.fromEntries(h.days.find((d) => d.day === '2026-03-02')?.ranks ?? [])).toEqual({ 'claude-ai': 3, console: 3, api: 3, 'claude-code': 3 });
  });

  it('counts an open incident up to today, and the extension’s own checks too', () => {
    const open = stateFor('f-claude-code-degraded-only', MAR5).snapshot;
    if (!open) throw new Error('no snapshot');
    let h = recordIncidents(EMPTY_HISTORY, [{ ...(open.incidents[0] ?? ({} as never)), startedAt: '2026-03-04T20:00:00Z' }], keyOf, MAR5);
    h = recordCheck(h, open, MAR5);
    expect(surfaceDays(h, 'claude-code', MAR5, 2).map((d) => d.rank)).toEqual([2, 2]);
    expect(new Map(h.days.find((d) => d.day === dayKey(MAR5))?.ranks).get('claude-ai')).toBe(0);
  });

  it('forgets days past 30, and knows nothing where nothing was seen', () => {
    const old = recordCheck(EMPTY_HISTORY, stateFor('a-all-operational', MAR5).snapshot ?? ({} as never), MAR5);
    const later = recordCheck(old, stateFor('a-all-operational').snapshot ?? ({} as never), MAR5 + 40 * 86_400_000);
    expect(later.days.map((d) => d.day)).toEqual([dayKey(MAR5 + 40 * 86_400_000)]);
    expect(surfaceDays(EMPTY_HISTORY, 'api', MAR5, 3).map((d) => d.rank)).toEqual([null, null, null]);
  });

  it('reads back only its own shape, element by element', () => {
    expect(readHistory({ version: 1, days: {} })).toBe(EMPTY_HISTORY);
    const stored = { ...EMPTY_HISTORY, days: [{ day: '2026-03-02', ranks: [['api', 3]] }] };
    expect(readHistory(JSON.parse(JSON.stringify(stored))).days).toEqual([{ day: '2026-03-02', ranks: [['api', 3]] }]);
    const corrupt = { ...stored, days: [null, 7, { day: 'x' }, { day: '2026-03-03', ranks: [null, ['api', 99], ['api', 2]] }], coveredFrom: 5, listFetchedAt: 'soon' };
    expect(readHistory(corrupt)).toEqual({ ...EMPTY_HISTORY, days: [{ day: '2026-03-03', ranks: [['api', 2]] }] });
  });

  // Reproduction (#16.1): an open incident dated 1990 or the year 900 used to walk every day since then,
  // copying the day table each day (about 40 s, and minutes for year 900), wedging the worker.
  it.each(['1990-01-01T00:00:00Z', '0900-01-01T00:00:00Z', '-271821-04-20T00:00:00Z'])('walks only the kept window for an incident that began %s', (start) => {
    const open = stateFor('f-claude-code-degraded-only', MAR5).snapshot?.incidents[0];
    if (!open) throw new Error('no incident');
    const many = Array.from({ length: 50 }, (_, n) => ({ ...open, id: `i${n}`, startedAt: start, resolvedAt: null }));
    const { result: h, steps } = metered(() => recordIncidents(EMPTY_HISTORY, many, keyOf, MAR5));
    // Each of the 50 incidents walks the 31 kept days for its surfaces, not the years since it began.
    expect(steps.days).toBeLessThanOrEqual(50 * 31 * open.componentIds.length + 31);
    expect(h.days.length).toBe(31);
    expect(h.coveredFrom).toBe(dayKey(MAR5 - 30 * 86_400_000));
  });

  it('ignores an incident that claims to start in the future', () => {
    const open = stateFor('f-claude-code-degraded-only', MAR5).snapshot?.incidents[0];
    if (!open) throw new Error('no incident');
    const h = recordIncidents(EMPTY_HISTORY, [{ ...open, startedAt: '2999-01-01T00:00:00Z' }], keyOf, MAR5);
    expect(h.days).toEqual([]);
  });

  it('takes the last day dates can name without throwing (found by the fuzz test)', () => {
    const open = stateFor('f-claude-code-degraded-only', MAR5).snapshot?.incidents[0];
    if (!open) throw new Error('no incident');
    const end = 8.64e15;
    const h = recordIncidents(EMPTY_HISTORY, [{ ...open, startedAt: '1990-01-01T00:00:00Z', resolvedAt: null }], keyOf, end);
    expect(h.days.at(-1)?.day).toBe(dayKey(end));
  });
});
