// How long ago, in the words of the language shown ("5 minutes ago", "vor 5 Minuten", "5 分前"), through
// Intl.RelativeTimeFormat (in every supported browser: Chrome 71, Firefox 65), so word order and plurals
// are the locale's own rather than a "$1 ago" template's; and "just now" for a moment ago, where the
// template said "0 sec ago".
import type { I18n } from './i18n';

/** Under this, "just now": a check a few seconds old is as fresh as one can be. */
export const JUST_NOW_MS = 5_000;

const formats = new Map<string, Intl.RelativeTimeFormat>();

function relative(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    // 'always': "1 day ago", never "yesterday", which would name a calendar day the count does not mean.
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' });
    formats.set(locale, format);
  }
  return format;
}

/** `elapsedMs` ago in words, in the largest whole unit (seconds, minutes, hours or days). */
export function agoWords(i18n: I18n, elapsedMs: number): string {
  const s = Math.floor(Math.max(0, elapsedMs) / 1000);
  if (elapsedMs < JUST_NOW_MS) return i18n.t('justNow');
  const format = relative(i18n.locale);
  if (s < 60) return format.format(-s, 'second');
  const m = Math.floor(s / 60);
  if (m < 60) return format.format(-m, 'minute');
  const h = Math.floor(m / 60);
  return h < 24 ? format.format(-h, 'hour') : format.format(-Math.floor(h / 24), 'day');
}

/**
 * The locale to format in and to declare as the page's `lang`: the language shown. The browser's own
 * language where the catalogue is in it (en-GB keeps its 24-hour clock), else the catalogue's (a French
 * browser reads the English fallback, so its times and its `lang` are English: WCAG 3.1.1).
 */
export function shownLocale(uiLanguage: string, catalogueLanguage: string): string {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary(uiLanguage) === primary(catalogueLanguage) ? uiLanguage.replace('_', '-') : catalogueLanguage;
}
