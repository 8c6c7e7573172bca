// The extension's catalogues for tests: the same look-up browsers do (`$1`..`$9`, `$$` for a dollar),
// over public/_locales, so tests read the very words users get.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { I18n, MessageKey } from '../../src/core/i18n';

export const LOCALES = ['en', 'de', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

export type Catalogue = Record<string, { message: string; description?: string }>;

export function catalogue(locale: Locale): Catalogue {
  return JSON.parse(readFileSync(resolve(__dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as Catalogue;
}

export function substitute(message: string, subs: ReadonlyArray<string | number> = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : String(subs[Number(which) - 1] ?? '')));
}

export function i18nFor(locale: Locale): I18n {
  const messages = catalogue(locale);
  return {
    t: (key: MessageKey, subs?: ReadonlyArray<string | number>) => {
      const entry = messages[key];
      if (!entry) throw new Error(`no message "${key}" in ${locale}`);
      return substitute(entry.message, subs);
    },
    locale,
  };
}

export const EN = i18nFor('en');

/** Gives @webext-core/fake-browser (which leaves i18n unmocked) the catalogue of `locale`. */
export function installFakeI18n(locale: Locale = 'en'): void {
  const { t } = i18nFor(locale);
  Reflect.set(fakeBrowser, 'i18n', {
    getMessage: (key: string, subs?: string | string[]) => t(key as MessageKey, typeof subs === 'string' ? [subs] : subs),
    getUILanguage: () => locale,
  });
}
