import { BANNER_KEY, type BannerView, readBanner, toStoredBanner } from '../core/banner';
import { type History, readHistory } from '../core/history';
import { type NotifyMemory, readNotifyMemory } from '../core/notify/notify';
import { LOCAL_SIGNAL_KEY, type LocalSignal, readSignal, toStoredSignal } from '../core/sensing/local-signal';
import { type PollMeta, readPollMeta } from '../core/polling';
import { readWindow, type RequestWindow } from '../core/sensing/request-window';
import { readSettings, type Settings, SETTINGS_KEY, toStoredSettings } from '../core/settings';
import type { StatusState } from '../core/source';
import { readStoredStatus, STATE_KEY, toStored } from '../core/stored';
import browser from './browser';

/** Reads one local item through its reader, which turns anything unexpected into a safe default. */
async function loadLocal<T>(key: string, read: (raw: unknown) => T): Promise<T> {
  return read((await browser.storage.local.get(key))[key]);
}

/** Calls back with one local item, read, whenever another context stores it. Returns an unsubscribe. */
function onLocalChanged<T>(key: string, read: (raw: unknown) => T, callback: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[key];
    if (area === 'local' && change) callback(read(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Loads the stored status; corrupt or foreign data reads as the empty state. */
export const loadStatus = (): Promise<StatusState> => loadLocal(STATE_KEY, readStoredStatus);
export const onStatusChanged = (callback: (state: StatusState) => void) => onLocalChanged(STATE_KEY, readStoredStatus, callback);

export const loadBanner = (): Promise<BannerView> => loadLocal(BANNER_KEY, readBanner);

export const POLL_KEY = 'poll';

export const loadPollMeta = (): Promise<PollMeta> => loadLocal(POLL_KEY, readPollMeta);

export async function savePollMeta(meta: PollMeta): Promise<void> {
  await browser.storage.local.set({ [POLL_KEY]: meta });
}

export const HISTORY_KEY = 'history';

export const loadHistory = (): Promise<History> => loadLocal(HISTORY_KEY, readHistory);
export const onHistoryChanged = (callback: (h: History) => void) => onLocalChanged(HISTORY_KEY, readHistory, callback);

export const NOTIFIER_KEY = 'notifier';

export const loadNotifier = (): Promise<NotifyMemory | null> => loadLocal(NOTIFIER_KEY, readNotifyMemory);

export async function saveNotifier(memory: NotifyMemory): Promise<void> {
  await browser.storage.local.set({ [NOTIFIER_KEY]: memory });
}

/** Forgets what was announced, so the next good check is a silent baseline (after an update). */
export async function forgetNotifier(): Promise<void> {
  await browser.storage.local.remove(NOTIFIER_KEY);
}

/**
 * Stores a check's outcome, the banner it implies and what the notifier now remembers in one write, so
 * readers never see them apart, and a notification is recorded before it is shown (never shown twice).
 */
export async function saveCheck(
  state: StatusState, banner: BannerView, notifier: NotifyMemory | null, poll: PollMeta, history: History | null,
  signal: LocalSignal,
): Promise<void> {
  await browser.storage.local.set({
    [STATE_KEY]: toStored(state), [BANNER_KEY]: toStoredBanner(banner), [POLL_KEY]: poll,
    [LOCAL_SIGNAL_KEY]: toStoredSignal(signal),
    ...(notifier ? { [NOTIFIER_KEY]: notifier } : {}), ...(history ? { [HISTORY_KEY]: history } : {}),
  });
}

/** What the popup shows first, in one storage round trip: each extra `get` delays its first paint. */
export interface PopupData { state: StatusState; history: History; signal: LocalSignal }

export async function loadPopupData(): Promise<PopupData> {
  const got = await browser.storage.local.get([STATE_KEY, HISTORY_KEY, LOCAL_SIGNAL_KEY]);
  return { state: readStoredStatus(got[STATE_KEY]), history: readHistory(got[HISTORY_KEY]), signal: readSignal(got[LOCAL_SIGNAL_KEY]) };
}

export const loadSignal = (): Promise<LocalSignal> => loadLocal(LOCAL_SIGNAL_KEY, readSignal);
export const onSignalChanged = (callback: (s: LocalSignal) => void) => onLocalChanged(LOCAL_SIGNAL_KEY, readSignal, callback);

/** The signal and, when it changes with it, the banner it implies, in one write. */
export async function saveSignal(signal: LocalSignal, banner: BannerView | null): Promise<void> {
  await browser.storage.local.set({
    [LOCAL_SIGNAL_KEY]: toStoredSignal(signal), ...(banner ? { [BANNER_KEY]: toStoredBanner(banner) } : {}),
  });
}

/**
 * The request window lives in session storage: in memory, never on disk, gone when the browser closes,
 * and shared by every wake of the background. It holds counts only.
 */
export const WINDOW_KEY = 'requestWindow';

export async function loadWindow(): Promise<RequestWindow> {
  return readWindow((await browser.storage.session.get(WINDOW_KEY))[WINDOW_KEY]);
}

export async function saveWindow(w: RequestWindow | null): Promise<void> {
  if (w) await browser.storage.session.set({ [WINDOW_KEY]: w });
  else await browser.storage.session.remove(WINDOW_KEY);
}

/** Settings live in sync storage, so they follow the person across their browsers. */
export async function loadSettings(): Promise<Settings> {
  return readSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: toStoredSettings(settings) });
}
