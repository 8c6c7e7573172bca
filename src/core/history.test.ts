import { describe, expect, it } from 'vitest';
import { readJson } from '../../test/support/fixtures';
import { stateFor } from '../../test/support/states';
import { dayKey, EMPTY_HISTORY, readHistory, recordCheck, recordIncidents, surfaceDays } from './history';
import { parseIncidentList } from './parse';
import { KNOWN_SURFACES } from './surfaces';

const keyOf = (id: string) => KNOWN_SURFACES.find((k) => k.componentId === id)?.key;
const MAR5 = Date.parse('2026-03-05T12:00:00Z');

describe('history', () => {
  it('places a resolved incident from the page on its days, at its impact, for the surfaces it names', () => {
    const incidents = parseIncidentList(readJson('anthropic/c3-2026-03-02-resolved/incidents.json'));
    if (!incidents) throw new Error('no list');
    const h = recordIncidents(EMPTY_HISTORY, incidents, keyOf, MAR5);
    expect(h.days['2026-03-02']).toEqual({ 'claude-ai': 3, console: 3, api: 3, 'claude-code': 3 });
    const ai = surfaceDays(h, 'claude-ai', MAR5, 5);
    expect(ai).toEqual([
      { day: '2026-03-01', rank: null }, { day: '2026-03-02', rank: 3 }, { day: '2026-03-03', rank: 0 },
      { day: '2026-03-04', rank: 0 }, { day: '2026-03-05', rank: 0 },
    ]);
    expect(h.listFetchedAt).toBe(MAR5);
  });

  it('counts an open incident up to today, and the extension’s own checks too', () => {
    const open = stateFor('f-claude-code-degraded-only', MAR5).snapshot;
    if (!open) throw new Error('no snapshot');
    let h = recordIncidents(EMPTY_HISTORY, [{ ...(open.incidents[0] ?? ({} as never)), startedAt: '2026-03-04T20:00:00Z' }], keyOf, MAR5);
    h = recordCheck(h, open, MAR5);
    expect(surfaceDays(h, 'claude-code', MAR5, 2).map((d) => d.rank)).toEqual([2, 2]);
    expect(h.days[dayKey(MAR5)]?.['claude-ai']).toBe(0);
  });

  it('forgets days past 30, and knows nothing where nothing was seen', () => {
    const old = recordCheck(EMPTY_HISTORY, stateFor('a-all-operational', MAR5).snapshot ?? ({} as never), MAR5);
    const later = recordCheck(old, stateFor('a-all-operational').snapshot ?? ({} as never), MAR5 + 40 * 86_400_000);
    expect(Object.keys(later.days)).toEqual([dayKey(MAR5 + 40 * 86_400_000)]);
    expect(surfaceDays(EMPTY_HISTORY, 'api', MAR5, 3).map((d) => d.rank)).toEqual([null, null, null]);
  });

  it('reads back only its own shape', () => {
    expect(readHistory({ version: 2 })).toBe(EMPTY_HISTORY);
    expect(readHistory(JSON.parse(JSON.stringify({ ...EMPTY_HISTORY, days: { '2026-03-02': { api: 3 } } }))).days).toEqual({ '2026-03-02': { api: 3 } });
  });
});
