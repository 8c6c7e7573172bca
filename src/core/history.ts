// Each surface's worst status per day, from the extension's own checks and the page's incident list.
import { isNumber } from './checks';
import type { Snapshot } from './derive';
import { LEAD_MAX_MS } from './sensing/lead';
import { rankOf } from './severity';
import { CLAUDE_AI } from './surfaces';
import type { Impact, Incident } from './types';

/** One UTC day (YYYY-MM-DD) and each surface's worst rank seen that day (severity.ts ranks). */
export interface HistoryDay {
  day: string;
  /** [surface key, rank] pairs: a list, not an object, because keys come from the network (`component:<id>`). */
  ranks: [string, number][];
}

export interface History {
  version: 2;
  /** Oldest first, at most HISTORY_KEPT_DAYS + 1 days. */
  days: HistoryDay[];
  /** From this day on, the page's incident list covers every day: a day without entries was fine. */
  coveredFrom: string | null;
  /** When incidents.json was last read (ms); it is read at most once a day. */
  listFetchedAt: number | null;
  /**
   * [day, ms]: by how much this browser saw claude.ai failing before the status page did, that day (the
   * longest lead, sensing/lead.ts). Added within version 2: a history stored without it reads as none.
   */
  leads: [string, number][];
}

export const EMPTY_HISTORY: History = { version: 2, days: [], coveredFrom: null, listFetchedAt: null, leads: [] };
export const HISTORY_KEPT_DAYS = 30;
export const HISTORY_SHOWN_DAYS = 14;
export const LIST_EVERY_MS = 24 * 3_600_000;
const DAY = 24 * 3_600_000;
const MAX_RANK = 4;

const IMPACT_RANK: Record<Impact, number> = { none: 0, unknown: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

export const dayKey = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

type DayTable = Map<string, Map<string, number>>;

const toTable = (h: History): DayTable => new Map(h.days.map((d) => [d.day, new Map(d.ranks)]));

/** Back to the stored shape, keeping only the days inside the window ending today. */
function fromTable(table: DayTable, now: number): History['days'] {
  const oldest = dayKey(now - HISTORY_KEPT_DAYS * DAY);
  const today = dayKey(now);
  return [...table].filter(([d]) => d >= oldest && d <= today).sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, ranks]) => ({ day, ranks: [...ranks] }));
}

function raise(table: DayTable, day: string, key: string, rank: number): void {
  let ranks = table.get(day);
  if (!ranks) {
    ranks = new Map();
    table.set(day, ranks);
  }
  ranks.set(key, Math.max(ranks.get(key) ?? 0, rank));
}

/** A good check: each surface's status counts toward today's worst. */
export function recordCheck(h: History, snapshot: Snapshot, now: number): History {
  const table = toTable(h);
  for (const s of snapshot.surfaces) raise(table, dayKey(now), s.key, rankOf(s.status));
  return { ...h, days: fromTable(table, now) };
}

/**
 * The page's recent incidents: each counts, at its impact, on every day from its start to its resolution
 * (or today), for the surfaces it names. `keyOf` maps component ids to surface keys. Only the kept window
 * is walked, so an incident that claims to have begun in the year 900 costs no more than one from last
 * week (a start before the window is the window's first day; one in the future is ignored).
 */
