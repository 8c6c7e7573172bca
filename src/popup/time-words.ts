// The popup's freshness words, one message per sentence. Kept in one small call so that it can be
// re-pointed at core's relative-time words (Intl.RelativeTimeFormat, issue 23) without touching the views.
import type { I18n } from '../core/i18n';
import { formatDuration } from '../core/words';
import { timeAndAgo } from '../shared/format-time';

/** Under this, a check is "just now": "Checked 0 sec ago" reads as a glitch. */
export const JUST_NOW_MS = 10_000;

/** "Checked just now." or "Checked 4 min ago." */
export function checkedWords(i18n: I18n, checkedAt: number, now: number): string {
  const ago = now - checkedAt;
  return ago < JUST_NOW_MS ? i18n.t('freshnessJustNow') : i18n.t('freshnessChecked', [formatDuration(ago, i18n.locale)]);
}

/** "Since 12:48 (3 min ago)." as a sentence of its own; empty without a readable time. */
export function sinceWords(i18n: I18n, at: string | number | null, now: number): string {
  const when = timeAndAgo(i18n, at, now);
  return when ? i18n.t('popupSince', [when]) : '';
}

/** "Last known at 12:48 (3 min ago)". */
export function lastKnownWords(i18n: I18n, at: number, now: number): string {
  return i18n.t('lastKnownAt', [timeAndAgo(i18n, at, now) ?? '']);
}
