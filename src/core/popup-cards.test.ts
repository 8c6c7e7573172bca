import { describe, expect, it } from 'vitest';
import { twoIncidentsAndMaintenanceSummary } from '../../test/support/popup-states';
import { summaryOf } from '../../test/support/fixtures';
import { T0 } from '../../test/support/states';
import { parseSummary } from './parse';
import { byImpact, decideCards } from './popup-cards';
import type { Summary } from './types';

function summary(raw: unknown): Summary {
  const r = parseSummary(raw);
  if (!r.ok) throw new Error(r.reason);
  return r.summary;
}

describe('the popup’s incident cards', () => {
  it('puts the critical incident first, though it started before the major one (16 August capture)', () => {
    const s = summary(summaryOf('d-major-outage-multi-component'));
    expect(s.incidents.map((i) => i.impact)).toEqual(['major', 'critical']);
    expect(byImpact(s.incidents).map((i) => i.impact)).toEqual(['critical', 'major']);
  });

  it('marks two open incidents with the same title, so each card can name its start', () => {
    const s = summary(summaryOf('d-major-outage-multi-component'));
    const cards = decideCards(s.incidents, s.maintenances, T0);
    expect(cards.groups.flatMap((g) => g.cards.map((c) => c.sameTitle))).toEqual([true, true]);
  });

  it('two incidents and a maintenance: two incident cards, no empty maintenance heading, one more counted', () => {
    const s = summary(twoIncidentsAndMaintenanceSummary());
    const now = Date.parse('2026-08-29T18:00:00Z');
    const cards = decideCards(s.incidents, s.maintenances, now);
    expect(cards.groups.map((g) => [g.group, g.cards.length])).toEqual([['incidents', 2]]);
    expect(cards.more).toBe(1);
  });

  it('one incident and a maintenance: both drawn, each under its heading', () => {
    const s = summary(twoIncidentsAndMaintenanceSummary());
    const now = Date.parse('2026-08-29T18:00:00Z');
    const cards = decideCards(s.incidents.slice(0, 1), s.maintenances, now);
    expect(cards.groups.map((g) => [g.group, g.cards.length])).toEqual([['incidents', 1], ['maintenance-now', 1]]);
    expect(cards.more).toBe(0);
  });

  it('an upcoming maintenance within a day is shown; one further off, or already over, is not', () => {
    const s = summary(summaryOf('e0-scheduled-maintenance-upcoming'));
    const [m] = s.maintenances;
    if (!m?.scheduledFor) throw new Error('fixture has no upcoming maintenance');
    const starts = Date.parse(m.scheduledFor);
    expect(decideCards([], s.maintenances, starts - 3_600_000).groups.map((g) => g.group)).toEqual(['maintenance-soon']);
    expect(decideCards([], s.maintenances, starts - 3 * 24 * 3_600_000).groups).toEqual([]);
    if (m.scheduledUntil) expect(decideCards([], s.maintenances, Date.parse(m.scheduledUntil) + 1).groups).toEqual([]);
  });
});
