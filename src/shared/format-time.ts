// Times for people, in their own locale and time zone, with the day when it is not today: shared by the
// popup and the claude.ai banner.
import { formatDuration } from '../core/words';

export function formatTime(ms: number, now: number): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(undefined, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** "11:49 (2 h 3 min)": a time and how long ago it was; null without a readable time. */
export function timeAndAgo(iso: string | null, now: number): string | null {
  const at = iso === null ? NaN : Date.parse(iso);
  return Number.isNaN(at) ? null : `${formatTime(at, now)} (${formatDuration(now - at)})`;
}
