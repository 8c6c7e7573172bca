// Reading and writing declared items (stored-items.ts) through any storage API of the WebExtension shape:
// the polyfill's in the background, popup and options, the browser's own in the content script (which
// stays small without the polyfill). Nothing here imports a browser namespace.
import type { Area, StoredItem } from './stored-item';

/** Methods, so the content script's narrower view of the browser's own API fits too. */
export interface AreaApi {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  /** Absent where a context only reads that area (the content script and sync). */
  set?(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string | string[]): Promise<void>;
}
export interface StorageApi {
  local: AreaApi;
  sync: AreaApi;
  session?: AreaApi;
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener?(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

const areaOf = (api: StorageApi, area: Area): AreaApi => {
  const a = api[area];
  // storage.session: Chrome 102+, Firefox 115+; the manifest's minimum versions have it.
  if (!a) throw new Error(`storage.${area} is not available`);
  return a;
};

/** Reads a raw value through its item, refusing one larger than the item can be without walking it. */
export function readRaw<T>(item: StoredItem<T>, raw: unknown): T {
  let size: number;
  try {
    size = raw === undefined ? 0 : JSON.stringify(raw).length;
  } catch {
    size = Infinity;
  }
  return item.read(size > item.maxChars ? undefined : raw);
}

export type Values<M extends Record<string, StoredItem<unknown>>> = { [K in keyof M]: M[K] extends StoredItem<infer T> ? T : never };

/** Reads several items, one `get` per area (each extra round trip delays a first paint). */
export async function getItems<M extends Record<string, StoredItem<unknown>>>(api: StorageApi, items: M): Promise<Values<M>> {
  const areas = [...new Set(Object.values(items).map((i) => i.area))];
  const got = await Promise.all(areas.map(async (area) => {
    const keys = Object.values(items).filter((i) => i.area === area).map((i) => i.key);
    return [area, await areaOf(api, area).get(keys)] as const;
  }));
  const byArea = new Map(got);
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(items)) out[name] = readRaw(item, byArea.get(item.area)?.[item.key]);
  return out as Values<M>;
}

export async function getItem<T>(api: StorageApi, item: StoredItem<T>): Promise<T> {
  return readRaw(item, (await areaOf(api, item.area).get(item.key))[item.key]);
}

/**
 * Writes items, one `set` per area, so readers of one area never see them apart. Callers are the item's
 * one writer (the table in docs/ARCHITECTURE.md); the background's writes go through its serialised
 * `update` (status-store.ts). `null` for an item that reads null as absent removes nothing: it is stored.
 */
export async function setItems(api: StorageApi, entries: readonly (readonly [StoredItem<unknown>, unknown])[]): Promise<void> {
  const byArea = new Map<Area, Record<string, unknown>>();
  for (const [item, value] of entries) {
    const batch = byArea.get(item.area) ?? {};
    // defineProperty: a key is ours, but keep even an odd one an ordinary entry.
    Object.defineProperty(batch, item.key, { value: item.toStored(value), enumerable: true, writable: true, configurable: true });
    byArea.set(item.area, batch);
  }
  await Promise.all([...byArea].map(([area, batch]) => {
    const put = areaOf(api, area).set;
    if (!put) throw new Error(`storage.${area} is read-only here`);
    return put.call(areaOf(api, area), batch);
  }));
}

export const setItem = <T>(api: StorageApi, item: StoredItem<T>, value: T): Promise<void> =>
  setItems(api, [[item as StoredItem<unknown>, value]]);

/** Forgets an item: it then reads as its default. */
export async function removeItem(api: StorageApi, item: StoredItem<unknown>): Promise<void> {
  const area = areaOf(api, item.area);
  if (!area.remove) throw new Error(`storage.${item.area} is read-only here`);
  await area.remove(item.key);
}

/** Calls back with the item, read, whenever it is stored. Returns an unsubscribe. */
export function watchItem<T>(api: StorageApi, item: StoredItem<T>, callback: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[item.key];
    if (area === item.area && change) callback(readRaw(item, change.newValue));
  };
  api.onChanged.addListener(listener);
  return () => api.onChanged.removeListener?.(listener);
}
