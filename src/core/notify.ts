import type { Snapshot, SurfaceState } from './derive';
import type { I18n } from './i18n';
import { compose, line } from './notice';
import { isAffected } from './severity';
import type { ComponentStatus, Incident } from './types';

/** What the notifier remembers between checks (stored; survives worker and browser restarts). */
export interface NotifyMemory {
  version: 1;
  /** Per surface key: the status last confirmed, since when (for trouble: since it began), and a change awaiting confirmation. */
  surfaces: Record<string, { announced: ComponentStatus; since: number; pending: ComponentStatus | null }>;
  /** Per open incident id: the stage already announced (or silently recorded). */
  incidents: Record<string, string>;
  /** When recent notifications were shown (ms), for the rate limit. */
  sent: number[];
  /** Notification id → the page its click opens; the newest few only. */
  links: Record<string, string>;
  /** Lines held back by the rate limit, folded into the next notification allowed. */
  deferred: string[];
}

export interface NotifyPrefs {
  enabled: boolean;
  recovery: boolean;
  /** Surface keys to watch; null for all. */
  watched: readonly string[] | null;
  /** Surface keys the person muted for notifications. */
  muted: readonly string[];
  snoozeUntil: number | null;
  /** Snoozed until these incidents are no longer open ("until this incident resolves"). */
  snoozeIncidents: readonly string[];
  /** Quiet hours as minutes of the local day; the window may wrap past midnight. */
  quiet: { start: number; end: number } | null;
}

export interface NotifyContext {
  now: number;
  /** Minutes since local midnight at `now` (the glue knows the time zone; the core does not). */
  localMinutes: number;
  origin: string;
  /** Formats a time for people, in their locale and time zone. */
  formatTime: (ms: number) => string;
  /** The words, in the person's language. */
  i18n: I18n;
}

export interface Notice { id: string; title: string; message: string; url: string }

export const RATE_WINDOW_MS = 15 * 60_000;
export const RATE_MAX = 4;
const LINKS_KEPT = 20;
const DEFERRED_KEPT = 10;

export type Event =
  | { kind: 'surface'; surface: SurfaceState; from: ComponentStatus; to: ComponentStatus; lasted: number; incident: Incident | undefined }
  | { kind: 'stage'; incident: Incident; surfaces: SurfaceState[] };

const linkedTo = (s: SurfaceState, list: readonly Incident[]) => list.filter((i) => i.componentIds.includes(s.componentId));

/** The state found on first run (or after unreadable memory) is the baseline: nothing is announced. */
export function baseline(snapshot: Snapshot, now: number): NotifyMemory {
  return {
    version: 1,
    surfaces: Object.fromEntries(snapshot.surfaces.map((s) => [s.key, { announced: s.status, since: now, pending: null }])),
    incidents: Object.fromEntries([...snapshot.incidents, ...snapshot.maintenances].map((i) => [i.id, i.stage])),
    sent: [],
    links: {},
    deferred: [],
  };
}

function detect(memory: NotifyMemory, snapshot: Snapshot, now: number): { memory: NotifyMemory; events: Event[] } {
  const next: NotifyMemory = { ...memory, surfaces: { ...memory.surfaces }, incidents: {} };
  const events: Event[] = [];
  const open = [...snapshot.incidents, ...snapshot.maintenances];
  for (const s of snapshot.surfaces) {
    const m = memory.surfaces[s.key];
    // A surface new to the page is taken as found; an unreadable status is no change.
    if (!m) {
      next.surfaces[s.key] = { announced: s.status, since: now, pending: null };
      continue;
    }
    const current = s.status === 'unknown' ? m.announced : s.status;
    if (current === m.announced) {
      next.surfaces[s.key] = { ...m, pending: null };
      continue;
    }
    const incident = linkedTo(s, open)[0];
    // A one-check blip is not news: a change counts once two good checks agree, or an incident backs it.
    const confirmed = m.pending === current || (isAffected(current) && incident !== undefined);
    if (confirmed) {
      events.push({ kind: 'surface', surface: s, from: m.announced, to: current, lasted: now - m.since, incident });
      // `since` marks when trouble began, so "recovered after" covers the whole outage, not its last step.
      const stillTrouble = m.announced !== 'operational' && current !== 'operational';
      next.surfaces[s.key] = { announced: current, since: stillTrouble ? m.since : now, pending: null };
    } else {
      next.surfaces[s.key] = { ...m, pending: current };
    }
  }
  for (const i of open) {
    const seen = memory.incidents[i.id];
    next.incidents[i.id] = i.stage;
    if (seen !== undefined && seen !== i.stage) {
      events.push({ kind: 'stage', incident: i, surfaces: snapshot.surfaces.filter((s) => i.componentIds.includes(s.componentId)) });
    }
  }
  return { memory: next, events };
}

