// Times for people, in their own locale and time zone, with the day when it is not today: shared by the
// popup, the notifications and the claude.ai banner.
import type { I18n } from '../core/i18n';
import { agoWords } from '../core/time-words';

export function formatTime(ms: number, now: number, locale: string): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** "11:49 (2 hours ago)": a time and how long ago it was; null without a readable time. */
export function timeAndAgo(i18n: I18n, at: string | number | null, now: number): string | null {
  const ms = typeof at === 'number' ? at : at === null ? NaN : Date.parse(at);
  // Not a time a Date can hold (NaN, or a stored 1e308): no words, rather than a RangeError in the view.
  return Number.isNaN(new Date(ms).getTime()) ? null : i18n.t('timeAndAgo', [formatTime(ms, now, i18n.locale), agoWords(i18n, now - ms)]);
}
