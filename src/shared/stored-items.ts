// Every stored item, declared once: its key, its storage area, its reader and what it writes. A reader
// checks element by element, bounds every string and turns anything unexpected (another version, a corrupt
// write, another extension's shape) into the item's default: that is the migration, since every item here
// is rebuilt by the next check or the next request. Who writes and who reads each item is in
// docs/ARCHITECTURE.md ("Stored items"); no code reads or writes a key except through these.
import { type History, readHistory } from '../core/history';
import { type NotifyMemory, readNotifyMemory } from '../core/notify/notify';
import { type PollMeta, readPollMeta } from '../core/polling';
import { LOCAL_SIGNAL_KEY, type LocalSignal, readSignal, toStoredSignal } from '../core/sensing/local-signal';
import { readWindow, type RequestWindow } from '../core/sensing/request-window';
import { readSettings, type Settings, SETTINGS_KEY, toStoredSettings } from '../core/settings';
import type { StatusState } from '../core/source';
import { readStoredStatus, STATE_KEY, toStored } from '../core/stored';

import { BACK_ALERT, BANNER, DISMISSAL, LOGOUT_CHOICE } from './banner-items';
import type { StoredItem } from './stored-item';

export type { Area, StoredItem } from './stored-item';
export { BACK_ALERT, BANNER, DISMISSAL, LOGOUT_CHOICE } from './banner-items';

const as = <T>(v: T): unknown => v;

export const STATUS: StoredItem<StatusState> = { key: STATE_KEY, area: 'local', read: readStoredStatus, toStored: toStored, maxChars: 200_000 };
export const POLL: StoredItem<PollMeta> = { key: 'poll', area: 'local', read: readPollMeta, toStored: as, maxChars: 16_000 };
export const HISTORY: StoredItem<History> = { key: 'history', area: 'local', read: readHistory, toStored: as, maxChars: 200_000 };
export const NOTIFIER: StoredItem<NotifyMemory | null> = { key: 'notifier', area: 'local', read: readNotifyMemory, toStored: as, maxChars: 100_000 };
export const SIGNAL: StoredItem<LocalSignal> = { key: LOCAL_SIGNAL_KEY, area: 'local', read: readSignal, toStored: toStoredSignal, maxChars: 1_000 };
/** Counts only, in memory: what claude.ai's own requests did in the last two minutes. */
export const WINDOW: StoredItem<RequestWindow> = { key: 'requestWindow', area: 'session', read: readWindow, toStored: as, maxChars: 8_000 };
export const SETTINGS: StoredItem<Settings> = { key: SETTINGS_KEY, area: 'sync', read: readSettings, toStored: toStoredSettings, maxChars: 16_000 };

export const ALL_ITEMS: readonly StoredItem<unknown>[] = [
  STATUS, BANNER, DISMISSAL, BACK_ALERT, LOGOUT_CHOICE, POLL, HISTORY, NOTIFIER, SIGNAL, WINDOW, SETTINGS,
];
