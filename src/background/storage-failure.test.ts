// Storage that refuses writes (quota, or a browser refusing them): what was fetched is still shown and
// announced, the check is tried again, and nothing is left as an unhandled rejection.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OWN_PAGE, resetFakeBrowser, sendMessage, startWorker } from '../../test/support/fake-worker';
import { summaryOf } from '../../test/support/fixtures';
import { BACKOFF_CAP_MS } from '../core/polling';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

const fetchMock = vi.fn<typeof fetch>();
const serve = (scenario: string) => fetchMock.mockImplementation(async (input) =>
  Object.defineProperty(new Response(JSON.stringify(summaryOf(scenario)), { headers: { 'content-type': 'application/json' } }), 'url', { value: String(input) }));
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeEach(() => {
  resetFakeBrowser();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  rejections.length = 0;
  process.on('unhandledRejection', onRejection);
});
afterEach(() => {
  process.off('unhandledRejection', onRejection);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a storage write that fails', () => {
  // Reproduction (#22.5): saveCheck threw before the badge and the notice were applied; during an outage the
  // badge said "working" for 15 min, nothing was notified, and the alarm's check rejected unhandled.
  it('still badges and announces what was fetched, retries after a backoff, and rejects nothing', async () => {
    serve('b0-2026-03-02-baseline');
    await startWorker();
    await sendMessage({ type: 'refresh' }, OWN_PAGE);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    serve('b1-2026-03-02-investigating');
    const before = Date.now();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'poll', scheduledTime: Date.now(), periodInMinutes: 5 } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('AI+'));
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const retry = await fakeBrowser.alarms.get('poll');
    expect(retry?.scheduledTime).toBeGreaterThanOrEqual(before + 60_000);
    expect(retry?.scheduledTime).toBeLessThanOrEqual(Date.now() + BACKOFF_CAP_MS);
    await new Promise((r) => setTimeout(r, 20));
    expect(rejections).toEqual([]);
  });
});
