// The lead ("seen here N min before the status page") is recorded by the check where the status page takes
// over from the local signal, once, on the incident and on today's history; never when the page was first.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OWN_PAGE, resetFakeBrowser, sendMessage, startWorker } from '../../test/support/fake-worker';
import { summaryOf } from '../../test/support/fixtures';
import { stateFor } from '../../test/support/states';
import { dayKey, readHistory } from '../core/history';
import { readNotifyMemory } from '../core/notify/notify';
import { NO_SIGNAL, toStoredSignal } from '../core/sensing/local-signal';
import { DEFAULT_SETTINGS, SETTINGS_KEY, toStoredSettings } from '../core/settings';
import { toStored } from '../core/stored';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

const MIN = 60_000;
const SCENARIO = 'b1-2026-03-02-investigating';

beforeEach(() => {
  resetFakeBrowser();
  vi.stubGlobal('fetch', vi.fn(async (input: unknown) => {
    const r = new Response(JSON.stringify(summaryOf(SCENARIO)), { headers: { 'content-type': 'application/json' } });
    return Object.defineProperty(r, 'url', { value: String(input) });
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The page said all was well two minutes ago; since `failingFor` claude.ai fails here (or no signal). */
async function before(failingFor: number | null): Promise<void> {
  const now = Date.now();
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: toStoredSettings({ ...DEFAULT_SETTINGS, sensing: true }) });
  const signal = failingFor === null ? NO_SIGNAL : { ...NO_SIGNAL, kind: 'failing' as const, since: now - failingFor, failed: 9, total: 9, updatedAt: now - MIN };
  await fakeBrowser.storage.local.set({ status: toStored(stateFor('b0-2026-03-02-baseline', now - 2 * MIN)), localSignal: toStoredSignal(signal) });
  await startWorker();
}

const refresh = async () => expect(await sendMessage({ type: 'refresh' }, OWN_PAGE)).toEqual([{ ok: true }]);
async function leads() {
  const local = await fakeBrowser.storage.local.get(['notifier', 'history']);
  const memo = readNotifyMemory(local.notifier)?.incidents.find(([id]) => id === 'fx26mar02inc')?.[1];
  return { incident: memo?.lead ?? null, today: readHistory(local.history).leads.find(([d]) => d === dayKey(Date.now()))?.[1] ?? null };
}

describe('the lead at takeover', () => {
  it('is recorded once, on the incident and on today, when this browser saw the failures first', async () => {
    await before(14 * MIN);
    await refresh();
    const first = await leads();
    // The replayed incident is dated months before: the first check that saw it counts, two minutes after the last.
    expect(first.incident).toBeGreaterThanOrEqual(14 * MIN);
    expect(first.incident).toBeLessThan(20 * MIN);
    expect(first.today).toBe(first.incident);
    await refresh();
    expect(await leads()).toEqual(first);
  });

  it('is never claimed when the page was first', async () => {
    await before(null);
    await refresh();
    expect(await leads()).toEqual({ incident: null, today: null });
  });
});
