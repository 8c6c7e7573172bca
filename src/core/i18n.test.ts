// The catalogues in public/_locales: every language has every message, with the same substitutions.
import { describe, expect, it } from 'vitest';
import { catalogue, EN, i18nFor, LOCALES } from '../../test/support/i18n';
import { stateFor, T0 } from '../../test/support/states';
import { decideBadge } from './badge';
import { incidentTitle } from './stage-words';
import type { Incident } from './types';
import { formatDuration } from './words';

const en = catalogue('en');
const placeholders = (message: string): string[] => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('catalogues', () => {
  it.each(LOCALES)('%s has exactly the English messages, none empty, with the same $1..$9', (locale) => {
    const c = catalogue(locale);
    expect(Object.keys(c).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(c)) {
      expect(message.trim(), `${locale}.${key}`).not.toBe('');
      expect(placeholders(message), `${locale}.${key}`).toEqual(placeholders(en[key]?.message ?? ''));
    }
  });

  it.each(LOCALES)('%s names the extension as stores accept a third party: "… for Claude", never starting with Claude', (locale) => {
    const { extName, extShortName } = catalogue(locale);
    expect(extName?.message).not.toMatch(/^claude/i);
    expect(extName?.message).toMatch(/Claude/);
    expect(extShortName?.message).not.toMatch(/^claude/i);
    // Firefox's add-on name limit is the shorter of the two stores'.
    expect(Array.from(extName?.message ?? '').length).toBeLessThanOrEqual(45);
  });

  it('uses only names browsers accept', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('translates what people read: German and Japanese are not English', () => {
    for (const locale of ['de', 'ja'] as const) {
      const c = catalogue(locale);
      const same = Object.keys(en).filter((k) => c[k]?.message === en[k]?.message && /[a-z]{4}/.test(en[k]?.message ?? ''));
      // Only the product name, punctuation-only formats and words German shares ("Details") may stay as they are.
      expect(same.filter((k) => !['extName', 'extShortName', 'surfaceLine', 'tooltipWorst', 'bannerMore'].includes(k)), locale).toEqual([]);
    }
  });
});

describe('formatDuration', () => {
  it.each([
    ['en', 45_000, '45 sec'], ['en', 12 * 60_000, '12 min'], ['en', 238 * 60_000, '3 hr 58 min'], ['en', 52 * 3_600_000, '2 days 4 hr'],
    ['de', 238 * 60_000, '3 Std. 58 Min.'], ['ja', 238 * 60_000, '3 時間 58 分'], ['en', -5, '0 sec'],
  ])('%s: %i ms is "%s"', (locale, ms, text) => expect(formatDuration(ms, locale)).toBe(text));
});

describe('the tooltip in each language', () => {
  it.each([
    ['de', 'claude.ai ist für alle gestört: die Statusseite meldet es', 'claude.ai: Teilweiser Ausfall seit'],
    ['ja', 'claude.ai は全員に対して障害中です（ステータスページが報告）', 'claude.ai: 部分的な障害（'],
  ] as const)('%s', (locale, head, line) => {
    const title = decideBadge(stateFor('b1-2026-03-02-investigating', T0), T0 + 30_000, i18nFor(locale)).title;
    expect(title.split('\n')[0]).toBe(head);
    expect(title).toContain(line);
  });
});

describe('incidentTitle', () => {
  const incident = { name: '', impact: 'minor', stage: 'investigating' } as unknown as Incident;
  it('words an incident the page gave no title, in the reader\'s language', () => {
    expect(incidentTitle(EN, incident, 80)).toBe('Untitled incident');
    expect(incidentTitle(i18nFor('de'), incident, 80)).toBe('Störung ohne Titel');
    expect(incidentTitle(EN, { ...incident, name: '  Elevated <b>errors</b>  ' }, 80)).toBe('Elevated <b>errors</b>');
  });
});
