// Each surface's worst status per day, from the extension's own checks and the page's incident list.
import type { Snapshot } from './derive';
import { rankOf } from './severity';
import type { Impact, Incident } from './types';

/** Days (UTC, YYYY-MM-DD) → surface key → worst rank seen that day (severity.ts ranks). */
export interface History {
  version: 1;
  days: Record<string, Record<string, number>>;
  /** From this day on, the page's incident list covers every day: a day without entries was fine. */
  coveredFrom: string | null;
  /** When incidents.json was last read (ms); it is read at most once a day. */
  listFetchedAt: number | null;
}

export const EMPTY_HISTORY: History = { version: 1, days: {}, coveredFrom: null, listFetchedAt: null };
export const HISTORY_KEPT_DAYS = 30;
export const HISTORY_SHOWN_DAYS = 14;
export const LIST_EVERY_MS = 24 * 3_600_000;
const DAY = 24 * 3_600_000;

const IMPACT_RANK: Record<Impact, number> = { none: 0, unknown: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

export const dayKey = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function raise(h: History, day: string, key: string, rank: number): History['days'] {
  const today = h.days[day] ?? {};
  return { ...h.days, [day]: { ...today, [key]: Math.max(today[key] ?? 0, rank) } };
}

function prune(days: History['days'], now: number): History['days'] {
  const oldest = dayKey(now - HISTORY_KEPT_DAYS * DAY);
  return Object.fromEntries(Object.entries(days).filter(([d]) => d >= oldest));
}

/** A good check: each surface's status counts toward today's worst. */
export function recordCheck(h: History, snapshot: Snapshot, now: number): History {
  let next = h;
  for (const s of snapshot.surfaces) next = { ...next, days: raise(next, dayKey(now), s.key, rankOf(s.status)) };
  return { ...next, days: prune(next.days, now) };
}

/**
 * The page's recent incidents: each counts, at its impact, on every day from its start to its resolution
 * (or today), for the surfaces it names. `keyOf` maps component ids to surface keys.
 */
export function recordIncidents(h: History, incidents: Incident[], keyOf: (componentId: string) => string | undefined, now: number): History {
  let days = h.days;
  let oldest: number | null = null;
  for (const i of incidents) {
    const start = i.startedAt ? Date.parse(i.startedAt) : NaN;
    if (Number.isNaN(start)) continue;
    oldest = oldest === null ? start : Math.min(oldest, start);
    const end = Math.min(now, i.resolvedAt ? Date.parse(i.resolvedAt) : now);
    for (let t = start; dayKey(t) <= dayKey(end); t += DAY) {
      for (const id of i.componentIds) {
        const key = keyOf(id);
        if (key) days = raise({ ...h, days }, dayKey(t), key, IMPACT_RANK[i.impact]);
      }
    }
  }
  return { ...h, days: prune(days, now), coveredFrom: oldest === null ? dayKey(now - HISTORY_KEPT_DAYS * DAY) : dayKey(oldest), listFetchedAt: now };
}

/** The last `n` days for one surface, oldest first: a rank, or null where nothing is known. */
export function surfaceDays(h: History, key: string, now: number, n = HISTORY_SHOWN_DAYS): { day: string; rank: number | null }[] {
  return Array.from({ length: n }, (_, i) => {
    const day = dayKey(now - (n - 1 - i) * DAY);
    const known = h.days[day]?.[key];
    const covered = h.coveredFrom !== null && day >= h.coveredFrom;
    return { day, rank: known ?? (covered || h.days[day] !== undefined ? 0 : null) };
  });
}

export function readHistory(raw: unknown): History {
  const h = raw as Partial<History> | null;
  const ok = typeof h === 'object' && h !== null && h.version === 1 && typeof h.days === 'object' && h.days !== null;
  return ok ? { ...EMPTY_HISTORY, ...(h as History) } : EMPTY_HISTORY;
}
