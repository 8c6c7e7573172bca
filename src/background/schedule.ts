import { alarmFits, phasedAt, soonAt } from '../core/poll-timing';
import { cadenceMinutes, CATCH_UP_MAX_MS, type PollMeta, resumeDelayMs } from '../core/polling';
import { freshnessOf, type StatusState } from '../core/source';
import browser from '../shared/browser';

export const POLL_ALARM = 'poll';

/**
 * Keeps the one alarm at the right period: an alarm that fits (poll-timing.ts) keeps its moment, so a
 * browser start or a wake does not move every install's phase; otherwise it is created at a random
 * point of the period (installs do not poll in step), never sooner than the gap after `lastCheckAt`.
 */
export async function ensureAlarm(
  periodInMinutes: number, rephase = false, lastCheckAt: number | null = Date.now(), failures = 0, random: () => number = Math.random,
): Promise<void> {
  const now = Date.now();
  const existing = await browser.alarms.get(POLL_ALARM);
  if (!rephase && alarmFits(existing, periodInMinutes, failures, lastCheckAt, now)) return;
  browser.alarms.create(POLL_ALARM, { when: phasedAt(periodInMinutes, lastCheckAt, now, random), periodInMinutes });
}

/**
 * An alarm this late was missed while the browser was closed or the machine asleep; Chrome fires such
 * alarms at once on start or wake, for every install at the same moment. Those are rescheduled instead.
 */
export const OVERDUE_MS = 60_000;
export const isOverdue = (scheduledTime: number, now: number): boolean => now - scheduledTime > OVERDUE_MS;

/** After a failure: the next try after the backoff delay (never under the gap), then the usual period. */
export function scheduleRetry(delayMs: number, periodInMinutes: number, now: number): void {
  browser.alarms.create(POLL_ALARM, { when: now + delayMs, periodInMinutes });
}

/**
 * After a browser start, an install, an update or any wake: fresh data keeps an alarm that fits (its
 * phase); stale data, or an alarm that does not fit (missing, or set on a clock since set back), gets a
 * catch-up check at a random moment soon, never before the gap after the last check.
 */
export async function resumeAlarm(state: StatusState, meta: PollMeta, now: number, random: () => number = Math.random): Promise<void> {
  const period = cadenceMinutes(state, meta, now);
  const fresh = freshnessOf(state, now).fresh;
  const existing = await browser.alarms.get(POLL_ALARM);
  // A catch-up already due within its window stays: wakes in a row must not keep pushing it later.
  const fits = alarmFits(existing, period, meta.failures, state.checkedAt, now);
  if (fits && (fresh || (existing?.scheduledTime ?? Infinity) <= now + CATCH_UP_MAX_MS)) return;
  const { delayMs } = resumeDelayMs(fresh, period, random);
  browser.alarms.create(POLL_ALARM, { when: Math.max(phasedAt(0, state.checkedAt, now, random), now + delayMs), periodInMinutes: period });
}

/** Whether the alarm as it stands fits what is stored (poll-timing.ts). */
export async function alarmFitsNow(state: StatusState, meta: PollMeta, now: number): Promise<boolean> {
  return alarmFits(await browser.alarms.get(POLL_ALARM), cadenceMinutes(state, meta, now), meta.failures, state.checkedAt, now);
}

/**
 * The network is back, or claude.ai came into use while what we know is old: one check soon (jittered),
 * unless one is already due sooner. Fresh data needs none.
 */
export async function checkSoon(state: StatusState, meta: PollMeta, now: number, random: () => number = Math.random): Promise<void> {
  if (freshnessOf(state, now).fresh) return;
  const existing = await browser.alarms.get(POLL_ALARM);
  // Once: an alarm already due within the "soon" window stays where it is.
  if (existing && existing.scheduledTime >= now && existing.scheduledTime <= soonAt(state.checkedAt, now, () => 1)) return;
  const at = soonAt(state.checkedAt, now, random);
  browser.alarms.create(POLL_ALARM, { when: at, periodInMinutes: cadenceMinutes(state, meta, now) });
}
