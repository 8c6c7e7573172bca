// The page's language is the language shown (WCAG 3.1.1): a French browser gets the English fallback,
// so its pages declare English and format their times in English.
import { describe, expect, it } from 'vitest';
import { catalogue, type Locale, substitute } from '../../test/support/i18n';
import { agoWords } from '../core/time-words';
import { i18nFrom } from './i18n-from';

/** The browser's i18n as it behaves: the catalogue it picked, whatever its own language is. */
const browserIn = (uiLanguage: string, picked: Locale) => {
  const messages = catalogue(picked);
  return i18nFrom(() => ({ getMessage: (key, subs) => substitute(messages[key]?.message ?? '', subs), getUILanguage: () => uiLanguage }));
};

describe('i18nFrom', () => {
  it.each([
    ['fr', 'en', 'en', 'Checked 5 minutes ago.'],
    ['en-GB', 'en', 'en-GB', 'Checked 5 minutes ago.'],
    ['de-AT', 'de', 'de-AT', 'Zuletzt geprüft: vor 5 Minuten.'],
    ['ja', 'ja', 'ja', '最終確認: 5 分前。'],
  ] as const)('in a %s browser reading %s, declares %s and words times in it', (ui, picked, locale, checked) => {
    const i18n = browserIn(ui, picked);
    expect(i18n.locale).toBe(locale);
    expect(i18n.t('checkedAgo', [agoWords(i18n, 5 * 60_000)])).toBe(checked);
  });
});
