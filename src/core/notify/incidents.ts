// Each open incident's memory and the news it makes on its own: a stage moved forward, or its end. The
// news an incident makes through its surfaces (a new incident marking them) is the surfaces' (notify.ts).
import { cleanText } from '../clean-text';
import type { Snapshot } from '../derive';
import type { Incident } from '../types';
import type { Event, IncidentMemo } from './types';

/** How far along an incident (or a maintenance) is; a stage never goes back in what is announced. */
const STAGE_ORDER: Record<string, number> = {
  investigating: 1, identified: 2, monitoring: 3, resolved: 4, postmortem: 5,
  scheduled: 1, in_progress: 2, verifying: 3, completed: 4,
};
export const stageRank = (stage: string): number => STAGE_ORDER[stage] ?? 0;
/** From this rank on, an incident is over (resolved, postmortem). */
const ENDED = 4;
export const NAME_MAX = 120;
/** Incidents remembered at most; a page lists at most MAX_OPEN (derive.ts), older copies may keep a few more. */
export const MEMOS_KEPT = 40;

const time = (iso: string | null): number | null => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? null : t;
};

/** What is first remembered of an incident: from this check, announced by nobody yet. */
export function firstMemo(i: Incident, snapshot: Snapshot, now: number, maintenance: boolean): IncidentMemo {
  const started = time(i.startedAt);
  return {
    stage: i.stage,
    name: cleanText(i.name, NAME_MAX),
    keys: snapshot.surfaces.filter((s) => i.componentIds.includes(s.componentId)).map((s) => s.key),
    start: started !== null && started <= now ? started : now,
    announced: false,
    maintenance,
    pageAt: time(snapshot.pageUpdatedAt),
    lead: null,
  };
}

function ended(id: string, m: IncidentMemo, snapshot: Snapshot, now: number, resolvedAt: number | null): Event {
  // The page's own resolution time, else its last update (it changed when it dropped the incident), else now:
  // after a night asleep, "now" would stretch the outage over the whole night.
  const page = time(snapshot.pageUpdatedAt);
  const candidates = [resolvedAt, page].filter((t): t is number => t !== null && t >= m.start && t <= now);
  const end = candidates[0] ?? now;
  return { kind: 'resolved', id, memo: m, lasted: Math.max(0, end - m.start), surfaces: snapshot.surfaces.filter((s) => m.keys.includes(s.key)) };
}

/**
 * The incidents after a good check: each listed one's memory brought forward (never its stage back), the
 * stage moves of those already known, and the end of each announced incident that left the list of a page
 * at least as new as the last one listing it, or that the page shows resolved. Only an announced incident
 * ends aloud: one never shown (the baseline, a muted surface) resolves as silently as it began.
 */
export function trackIncidents(
  memos: readonly [string, IncidentMemo][], snapshot: Snapshot, now: number,
): { incidents: [string, IncidentMemo][]; events: Event[] } {
  const seen = new Map(memos);
  const pageAt = time(snapshot.pageUpdatedAt);
  const incidents: [string, IncidentMemo][] = [];
  const events: Event[] = [];
  const listed = new Set<string>();
  const open: [Incident, boolean][] = [...snapshot.incidents.map((i) => [i, false] as [Incident, boolean]), ...snapshot.maintenances.map((i) => [i, true] as [Incident, boolean])];
  for (const [i, maintenance] of open) {
    if (listed.has(i.id)) continue;
    listed.add(i.id);
    const m = seen.get(i.id);
    if (!m) {
      incidents.push([i.id, firstMemo(i, snapshot, now, maintenance)]);
      continue;
    }
    // An older copy of the page, or an incident put back a stage: not news, and the furthest stage is kept.
    const forward = stageRank(i.stage) > stageRank(m.stage);
    const keys = snapshot.surfaces.filter((s) => i.componentIds.includes(s.componentId)).map((s) => s.key);
    const memo: IncidentMemo = {
      ...m, stage: forward ? i.stage : m.stage, name: cleanText(i.name, NAME_MAX) || m.name, keys: keys.length > 0 ? keys : m.keys,
      pageAt: pageAt !== null && (m.pageAt === null || pageAt > m.pageAt) ? pageAt : m.pageAt,
    };
    incidents.push([i.id, memo]);
    if (!forward) continue;
    if (!maintenance && stageRank(i.stage) >= ENDED) {
      if (m.announced && stageRank(m.stage) < ENDED) events.push(ended(i.id, memo, snapshot, now, time(i.resolvedAt)));
    } else {
      events.push({ kind: 'stage', incident: i, surfaces: snapshot.surfaces.filter((s) => i.componentIds.includes(s.componentId)) });
    }
  }
  for (const [id, m] of memos) {
    if (listed.has(id)) continue;
    // A copy of the page older than the last one that listed it open (a cache) ends nothing: kept as it was.
    if (pageAt !== null && m.pageAt !== null && pageAt < m.pageAt) {
      incidents.push([id, m]);
      continue;
    }
    if (!m.maintenance && m.announced && stageRank(m.stage) < ENDED) events.push(ended(id, m, snapshot, now, null));
  }
  return { incidents: incidents.slice(-MEMOS_KEPT), events };
}

/** Records, once, how long this browser was ahead of the page on incident `id` (sensing/lead.ts decides it). */
export const withLead = (memos: readonly [string, IncidentMemo][], id: string, lead: number): [string, IncidentMemo][] =>
  memos.map(([k, m]) => (k === id && m.lead === null ? [k, { ...m, lead }] : [k, m]));
