// The notifier: what to announce after a good check, remembered across worker and browser restarts.
import type { Snapshot, SurfaceState } from '../derive';
import { isOpen } from '../implied-status';
import { isAffected } from '../severity';
import type { Incident } from '../types';
import { trackIncidents } from './incidents';
import { compose, isIncidentNoticeId, line, noticeIdFor, subjectOf } from './notice';
import type { Event, Notice, NotifyContext, NotifyMemory, NotifyPrefs } from './types';

export type { Event, IncidentMemo, Notice, NotifyContext, NotifyMemory, NotifyPrefs, SurfaceMemo } from './types';

export const RATE_WINDOW_MS = 15 * 60_000;
export const RATE_MAX = 4;
/** And at most this many an hour, so a surface that keeps flapping cannot send 16 an hour. */
export const HOURLY_MAX = 5;
const HOUR_MS = 60 * 60_000;
/** A notice the browser may not have shown is shown on a wake within this time, never later (old news). */
export const RESHOW_WITHIN_MS = 10 * 60_000;
const LINKS_KEPT = 20;
const DEFERRED_KEPT = 10;

const linkedTo = (s: SurfaceState, list: readonly Incident[]) => list.filter((i) => i.componentIds.includes(s.componentId));

/** The state found on first run (or after unreadable memory) is the baseline: nothing is announced. */
export function baseline(snapshot: Snapshot, now: number): NotifyMemory {
  return {
    version: 3,
    surfaces: snapshot.surfaces.map((s) => [s.key, { announced: s.status, since: now, pending: null }]),
    incidents: trackIncidents([], snapshot, now).incidents,
    sent: [],
    replaced: [],
    links: [],
    deferred: [],
    outbox: null,
  };
}

function detect(memory: NotifyMemory, snapshot: Snapshot, now: number): { memory: NotifyMemory; events: Event[] } {
  const tracked = trackIncidents(memory.incidents, snapshot, now);
  // A surface back to operational as the incident that marked it ends is said by that end, at once:
  // the page itself resolved it, so no second check is needed, and no second notification is shown.
  const endedKeys = new Set(tracked.events.flatMap((e) => (e.kind === 'resolved' ? e.memo.keys : [])));
  const before = new Map(memory.surfaces);
  const surfaces = new Map(before);
  const events: Event[] = [];
  const open = [...snapshot.incidents, ...snapshot.maintenances];
  for (const s of snapshot.surfaces) {
    const m = before.get(s.key);
    // A surface new to the page is taken as found; an unreadable status is no change.
    if (!m) {
      surfaces.set(s.key, { announced: s.status, since: now, pending: null });
      continue;
    }
    const current = s.status === 'unknown' ? m.announced : s.status;
    if (current === m.announced) {
      surfaces.set(s.key, { ...m, pending: null });
      continue;
    }
    const incident = linkedTo(s, open)[0];
    if (current === 'operational' && endedKeys.has(s.key) && !linkedTo(s, open).some(isOpen)) {
      surfaces.set(s.key, { announced: current, since: now, pending: null });
      continue;
    }
    // A one-check blip is not news: a change counts once two good checks agree, or an incident backs it.
    const confirmed = m.pending === current || (isAffected(current) && incident !== undefined);
    if (confirmed) {
      events.push({ kind: 'surface', surface: s, from: m.announced, to: current, lasted: now - m.since, incident });
      // `since` marks when trouble began, so "recovered after" covers the whole outage, not its last step.
      const stillTrouble = m.announced !== 'operational' && current !== 'operational';
      surfaces.set(s.key, { announced: current, since: stillTrouble ? m.since : now, pending: null });
    } else {
      surfaces.set(s.key, { ...m, pending: current });
    }
  }
  return { memory: { ...memory, surfaces: [...surfaces], incidents: tracked.incidents }, events: [...events, ...tracked.events] };
}

function wanted(e: Event, prefs: NotifyPrefs): boolean {
  const ok = (s: SurfaceState) => (prefs.watched === null || prefs.watched.includes(s.key)) && !prefs.muted.includes(s.key);
  if (e.kind === 'stage') return e.surfaces.some(ok);
  if (e.kind === 'resolved') return prefs.recovery && e.surfaces.some(ok);
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
  const { memory: detected, events } = detect(memory, snapshot, ctx.now);
  // Times in the future (clock set back) are dropped so a clock jump cannot block notifications for long.
  const lastHour = (list: number[]) => list.filter((t) => t <= ctx.now && ctx.now - t < HOUR_MS);
  const sent = lastHour(detected.sent);
  const replaced = lastHour(detected.replaced);
  const recent = sent.filter((t) => ctx.now - t < RATE_WINDOW_MS);
  const shown = events.filter((e) => wanted(e, prefs));
  // A recorded notice stays in the outbox until its showing is confirmed (flushNotice): a check in between
  // must not drop it, or two worker stops in a row lose it for good (#22).
  const quiet = { ...detected, sent, replaced, outbox: memory.outbox };
  // Off, snoozed or quiet: news is dropped, not saved up, so nobody gets a flood when it ends.
  if (!prefs.enabled || quietNow(prefs, ctx, snapshot)) return { memory: { ...quiet, deferred: [], outbox: null }, notice: null };
  if (shown.length === 0 && detected.deferred.length === 0) return { memory: quiet, notice: null };
  // What is said about an incident now, shown or held back for the next summary, makes its end worth saying.
  const next = { ...quiet, incidents: markAnnounced(detected.incidents, shown) };
  const id = noticeIdFor(shown, detected.deferred);
  // Replacing an incident's notification already shown adds no toast: it is free of the 15-minute limit but
  // counts toward the hourly one, so a flapping incident still updates at most HOURLY_MAX times an hour.
  const replacing = isIncidentNoticeId(id) && detected.links.some(([known]) => known === id);
  if ((!replacing && recent.length >= RATE_MAX) || sent.length + replaced.length >= HOURLY_MAX) {
    const deferred = [...detected.deferred, ...shown.map((e) => line(ctx.i18n, e))].slice(-DEFERRED_KEPT);
    return { memory: { ...next, deferred }, notice: null };
  }
  const notice = compose(shown, detected.deferred, ctx);
  const link: [string, string] = [notice.id, notice.url];
  const links = [...detected.links.filter(([known]) => known !== notice.id), link].slice(-LINKS_KEPT);
  const counted = replacing ? { replaced: [...replaced, ctx.now] } : { sent: [...sent, ctx.now] };
  return { memory: { ...next, ...counted, links, deferred: [], outbox: { ...notice, at: ctx.now } }, notice };
}

const markAnnounced = (memos: NotifyMemory['incidents'], shown: readonly Event[]): NotifyMemory['incidents'] => {
  const ids = new Set(shown.map(subjectOf));
  return memos.map(([id, m]) => (ids.has(id) && !m.announced ? [id, { ...m, announced: true }] : [id, m]));
};

/** The notice a wake should (re)show: recorded, maybe never shown, and still recent. */
export function pendingNotice(memory: NotifyMemory | null, now: number): Notice | null {
  const o = memory?.outbox;
  if (!o || o.at > now || now - o.at > RESHOW_WITHIN_MS) return null;
  return { id: o.id, title: o.title, message: o.message, url: o.url };
}

/** Where a click on notification `id` leads, if it is one of ours. */
export const linkFor = (memory: NotifyMemory | null, id: string): string | undefined =>
  memory?.links.find(([known]) => known === id)?.[1];

export { readNotifyMemory } from './read-memory';