function wanted(e: Event, prefs: NotifyPrefs): boolean {
  const ok = (s: SurfaceState) => (prefs.watched === null || prefs.watched.includes(s.key)) && !prefs.muted.includes(s.key);
  if (e.kind === 'stage') return e.surfaces.some(ok);
  if (!ok(e.surface)) return false;
  return e.to !== 'operational' || prefs.recovery;
}

function quietNow(prefs: NotifyPrefs, ctx: NotifyContext, snapshot: Snapshot): boolean {
  if (prefs.snoozeUntil !== null && ctx.now < prefs.snoozeUntil) return true;
  if (snapshot.incidents.some((i) => prefs.snoozeIncidents.includes(i.id))) return true;
  const q = prefs.quiet;
  if (!q || q.start === q.end) return false;
  const m = ctx.localMinutes;
  return q.start < q.end ? m >= q.start && m < q.end : m >= q.start || m < q.end;
}

/**
 * One good check through the notifier: what to remember, and at most one notification to show. Call it
 * only with a fresh snapshot: an unknown status never notifies and never changes what is remembered.
 */
export function stepNotifier(
  memory: NotifyMemory | null, snapshot: Snapshot, prefs: NotifyPrefs, ctx: NotifyContext,
): { memory: NotifyMemory; notice: Notice | null } {
  if (!memory) return { memory: baseline(snapshot, ctx.now), notice: null };
  const { memory: next, events } = detect(memory, snapshot, ctx.now);
  // Times in the future (clock set back) are dropped so a clock jump cannot block notifications for long.
  const sent = next.sent.filter((t) => t <= ctx.now && ctx.now - t < RATE_WINDOW_MS);
  const shown = events.filter((e) => wanted(e, prefs));
  // Off, snoozed or quiet: news is dropped, not saved up, so nobody gets a flood when it ends.
  if (!prefs.enabled || quietNow(prefs, ctx, snapshot)) return { memory: { ...next, sent, deferred: [] }, notice: null };
  if (shown.length === 0 && next.deferred.length === 0) return { memory: { ...next, sent }, notice: null };
  if (sent.length >= RATE_MAX) {
    const deferred = [...next.deferred, ...shown.map((e) => line(ctx.i18n, e))].slice(-DEFERRED_KEPT);
    return { memory: { ...next, sent, deferred }, notice: null };
  }
  const notice = compose(shown, next.deferred, ctx);
  const links = Object.fromEntries([...Object.entries(next.links), [notice.id, notice.url]].slice(-LINKS_KEPT));
  return { memory: { ...next, sent: [...sent, ctx.now], links, deferred: [] }, notice };
}

/** Reads stored memory; anything unexpected gives null, which means "take the next check as baseline". */
export function readNotifyMemory(raw: unknown): NotifyMemory | null {
  const m = raw as Partial<NotifyMemory> | null;
  const ok = typeof m === 'object' && m !== null && m.version === 1 && typeof m.surfaces === 'object' && m.surfaces !== null
    && typeof m.incidents === 'object' && m.incidents !== null && Array.isArray(m.sent) && typeof m.links === 'object' && m.links !== null && Array.isArray(m.deferred);
  return ok ? (m as NotifyMemory) : null;
}
