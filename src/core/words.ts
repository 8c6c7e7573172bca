import type { I18n, MessageKey } from './i18n';
import type { UnknownReason } from './source';
import type { ComponentStatus } from './types';

/** Status in words, so colour is never the only signal. */
export const statusWord = (i18n: I18n, status: ComponentStatus): string => i18n.t(`status_${status}`);

const SOURCE_KEYS: Record<UnknownReason, MessageKey> = {
  offline: 'source_offline',
  timeout: 'source_timeout',
  http: 'source_http',
  challenged: 'source_challenged',
  'not-json': 'source_not_json',
  'too-large': 'source_too_large',
  malformed: 'source_malformed',
  'wrong-origin': 'source_wrong_origin',
  redirected: 'source_redirected',
  'no-permission': 'source_no_permission',
  'no-data': 'source_no_data',
  stale: 'source_stale',
};

/** Why the status is unknown, in words. */
export const sourceErrorWord = (i18n: I18n, reason: UnknownReason): string => i18n.t(SOURCE_KEYS[reason]);

type Unit = 'second' | 'minute' | 'hour' | 'day';
const unitFormats = new Map<string, Intl.NumberFormat>();

function unit(locale: string, u: Unit, n: number): string {
  const key = `${locale}|${u}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' });
    unitFormats.set(key, format);
  }
  return format.format(n);
}

/**
 * A duration in at most two units, in the locale's own words ("45 sec", "3 hr 58 min", "2 days 4 hr";
 * "3 Std. 58 Min."; "3 時間 58 分"): compact enough for a tooltip line. Intl.DurationFormat would do
 * this in one call, but Chrome has it only from version 129.
 */
export function formatDuration(ms: number, locale: string): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return unit(locale, 'second', s);
  const m = Math.floor(s / 60);
  if (m < 60) return unit(locale, 'minute', m);
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 === 0 ? unit(locale, 'hour', h) : `${unit(locale, 'hour', h)} ${unit(locale, 'minute', m % 60)}`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? unit(locale, 'day', d) : `${unit(locale, 'day', d)} ${unit(locale, 'hour', h % 24)}`;
}
