// The local signal's glue against an in-memory browser: counts from claude.ai pages in (as the content
// script sends them), toolbar and banner out.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLAUDE_TAB, OWN_PAGE, resetFakeBrowser, sendMessage, startWorker as start } from '../../test/support/fake-worker';
import { summaryOf } from '../../test/support/fixtures';
import { EN } from '../../test/support/i18n';
import { stateFor } from '../../test/support/states';
import { BANNER_KEY, readBanner } from '../core/banner';
import { LOCAL_SIGNAL_KEY, readSignal } from '../core/sensing/local-signal';
import { MAX_PER_BATCH, NO_COUNTS, type OutcomeCounts } from '../core/sensing/page-outcome';
import { DEFAULT_SETTINGS, SETTINGS_KEY, toStoredSettings } from '../core/settings';
import { STATE_KEY, toStored } from '../core/stored';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

const fetchMock = vi.fn<typeof fetch>();
let clock = Date.parse('2026-03-02T12:00:00Z');

function summary(scenario: string): Response {
  const r = new Response(JSON.stringify(summaryOf(scenario)), { headers: { 'content-type': 'application/json' } });
  Object.defineProperty(r, 'url', { value: 'https://status.claude.com/api/v2/summary.json' });
  return r;
}

async function startWorker(sensing: boolean): Promise<void> {
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: toStoredSettings({ ...DEFAULT_SETTINGS, sensing }) });
  await start();
}

const send = (message: unknown, sender: object = CLAUDE_TAB) => sendMessage(message, sender);

/** `count` batches from a claude.ai page, `gap` ms apart, each one outcome, each handled before the next. */
async function requests(count: number, outcome: keyof OutcomeCounts, gap = 5_000): Promise<void> {
  for (let i = 0; i < count; i++) {
    clock += gap;
    vi.setSystemTime(clock);
    await send({ type: 'claude-outcomes', counts: { ...NO_COUNTS, [outcome]: 1 } });
  }
}

const signal = async () => readSignal((await fakeBrowser.storage.local.get(LOCAL_SIGNAL_KEY))[LOCAL_SIGNAL_KEY]);
const banner = async () => readBanner((await fakeBrowser.storage.local.get(BANNER_KEY))[BANNER_KEY]);
const badgeText = () => fakeBrowser.action.getBadgeText({});

beforeEach(async () => {
  resetFakeBrowser();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  vi.useFakeTimers({ toFake: ['Date'] });
  clock = Date.parse('2026-03-02T12:00:00Z');
  vi.setSystemTime(clock);
  // The status page last answered five minutes ago: all fine.
  await fakeBrowser.storage.local.set({ [STATE_KEY]: toStored(stateFor('b0-2026-03-02-baseline', clock - 300_000)) });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the local signal', () => {
  it('rises after a confirming status check, shows on the badge and the banner, and clears when requests succeed', async () => {
    fetchMock.mockImplementation(async () => summary('b0-2026-03-02-baseline'));
    await startWorker(true);
    await requests(12, 'failed');
    await vi.waitFor(async () => expect((await signal()).kind).toBe('failing'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await badgeText()).toBe('AI!');
    expect((await fakeBrowser.action.getTitle({})).split('\n')[0]).toBe(EN.t('verdictLocal'));
    expect((await banner()).kind).toBe('local');

    // A few successes are not a recovery: a brownout has lucky streaks.
    await requests(4, 'ok', 1_000);
    expect((await signal()).kind).toBe('failing');
    // Successes holding for a minute after the last failure are.
    await requests(6, 'ok', 10_000);
    await vi.waitFor(async () => expect((await signal()).kind).toBe('none'));
    expect(await badgeText()).toBe('');
    expect((await banner()).kind).toBe('recovered');
  });

  it('gives way to the official incident when the confirming check finds one', async () => {
    fetchMock.mockImplementation(async () => summary('b1-2026-03-02-investigating'));
    await startWorker(true);
    await requests(12, 'failed');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await vi.waitFor(async () => expect(await badgeText()).toBe('AI+'));
    expect((await signal()).kind).toBe('none');
    expect((await banner()).kind).toBe('outage');
  });

  it('never rises when the status page is unreachable too (this machine is offline)', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await startWorker(true);
    await requests(12, 'failed');
    // The confirming check failed: the page was not reached (one failure alone keeps the old data on show).
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]).toMatchObject({ state: { error: { kind: 'offline' } } }));
    await requests(6, 'failed');
    expect((await signal()).kind).toBe('none');
    expect(fetchMock.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('never rises on refusals (401, 403, 429) or 529s on completions, and asks the status page nothing for them', async () => {
    fetchMock.mockImplementation(async () => summary('b0-2026-03-02-baseline'));
    await startWorker(true);
    await requests(20, 'answered');
    await requests(20, 'limited');
    await requests(20, 'overloaded');
    expect((await signal()).kind).toBe('none');
    expect(await badgeText()).toBe('');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('never rises from broken claude.ai documents alone: another site opening a failing claude.ai URL, or one reloaded', async () => {
    fetchMock.mockImplementation(async () => summary('b0-2026-03-02-baseline'));
    await startWorker(true);
    await requests(20, 'documentFailed', 2_000);
    expect((await signal()).kind).toBe('none');
    expect(await badgeText()).toBe('');
    expect((await banner()).kind).not.toBe('local');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('with the option off, counts nothing at all', async () => {
    fetchMock.mockImplementation(async () => summary('b0-2026-03-02-baseline'));
    await startWorker(false);
    await requests(12, 'failed');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect((await signal()).kind).toBe('none');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('forgets everything when it is turned off', async () => {
    fetchMock.mockImplementation(async () => summary('b0-2026-03-02-baseline'));
    await startWorker(true);
    await requests(12, 'failed');
    await vi.waitFor(async () => expect((await signal()).kind).toBe('failing'));
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: toStoredSettings({ ...DEFAULT_SETTINGS, sensing: false }) });
    await vi.waitFor(async () => expect((await signal()).kind).toBe('none'));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await badgeText()).toBe('');
  });

  it('refuses counts from anywhere but a claude.ai tab, and counts of any other shape', async () => {
    fetchMock.mockImplementation(async () => summary('b0-2026-03-02-baseline'));
    await startWorker(true);
    const batch = { type: 'claude-outcomes', counts: { ...NO_COUNTS, failed: 50 } };
    await send(batch, { ...CLAUDE_TAB, url: 'https://claude.ai.evil.example/' });
    await send(batch, OWN_PAGE);
    await send({ ...batch, counts: { ...NO_COUNTS, failed: -1 } });
    await send({ ...batch, counts: { ...NO_COUNTS, failed: 2.5 } });
    await send({ ...batch, counts: 'failed' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('cuts an oversized batch down to the cap instead of throwing it away', async () => {
    fetchMock.mockImplementation(async () => summary('b0-2026-03-02-baseline'));
    await startWorker(true);
    await send({ type: 'claude-outcomes', counts: { ...NO_COUNTS, failed: 1e6, ok: 3 } });
    const stored = Object.values(await fakeBrowser.storage.session.get(null))[0] as { buckets: { failed: number; ok: number }[] };
    expect(stored.buckets).toEqual([expect.objectContaining({ failed: MAX_PER_BATCH, ok: 3 })]);
  });
});
