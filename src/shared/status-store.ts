// The stored items (stored-items.ts) bound to the polyfill's storage, for the background, the popup and
// the options page. Reads are free; the background writes only through `update`, which serialises every
// read-modify-write (storage-lock.ts).
import type { BackAlert } from '../core/back-alert';
import type { BannerView } from '../core/banner';
import type { History } from '../core/history';
import type { NotifyMemory } from '../core/notify/notify';
import type { PollMeta } from '../core/polling';
import type { LocalSignal } from '../core/sensing/local-signal';
import type { RequestWindow } from '../core/sensing/request-window';
import type { Settings } from '../core/settings';
import type { StatusState } from '../core/source';
import browser from './browser';
import { getItem, getItems, removeItem, setItems, type StorageApi, type Values, watchItem } from './storage-io';
import { exclusive } from './storage-lock';
import { BACK_ALERT, BANNER, HISTORY, NOTIFIER, POLL, SETTINGS, SIGNAL, STATUS, type StoredItem, WINDOW } from './stored-items';

const api = (): StorageApi => browser.storage as unknown as StorageApi;

export type Items = Record<string, StoredItem<unknown>>;

/** In what `update`'s step returns: remove this item from storage (it then reads as its default). */
export const FORGET: unique symbol = Symbol('forget');

type Changes<M extends Items> = { [K in keyof M]?: Values<M>[K] | typeof FORGET };

/**
 * Reads `items`, lets `fn` decide what changes (null: nothing; FORGET: remove the item), writes that in one
 * `set` per area and answers what is stored now; all as one step of the background's one writer, so reads
 * inside it see every earlier write and no other write lands in between.
 */
export function update<M extends Items>(
  items: M, fn: (current: Values<M>) => Changes<M> | null,
): Promise<Values<M>> {
  return exclusive(async () => {
    const current = await getItems(api(), items);
    const changes = fn(current);
    if (!changes) return current;
    const next: Record<string, unknown> = { ...current };
    const entries: (readonly [StoredItem<unknown>, unknown])[] = [];
    const forgotten: StoredItem<unknown>[] = [];
    for (const [name, value] of Object.entries(changes)) {
      const item = items[name];
      if (!item) continue;
      if (value === FORGET) forgotten.push(item);
      else entries.push([item, value]);
      next[name] = value === FORGET ? item.read(undefined) : value;
    }
    await setItems(api(), entries);
    for (const item of forgotten) await removeItem(api(), item);
    return next as Values<M>;
  });
}

export const loadStatus = (): Promise<StatusState> => getItem(api(), STATUS);
export const onStatusChanged = (cb: (state: StatusState) => void) => watchItem(api(), STATUS, cb);
export const loadBanner = (): Promise<BannerView> => getItem(api(), BANNER);
export const loadPollMeta = (): Promise<PollMeta> => getItem(api(), POLL);
export const loadHistory = (): Promise<History> => getItem(api(), HISTORY);
export const onHistoryChanged = (cb: (h: History) => void) => watchItem(api(), HISTORY, cb);
export const loadNotifier = (): Promise<NotifyMemory | null> => getItem(api(), NOTIFIER);
export const loadSignal = (): Promise<LocalSignal> => getItem(api(), SIGNAL);
export const onSignalChanged = (cb: (s: LocalSignal) => void) => watchItem(api(), SIGNAL, cb);
export const loadWindow = (): Promise<RequestWindow> => getItem(api(), WINDOW);
export const loadSettings = (): Promise<Settings> => getItem(api(), SETTINGS);
export const loadBackAlert = (): Promise<BackAlert | null> => getItem(api(), BACK_ALERT);
export const onBackAlertChanged = (cb: (a: BackAlert | null) => void) => watchItem(api(), BACK_ALERT, cb);

/** Forgets what was announced, so the next good check is a silent baseline (after an update). */
export const forgetNotifier = (): Promise<unknown> => update({ notifier: NOTIFIER }, () => ({ notifier: null }));

/** What the popup shows first, in one storage round trip: each extra `get` delays its first paint. */
export interface PopupData { state: StatusState; history: History; signal: LocalSignal; backAlert: BackAlert | null }

export const loadPopupData = (): Promise<PopupData> => getItems(api(), { state: STATUS, history: HISTORY, signal: SIGNAL, backAlert: BACK_ALERT });

/** Settings have one writer, the options page, in its own context. */
export const saveSettings = (settings: Settings): Promise<void> => setItems(api(), [[SETTINGS, settings]]);
