// The few extension APIs the content script uses, taken from the browser's own namespace rather than the
// polyfill, to keep this script small: storage answers promises natively in Chrome MV3 and in Firefox.
import type { I18n } from '../core/i18n';
import { type I18nApi, i18nFrom } from '../shared/i18n-from';

interface StorageChange { newValue?: unknown }
export interface Ext {
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    sync: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(cb: (changes: Record<string, StorageChange>, area: string) => void): void };
  };
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  i18n: I18nApi;
}

const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
export const ext: Ext | undefined = g.browser?.storage ? g.browser : g.chrome;

/** The banner's words, from the extension's catalogue in the browser's language. */
export const bannerI18n = (e: Ext): I18n => i18nFrom(() => e.i18n);
