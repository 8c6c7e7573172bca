// The extension's words: the browser picks the catalogue (public/_locales) from its own language.
import type { I18n, MessageKey } from '../core/i18n';
import browser from './browser';

export const i18n: I18n = {
  t: (key: MessageKey, subs?: ReadonlyArray<string | number>) => browser.i18n.getMessage(key, subs?.map(String)),
  // Read when used, not at load: the language is the browser's, and cheap to ask.
  get locale() {
    return browser.i18n.getUILanguage();
  },
};

export const t = i18n.t;
