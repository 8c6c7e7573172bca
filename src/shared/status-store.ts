import { readStoredStatus, STATE_KEY, toStored } from '../core/stored';
import type { StatusState } from '../core/source';
import browser from './browser';

/** Loads the stored status; corrupt or foreign data reads as the empty state. */
export async function loadStatus(): Promise<StatusState> {
  const got = await browser.storage.local.get(STATE_KEY);
  return readStoredStatus(got[STATE_KEY]);
}

export async function saveStatus(state: StatusState): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: toStored(state) });
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