export function recordIncidents(h: History, incidents: Incident[], keyOf: (componentId: string) => string | undefined, now: number): History {
  const table = toTable(h);
  const windowStart = Date.parse(`${dayKey(now - HISTORY_KEPT_DAYS * DAY)}T00:00:00Z`);
  let oldest: number | null = null;
  for (const i of incidents) {
    const start = i.startedAt ? Date.parse(i.startedAt) : NaN;
    if (Number.isNaN(start) || start > now) continue;
    oldest = oldest === null ? start : Math.min(oldest, start);
    const resolved = i.resolvedAt ? Date.parse(i.resolvedAt) : NaN;
    const end = Number.isNaN(resolved) ? now : Math.min(now, resolved);
    if (end < windowStart) continue;
    const keys = [...new Set(i.componentIds.map(keyOf).filter((k): k is string => k !== undefined))];
    if (keys.length === 0) continue;
    // Whole days, counted as numbers: stepping a time past `end` could leave the range of dates (the
    // fuzz test's clock at the last representable day) and make dayKey throw.
    for (let day = Math.floor(Math.max(start, windowStart) / DAY); day <= Math.floor(end / DAY); day += 1) {
      for (const key of keys) raise(table, dayKey(day * DAY), key, IMPACT_RANK[i.impact]);
    }
  }
  const covered = oldest === null ? now - HISTORY_KEPT_DAYS * DAY : Math.max(oldest, windowStart);
  return { ...h, days: fromTable(table, now), coveredFrom: dayKey(covered), listFetchedAt: now };
}

/** Records a lead on claude.ai for the day `at` falls on, keeping that day's longest and only the kept window. */
export function recordLead(h: History, at: number, ms: number, now: number): History {
  const day = dayKey(at);
  const oldest = dayKey(now - HISTORY_KEPT_DAYS * DAY);
  const kept = h.leads.filter(([d]) => d !== day && d >= oldest);
  if (day < oldest) return { ...h, leads: kept };
  const longest = Math.max(ms, ...h.leads.filter(([d]) => d === day).map(([, v]) => v));
  return { ...h, leads: [...kept, [day, longest] as [string, number]].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

/**
 * The last `n` days for one surface, oldest first: a rank, or null where nothing is known; and for
 * claude.ai, by how much this browser was ahead of the status page that day (null: it was not).
 */
export function surfaceDays(h: History, key: string, now: number, n = HISTORY_SHOWN_DAYS): { day: string; rank: number | null; lead: number | null }[] {
  const table = toTable(h);
  const leads = new Map(key === CLAUDE_AI ? h.leads : []);
  return Array.from({ length: n }, (_, i) => {
    const day = dayKey(now - (n - 1 - i) * DAY);
    const ranks = table.get(day);
    const known = ranks?.get(key);
    const covered = h.coveredFrom !== null && day >= h.coveredFrom;
    return { day, rank: known ?? (covered || ranks !== undefined ? 0 : null), lead: leads.get(day) ?? null };
  });
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const isRank = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_RANK;

/** Reads the stored history element by element: a bad day or pair is dropped, anything else unexpected is empty. */
export function readHistory(raw: unknown): History {
  const h = raw as Partial<Record<keyof History, unknown>> | null;
  if (typeof h !== 'object' || h === null || h.version !== 2 || !Array.isArray(h.days)) return EMPTY_HISTORY;
  const days: HistoryDay[] = [];
  for (const d of h.days.slice(-(HISTORY_KEPT_DAYS + 1)) as unknown[]) {
    const { day, ranks } = (typeof d === 'object' && d !== null ? d : {}) as { day?: unknown; ranks?: unknown };
    if (typeof day !== 'string' || !DAY_KEY.test(day) || !Array.isArray(ranks)) continue;
    const pairs = (ranks as unknown[]).filter((p): p is [string, number] => Array.isArray(p) && p.length === 2
      && typeof p[0] === 'string' && isRank(p[1])).slice(0, 256);
    days.push({ day, ranks: pairs });
  }
  return {
    version: 2,
    days,
    coveredFrom: typeof h.coveredFrom === 'string' && DAY_KEY.test(h.coveredFrom) ? h.coveredFrom : null,
    listFetchedAt: isNumber(h.listFetchedAt) ? h.listFetchedAt : null,
    leads: (Array.isArray(h.leads) ? h.leads as unknown[] : []).filter((p): p is [string, number] => Array.isArray(p) && p.length === 2
      && typeof p[0] === 'string' && DAY_KEY.test(p[0]) && isNumber(p[1]) && p[1] > 0 && p[1] <= LEAD_MAX_MS).slice(-(HISTORY_KEPT_DAYS + 1)),
  };
}
