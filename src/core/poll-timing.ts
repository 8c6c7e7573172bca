// When the poll alarm may fire: the one place that says how close two checks may come.
//
// Ordinary checks (the alarm, a retry after a failure, a catch-up after a start or a wake, the check soon
// after the network returns) are never less than MIN_POLL_GAP_MS after the last one. Only two kinds of
// check come faster, both bounded elsewhere: a person's Refresh (one per click, and a click during a check
// shares it), and the local signal's confirming check (at most one per CONFIRM_EVERY_MS, a minute, and
// only while claude.ai's own requests fail across its requests: sensing/local-signal.ts).
import { RETRY_AFTER_CAP_MS } from './polling';

export const MIN_POLL_GAP_MS = 60_000;
/** A check "soon" lands this long from now, plus up to SOON_SPAN_MS of jitter, so installs are not in step. */
export const SOON_MIN_MS = 30_000;
export const SOON_SPAN_MS = 30_000;
/** Browsers fire an alarm a little late or round its time; this much off is still the same moment. */
const SLACK_MS = 2_000;

export interface AlarmTime {
  scheduledTime: number;
  periodInMinutes?: number;
}

/**
 * The earliest an ordinary check may run after the last one at `lastCheckAt`. A last check "in the future"
 * was timed by a clock that has since been set back: it says nothing about now.
 */
export const earliestPoll = (lastCheckAt: number | null, now: number): number =>
  lastCheckAt !== null && lastCheckAt <= now ? Math.max(now, lastCheckAt + MIN_POLL_GAP_MS) : now;

/**
 * Whether an existing alarm can stay as it is: the right period, not before the gap, and not further
 * ahead than it could have been set. An alarm further ahead was set on a clock that has since gone back
 * (#22: set back 48 h, no check for two days); only a retry (failures > 0) may be as far ahead as a
 * server's Retry-After allows.
 */
export function alarmFits(alarm: AlarmTime | undefined, periodMinutes: number, failures: number, lastCheckAt: number | null, now: number): boolean {
  if (!alarm || alarm.periodInMinutes !== periodMinutes) return false;
  const lead = alarm.scheduledTime - now;
  const most = failures > 0 ? Math.max(RETRY_AFTER_CAP_MS, periodMinutes * 60_000) : periodMinutes * 60_000;
  return lead <= most + SLACK_MS && alarm.scheduledTime + SLACK_MS >= earliestPoll(lastCheckAt, now);
}

/** A first alarm at a random point of the period, never before the gap since the last check. */
export const phasedAt = (periodMinutes: number, lastCheckAt: number | null, now: number, random: () => number): number =>
  Math.max(earliestPoll(lastCheckAt, now), now + Math.floor(random() * periodMinutes * 60_000));

/** A check soon (back online, or claude.ai in use while the data is old): jittered, never before the gap. */
export const soonAt = (lastCheckAt: number | null, now: number, random: () => number): number =>
  Math.max(earliestPoll(lastCheckAt, now), now + SOON_MIN_MS + Math.floor(random() * SOON_SPAN_MS));
