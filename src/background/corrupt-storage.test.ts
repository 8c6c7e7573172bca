// Reproduction (#16.3): `status.state.snapshot.surfaces[0] = null` in storage crashed the worker's repaint,
// and while the page answered 304 every check re-confirmed the bad snapshot and failed again. Property:
// whatever JSON lands in any stored key or element, the worker neither throws nor stays stuck: the next
// good answer shows.
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { corrupt, corruption } from '../../test/support/corrupt';
import { readText } from '../../test/support/fixtures';
import { OWN_PAGE, resetFakeBrowser, sendMessage, startWorker } from '../../test/support/fake-worker';
import { readStoredStatus, STATE_KEY } from '../core/stored';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

const fetchMock = vi.fn<typeof fetch>();
let scenario = 'b1-2026-03-02-investigating';
let status = 200;

function serve(): void {
  fetchMock.mockImplementation(async (input) => {
    const url = String(input);
    const body = status === 304 ? null : readText(`anthropic/${scenario}/${url.split('/api/v2/')[1] ?? ''}`);
    const r = new Response(body, { status, headers: { 'content-type': 'application/json', etag: 'W/"x"' } });
    Object.defineProperty(r, 'url', { value: url });
    return r;
  });
}

const refresh = () => sendMessage({ type: 'refresh' }, OWN_PAGE);
const alarm = () => fakeBrowser.alarms.onAlarm.trigger({ name: 'poll', scheduledTime: Date.now(), persistAcrossSessions: true } as never);

beforeEach(() => {
  resetFakeBrowser();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

/** Storage as a working install leaves it after a few checks: every key the extension writes. */
async function realStorage(): Promise<{ local: Record<string, unknown>; session: Record<string, unknown> }> {
  scenario = 'b0-2026-03-02-baseline';
  status = 200;
  serve();
  await startWorker();
  await refresh();
  scenario = 'b1-2026-03-02-investigating';
  await refresh();
  await fakeBrowser.storage.local.set({ bannerDismissal: { key: 'incident:x', rank: 3 } });
  await fakeBrowser.storage.session.set({ requestWindow: { version: 3, buckets: [{ at: 0, ok: 1, answered: 0, limited: 0, failed: 2, overloaded: 0, offline: 0, documentFailed: 0 }], okStreak: 0, lastFailureAt: 0, confirmAt: null, flips: 0 } });
  return { local: await fakeBrowser.storage.local.get(null), session: await fakeBrowser.storage.session.get(null) };
}

describe('the worker with corrupt storage', () => {
  it('repaints, checks and shows the next good answer, whatever is stored (property)', async () => {
    const good = await realStorage();
    const keys = Object.keys(good.local);
    expect(keys).toEqual(expect.arrayContaining(['status', 'banner', 'notifier', 'poll', 'history', 'localSignal', 'bannerDismissal']));
    await fc.assert(fc.asyncProperty(corruption(keys), fc.constantFrom(200, 304), async (c, answer) => {
      resetFakeBrowser();
      await fakeBrowser.storage.local.set(corrupt(good.local, c));
      await fakeBrowser.storage.session.set(good.session);
      await fakeBrowser.storage.sync.set({ settings: c.value });
      // The page says nothing changed (304), or answers in full: either way the next state must be usable.
      status = answer;
      scenario = 'c1-2026-03-02-identified';
      serve();
      await startWorker();
      await alarm();
      status = 200;
      await refresh();
      const state = readStoredStatus((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]);
      expect(state.error).toBeNull();
      expect(state.snapshot?.incidents[0]?.stage).toBe('identified');
      expect(await fakeBrowser.action.getBadgeText({})).toBe('AI+');
    }), { numRuns: 60 });
  });

  it('recovers from the reported corruption: a null surface, with the page answering 304', async () => {
    const good = await realStorage();
    const bad = structuredClone(good.local) as { status: { state: { snapshot: { surfaces: unknown[] } } } };
    bad.status.state.snapshot.surfaces[0] = null;
    resetFakeBrowser();
    await fakeBrowser.storage.local.set(bad);
    status = 304;
    serve();
    await startWorker();
    await alarm();
    status = 200;
    scenario = 'b1-2026-03-02-investigating';
    await refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('AI+');
  });
});
