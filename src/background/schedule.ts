import browser from '../shared/browser';

export const POLL_ALARM = 'poll';

/**
 * Keeps the one alarm at the right period, creating it only when missing or when the period must
 * change. Its first firing lands at a random point of the period so installs do not poll in step.
 */
export async function ensureAlarm(periodInMinutes: number, rephase = false, random: () => number = Math.random): Promise<void> {
  const existing = await browser.alarms.get(POLL_ALARM);
  if (!rephase && existing?.periodInMinutes === periodInMinutes) return;
  // Chrome's alarm floor is 30 s; Firefox's is one minute for packed add-ons.
  const delayInMinutes = Math.max(0.5, random() * periodInMinutes);
  browser.alarms.create(POLL_ALARM, { delayInMinutes, periodInMinutes });
}

/**
 * An alarm this late was missed while the browser was closed or the machine asleep; Chrome fires such
 * alarms at once on start or wake, for every install at the same moment. Those are rescheduled instead.
 */
export const OVERDUE_MS = 60_000;
export const isOverdue = (scheduledTime: number, now: number): boolean => now - scheduledTime > OVERDUE_MS;

/** After a failure: the next try after the backoff delay, then the usual period. */
export function scheduleRetry(delayMs: number, periodInMinutes: number, now: number): void {
  browser.alarms.create(POLL_ALARM, { when: now + delayMs, periodInMinutes });
}

/** After a browser start or wake: the first check after `delayMs`, then the usual period. */
export function scheduleResume(delayMs: number, periodInMinutes: number): void {
  browser.alarms.create(POLL_ALARM, { delayInMinutes: delayMs / 60_000, periodInMinutes });
}
