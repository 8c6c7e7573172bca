// When the next check comes, as a person (and the status page) would see it: after a clock jump, after
// the network returns, while claude.ai is in use, and right after a check. In-memory browser.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLAUDE_TAB, OWN_PAGE, resetFakeBrowser, sendMessage, startWorker } from '../../test/support/fake-worker';
import { readText, summaryOf } from '../../test/support/fixtures';
import { stateFor } from '../../test/support/states';
import { EMPTY_META } from '../core/polling';
import { recordFailure } from '../core/source';
import { toStored } from '../core/stored';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

const fetchMock = vi.fn<typeof fetch>();
function serve(scenario: string): void {
  fetchMock.mockImplementation(async (input) => {
    const url = String(input);
    const r = new Response(readText(`anthropic/${scenario}/${url.split('/api/v2/')[1] ?? ''}`), { headers: { 'content-type': 'application/json' } });
    Object.defineProperty(r, 'url', { value: url });
    return r;
  });
}
const alarm = () => fakeBrowser.alarms.get('poll');
const inSeconds = async () => Math.round((((await alarm())?.scheduledTime ?? NaN) - Date.now()) / 1000);
const flush = async () => {
  for (let i = 0; i < 30; i += 1) await new Promise((r) => setTimeout(r, 0));
};
let online: (() => void) | undefined;

beforeEach(() => {
  resetFakeBrowser();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  online = undefined;
  vi.stubGlobal('addEventListener', (type: string, listener: () => void) => {
    if (type === 'online') online = listener;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a clock set back 48 h', () => {
  // Reproduction (#22.4): the alarm, set on the old clock, fired two days later; the badge said "working".
  it('makes the alarm again on the next wake, within one period, and shows the data as unknown', async () => {
    const later = Date.now() + 48 * 3_600_000;
    await fakeBrowser.storage.local.set({ status: toStored(stateFor('a-all-operational', later)) });
    fakeBrowser.alarms.create('poll', { when: later + 120_000, periodInMinutes: 5 });
    await startWorker();
    await vi.waitFor(async () => expect(await inSeconds()).toBeLessThanOrEqual(90));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
  });
});

describe('back online', () => {
  // Reproduction (#22.8): after 8 h offline the next check waited out the backoff while the badge said offline.
  it('checks once, soon (30-60 s, jittered), instead of at the backoff', async () => {
    const now = Date.now();
    const offline = recordFailure(stateFor('a-all-operational', now - 8 * 3_600_000), { kind: 'offline', detail: 'offline' }, now - 600_000);
    await fakeBrowser.storage.local.set({ status: toStored({ ...offline, error: offline.error && { ...offline.error, count: 40 } }), poll: { ...EMPTY_META, failures: 40 } });
    fakeBrowser.alarms.create('poll', { when: now + 25 * 60_000, periodInMinutes: 5 });
    await startWorker();
    expect(online).toBeTypeOf('function');
    online?.();
    await vi.waitFor(async () => expect(await inSeconds()).toBeLessThanOrEqual(60));
    expect(await inSeconds()).toBeGreaterThanOrEqual(30);
    // Once: a second "online" does not push it later.
    const at = (await alarm())?.scheduledTime;
    online?.();
    await flush();
    expect((await alarm())?.scheduledTime).toBe(at);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('checks soon when a claude.ai tab comes into use while the data is old', async () => {
    await fakeBrowser.storage.local.set({ status: toStored(stateFor('a-all-operational', Date.now() - 3_600_000)) });
    await startWorker();
    // A retry after failures, far ahead, already at the fast cadence: "in use" alone would not move it.
    fakeBrowser.alarms.create('poll', { when: Date.now() + 20 * 60_000, periodInMinutes: 1 });
    expect(await sendMessage({ type: 'claude-active' }, CLAUDE_TAB)).toEqual([{ ok: true }]);
    expect(await inSeconds()).toBeLessThanOrEqual(60);
  });
});

describe('the gap between ordinary checks', () => {
  // Reproduction (#22.9): a check just before the alarm's moment left the next ordinary poll 15-30 s later.
  it('is at least a minute: a check pushes an alarm due sooner', async () => {
    serve('f-claude-code-degraded-only');
    await startWorker();
    fakeBrowser.alarms.create('poll', { when: Date.now() + 10_000, periodInMinutes: 1 });
    await sendMessage({ type: 'refresh' }, OWN_PAGE);
    expect(await inSeconds()).toBeGreaterThanOrEqual(59);
  });

  it('"claude.ai in use" each minute keeps the alarm where it is (it is never pushed for ever)', async () => {
    serve('f-claude-code-degraded-only');
    await startWorker();
    await sendMessage({ type: 'refresh' }, OWN_PAGE);
    const at = (await alarm())?.scheduledTime;
    await sendMessage({ type: 'claude-active' }, CLAUDE_TAB);
    await sendMessage({ type: 'claude-active' }, CLAUDE_TAB);
    expect((await alarm())?.scheduledTime).toBe(at);
  });
});

describe('a notice through two worker stops', () => {
  // Reproduction (#22.7): the wake's re-show was cut off, and the next check cleared the outbox unshown.
  it('is shown by the next check, then cleared', async () => {
    fetchMock.mockImplementation(async () => Object.defineProperty(new Response(JSON.stringify(summaryOf('b0-2026-03-02-baseline')), {
      headers: { 'content-type': 'application/json' },
    }), 'url', { value: 'https://status.claude.com/api/v2/summary.json' }));
    await startWorker();
    await sendMessage({ type: 'refresh' }, OWN_PAGE);
    serve('b1-2026-03-02-investigating');
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(() => new Promise(() => undefined));
    await startWorker();
    void sendMessage({ type: 'refresh' }, OWN_PAGE);
    const outbox = async () => ((await fakeBrowser.storage.local.get('notifier')).notifier as { outbox: unknown }).outbox;
    await vi.waitFor(async () => expect(await outbox()).not.toBeNull());
    // Stop 2: the next wake's re-show never completes, while its check (no news) is stored.
    await startWorker();
    const checked = async () => ((await fakeBrowser.storage.local.get('status')).status as { state: { checkedAt: number } }).state.checkedAt;
    const before = await checked();
    await new Promise((r) => setTimeout(r, 2));
    void sendMessage({ type: 'refresh' }, OWN_PAGE);
    await vi.waitFor(async () => expect(await checked()).not.toBe(before));
    await flush();
    create.mockRestore();
    // The wake after that still shows it, once, and only then clears the outbox.
    await startWorker();
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    await vi.waitFor(async () => expect(await outbox()).toBeNull());
  });
});
