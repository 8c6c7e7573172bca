// The popup's freshness words, one message per sentence, over core's relative-time words
// (core/time-words.ts: "just now" under a few seconds, else Intl.RelativeTimeFormat).
import type { I18n } from '../core/i18n';
import { agoWords } from '../core/time-words';
import { timeAndAgo } from '../shared/format-time';

/** "Checked just now" or "Checked 4 minutes ago". */
export const checkedWords = (i18n: I18n, checkedAt: number, now: number): string => i18n.t('freshnessChecked', [agoWords(i18n, now - checkedAt)]);

/** "Since 12:48 (3 minutes ago)." as a sentence of its own; empty without a readable time. */
export function sinceWords(i18n: I18n, at: string | number | null, now: number): string {
  const when = timeAndAgo(i18n, at, now);
  return when ? i18n.t('sinceSentence', [when]) : '';
}

/** "Last known at 12:48 (3 minutes ago)". */
export function lastKnownWords(i18n: I18n, at: number, now: number): string {
  return i18n.t('lastKnownAt', [timeAndAgo(i18n, at, now) ?? '']);
}
