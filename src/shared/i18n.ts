// The extension's words: the browser picks the catalogue (public/_locales) from its own language.
import browser from './browser';
import { i18nFrom } from './i18n-from';

export const i18n = i18nFrom(() => browser.i18n);

export const t = i18n.t;
