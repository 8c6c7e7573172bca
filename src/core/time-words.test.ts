import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../test/support/i18n';
import { agoWords, JUST_NOW_MS, shownLocale } from './time-words';

const S = 1000;
const M = 60 * S;
const H = 60 * M;

describe('agoWords', () => {
  it.each([
    ['en', [0, 4 * S, 30 * S, 1 * M, 5 * M, 1 * H, 3 * H + 58 * M, 26 * H], ['just now', 'just now', '30 seconds ago', '1 minute ago', '5 minutes ago', '1 hour ago', '3 hours ago', '1 day ago']],
    ['de', [0, 30 * S, 1 * M, 5 * M, 1 * H, 50 * H], ['gerade eben', 'vor 30 Sekunden', 'vor 1 Minute', 'vor 5 Minuten', 'vor 1 Stunde', 'vor 2 Tagen']],
    ['ja', [0, 30 * S, 5 * M, 3 * H, 50 * H], ['たった今', '30 秒前', '5 分前', '3 時間前', '2 日前']],
  ] as const)('words how long ago in %s, with the locale’s own plurals', (locale, ms, words) => {
    const i18n = i18nFor(locale);
    expect(ms.map((m) => agoWords(i18n, m))).toEqual(words);
  });

  it('says "just now" for a check under a few seconds old, never "0 seconds ago"', () => {
    const en = i18nFor('en');
    expect(agoWords(en, JUST_NOW_MS - 1)).toBe('just now');
    expect(agoWords(en, JUST_NOW_MS)).toBe('5 seconds ago');
    expect(agoWords(en, -3 * S)).toBe('just now');
  });

  it('fits the catalogue’s sentences in every language', () => {
    expect(i18nFor('en').t('checkedAgo', [agoWords(i18nFor('en'), 0)])).toBe('Checked just now.');
    expect(i18nFor('de').t('checkedAgo', [agoWords(i18nFor('de'), 5 * M)])).toBe('Zuletzt geprüft: vor 5 Minuten.');
    expect(i18nFor('ja').t('checkedAgo', [agoWords(i18nFor('ja'), 5 * M)])).toBe('最終確認: 5 分前。');
    expect(i18nFor('en').t('timeAndAgo', ['11:49', agoWords(i18nFor('en'), 2 * H)])).toBe('11:49 (2 hours ago)');
  });
});

describe('shownLocale', () => {
  it.each([
    ['fr', 'en', 'en'],
    ['fr-CA', 'en', 'en'],
    ['en-GB', 'en', 'en-GB'],
    ['de_AT', 'de', 'de-AT'],
    ['ja', 'ja', 'ja'],
    ['pt-BR', 'en', 'en'],
  ])('a browser in %s reading the %s catalogue formats and declares %s', (ui, catalogue, shown) => {
    expect(shownLocale(ui, catalogue)).toBe(shown);
  });
});
