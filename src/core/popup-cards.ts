// Which incident and maintenance cards the popup draws, in what order and under which heading: the worst
// first (a critical incident never sits second behind a newer minor one), at most `limit` cards in all,
// no heading without a card under it, and one count of the rest (#21, defects 5 and 10).
import { incidentModels } from './models';
import type { Impact, Incident } from './types';

const DAY = 24 * 3_600_000;
const IMPACT_RANK: Record<Impact, number> = { none: 0, unknown: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

export type CardGroup = 'incidents' | 'maintenance-now' | 'maintenance-soon';

export interface Card {
  incident: Incident;
  group: CardGroup;
  /** Another open card has the same title: the card names its start time to tell them apart. */
  sameTitle: boolean;
  /** The models an incident names (models.ts); none for a maintenance. */
  models: string[];
}

export interface Cards {
  /** The groups that have at least one card, in order, each with its cards. */
  groups: { group: CardGroup; cards: Card[] }[];
  /** Incidents and maintenances not drawn, counted for "and 2 more on the status page". */
  more: number;
}

const started = (i: Incident): number => Date.parse(i.startedAt ?? i.scheduledFor ?? '') || 0;

/** Worst impact first, then the most recently started. */
export function byImpact(list: readonly Incident[]): Incident[] {
  return [...list].sort((a, b) => IMPACT_RANK[b.impact] - IMPACT_RANK[a.impact] || started(b) - started(a));
}

/** A maintenance to mention as upcoming: it starts within a day and has not already ended. */
function upcoming(m: Incident, now: number): boolean {
  if (m.stage !== 'scheduled' || m.scheduledFor === null) return false;
  const until = m.scheduledUntil === null ? NaN : Date.parse(m.scheduledUntil);
  return Date.parse(m.scheduledFor) - now <= DAY && !(until <= now);
}

export function decideCards(incidents: readonly Incident[], maintenances: readonly Incident[], now: number, limit = 2): Cards {
  const active = maintenances.filter((m) => m.stage === 'in_progress' || m.stage === 'verifying');
  const soon = maintenances.filter((m) => upcoming(m, now))
    .sort((a, b) => Date.parse(a.scheduledFor ?? '') - Date.parse(b.scheduledFor ?? ''));
  const ordered: [CardGroup, Incident[]][] = [['incidents', byImpact(incidents)], ['maintenance-now', byImpact(active)], ['maintenance-soon', soon]];
  const all = ordered.flatMap(([group, list]) => list.map((incident) => ({ group, incident })));
  const titles = new Map<string, number>();
  for (const { incident } of all) titles.set(incident.name.trim(), (titles.get(incident.name.trim()) ?? 0) + 1);
  const shown = all.slice(0, Math.max(0, limit));
  const groups = ordered.map(([group]) => ({
    group,
    cards: shown.filter((c) => c.group === group).map((c) => ({
      ...c, sameTitle: (titles.get(c.incident.name.trim()) ?? 0) > 1, models: c.group === 'incidents' ? incidentModels(c.incident) : [],
    })),
  })).filter((g) => g.cards.length > 0);
  return { groups, more: all.length - shown.length };
}
