import { BANNER_KEY, type BannerView, readBanner, toStoredBanner } from '../core/banner';
import { type History, readHistory } from '../core/history';
import { type NotifyMemory, readNotifyMemory } from '../core/notify';
import { type PollMeta, readPollMeta } from '../core/polling';
import { readSettings, type Settings, SETTINGS_KEY, toStoredSettings } from '../core/settings';
import type { StatusState } from '../core/source';
import { readStoredStatus, STATE_KEY, toStored } from '../core/stored';
import browser from './browser';

/** Loads the stored status; corrupt or foreign data reads as the empty state. */
export async function loadStatus(): Promise<StatusState> {
  const got = await browser.storage.local.get(STATE_KEY);
  return readStoredStatus(got[STATE_KEY]);
}

export async function loadBanner(): Promise<BannerView> {
  return readBanner((await browser.storage.local.get(BANNER_KEY))[BANNER_KEY]);
}

export const POLL_KEY = 'poll';

export async function loadPollMeta(): Promise<PollMeta> {
  return readPollMeta((await browser.storage.local.get(POLL_KEY))[POLL_KEY]);
}

export async function savePollMeta(meta: PollMeta): Promise<void> {
  await browser.storage.local.set({ [POLL_KEY]: meta });
}

export const HISTORY_KEY = 'history';

export async function loadHistory(): Promise<History> {
  return readHistory((await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY]);
}

/** Calls back with the new history whenever a check stores one. Returns an unsubscribe. */
export function onHistoryChanged(callback: (h: History) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[HISTORY_KEY];
    if (area === 'local' && change) callback(readHistory(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const NOTIFIER_KEY = 'notifier';

export async function loadNotifier(): Promise<NotifyMemory | null> {
  return readNotifyMemory((await browser.storage.local.get(NOTIFIER_KEY))[NOTIFIER_KEY]);
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
): Promise<void> {
  await browser.storage.local.set({
    [STATE_KEY]: toStored(state), [BANNER_KEY]: toStoredBanner(banner), [POLL_KEY]: poll,
    ...(notifier ? { [NOTIFIER_KEY]: notifier } : {}), ...(history ? { [HISTORY_KEY]: history } : {}),
  });
}

export async function saveBanner(banner: BannerView): Promise<void> {
  await browser.storage.local.set({ [BANNER_KEY]: toStoredBanner(banner) });
}

/** Settings live in sync storage, so they follow the person across their browsers. */
export async function loadSettings(): Promise<Settings> {
  return readSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: toStoredSettings(settings) });
}

/** Calls back with the new status whenever another context stores one. Returns an unsubscribe. */
export function onStatusChanged(callback: (state: StatusState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[STATE_KEY];
    if (area === 'local' && change) callback(readStoredStatus(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
