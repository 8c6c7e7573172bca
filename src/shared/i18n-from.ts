// One adapter from an extension `i18n` namespace to the core's I18n: used by the pages and the background
// (through the polyfill) and by the content script (the browser's own namespace, to stay small).
import type { I18n, MessageKey } from '../core/i18n';
import { shownLocale } from '../core/time-words';

export interface I18nApi {
  getMessage(key: string, subs?: string[]): string;
  getUILanguage(): string;
}

/** `api` is asked for on each use, not kept: the namespace is the browser's (and, in tests, replaceable). */
export function i18nFrom(api: () => I18nApi): I18n {
  return {
    t: (key: MessageKey, subs?: ReadonlyArray<string | number>) => api().getMessage(key, subs?.map(String)),
    /** The language shown: the browser's, or the catalogue's where the browser's has none (see shownLocale). */
    get locale() {
      return shownLocale(api().getUILanguage(), api().getMessage('catalogueLanguage') || 'en');
    },
  };
}
