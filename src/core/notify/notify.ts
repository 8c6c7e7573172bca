// The notifier: what to announce after a good check, remembered across worker and browser restarts.
import type { Snapshot, SurfaceState } from '../derive';
import { isAffected } from '../severity';
import { type Check, isNumber, isString, listOf, oneOf, orNull, pairOf, shape } from '../checks';
import { COMPONENT_STATUSES, type Incident } from '../types';
import { compose, line } from './notice';
import type { Event, Notice, NotifyContext, NotifyMemory, NotifyPrefs, SurfaceMemo } from './types';

export type { Event, Notice, NotifyContext, NotifyMemory, NotifyPrefs, SurfaceMemo } from './types';

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
    version: 2,
    surfaces: snapshot.surfaces.map((s) => [s.key, { announced: s.status, since: now, pending: null }]),
    incidents: [...snapshot.incidents, ...snapshot.maintenances].map((i) => [i.id, i.stage]),
    sent: [],
    links: [],
    deferred: [],
    outbox: null,
  };
}

/** How far along an incident (or a maintenance) is; a stage never goes back in what is announced. */
const STAGE_ORDER: Record<string, number> = {
  investigating: 1, identified: 2, monitoring: 3, resolved: 4, postmortem: 5,
  scheduled: 1, in_progress: 2, verifying: 3, completed: 4,
};
const stageRank = (stage: string): number => STAGE_ORDER[stage] ?? 0;

function detect(memory: NotifyMemory, snapshot: Snapshot, now: number): { memory: NotifyMemory; events: Event[] } {
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
  const seenStages = new Map(memory.incidents);
  const incidents: [string, string][] = [];
  for (const i of open) {
    const seen = seenStages.get(i.id);
    // An older copy of the page, or an incident put back a stage: not news, and the furthest stage is kept.
    const forward = seen === undefined || stageRank(i.stage) > stageRank(seen);
    incidents.push([i.id, forward ? i.stage : seen]);
    if (seen !== undefined && forward && seen !== i.stage) {
      events.push({ kind: 'stage', incident: i, surfaces: snapshot.surfaces.filter((s) => i.componentIds.includes(s.componentId)) });
    }
  }
  return { memory: { ...memory, surfaces: [...surfaces], incidents }, events };
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
  const sent = next.sent.filter((t) => t <= ctx.now && ctx.now - t < HOUR_MS);
  const recent = sent.filter((t) => ctx.now - t < RATE_WINDOW_MS);
  const shown = events.filter((e) => wanted(e, prefs));
  // A recorded notice stays in the outbox until its showing is confirmed (flushNotice): a check in between
  // must not drop it, or two worker stops in a row lose it for good (#22).
  const quiet = { ...next, sent, outbox: memory.outbox };
  // Off, snoozed or quiet: news is dropped, not saved up, so nobody gets a flood when it ends.
  if (!prefs.enabled || quietNow(prefs, ctx, snapshot)) return { memory: { ...quiet, deferred: [], outbox: null }, notice: null };
  if (shown.length === 0 && next.deferred.length === 0) return { memory: quiet, notice: null };
  if (recent.length >= RATE_MAX || sent.length >= HOURLY_MAX) {
    const deferred = [...next.deferred, ...shown.map((e) => line(ctx.i18n, e))].slice(-DEFERRED_KEPT);
    return { memory: { ...quiet, deferred }, notice: null };
  }
  const notice = compose(shown, next.deferred, ctx);
  const link: [string, string] = [notice.id, notice.url];
  const links = [...next.links.filter(([id]) => id !== notice.id), link].slice(-LINKS_KEPT);
  return { memory: { ...next, sent: [...sent, ctx.now], links, deferred: [], outbox: { ...notice, at: ctx.now } }, notice };
}

/** The notice a wake should (re)show: recorded, maybe never shown, and still recent. */
export function pendingNotice(memory: NotifyMemory | null, now: number): Notice | null {
  const o = memory?.outbox;
  if (!o || o.at > now || now - o.at > RESHOW_WITHIN_MS) return null;
  return { id: o.id, title: o.title, message: o.message, url: o.url };
}

/** Where a click on notification `id` leads, if it is one of ours. */
export const linkFor = (memory: NotifyMemory | null, id: string): string | undefined =>
  memory?.links.find(([known]) => known === id)?.[1];

const isStatus = oneOf([...COMPONENT_STATUSES, 'unknown']);
const isMemo = shape({ announced: isStatus, since: isNumber, pending: orNull(isStatus) } satisfies Record<keyof SurfaceMemo, Check>);
const isOutbox = orNull(shape({ id: isString, title: isString, message: isString, url: isString, at: isNumber }));

/** Reads stored memory element by element; anything unexpected gives null: "take the next check as baseline". */
export function readNotifyMemory(raw: unknown): NotifyMemory | null {
  const m = raw as Partial<Record<keyof NotifyMemory, unknown>> | null;
  const ok = typeof m === 'object' && m !== null && m.version === 2 && listOf(pairOf(isMemo))(m.surfaces)
    && listOf(pairOf(isString))(m.incidents) && listOf(isNumber)(m.sent) && listOf(pairOf(isString))(m.links)
    && listOf(isString)(m.deferred) && isOutbox(m.outbox ?? null);
  return ok ? ({ ...(m as NotifyMemory), outbox: (m.outbox ?? null) as NotifyMemory['outbox'] }) : null;
}
