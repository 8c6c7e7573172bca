// "Tell me when it's back" through the background, against an in-memory browser: what storage holds and
// which notifications exist, across worker restarts, whatever the notification settings say.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLAUDE_TAB, OWN_PAGE, resetFakeBrowser, sendMessage, startWorker } from '../../test/support/fake-worker';
import { summaryOf } from '../../test/support/fixtures';
import { EN } from '../../test/support/i18n';
import { BACK_ALERT_KEY, BACK_ALERT_TTL_MS, readBackAlert } from '../core/back-alert';
import { BACK_NOTICE_ID } from '../core/back-notice';
import { NO_COUNTS } from '../core/sensing/page-outcome';
import { DEFAULT_SETTINGS, SETTINGS_KEY, toStoredSettings } from '../core/settings';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

const fetchMock = vi.fn<typeof fetch>();
let clock = 0;

function serve(scenario: string): void {
  fetchMock.mockImplementation(async () => {
    const r = new Response(JSON.stringify(summaryOf(scenario)), { headers: { 'content-type': 'application/json' } });
    Object.defineProperty(r, 'url', { value: 'https://status.claude.com/api/v2/summary.json' });
    return r;
  });
}

const at = (ms: number) => {
  clock = ms;
  vi.setSystemTime(clock);
};
const refresh = () => sendMessage({ type: 'refresh' }, OWN_PAGE);
const arm = (arm = true, sender: object = OWN_PAGE) => sendMessage({ type: 'back-alert', arm }, sender);
const alert = async () => readBackAlert((await fakeBrowser.storage.local.get(BACK_ALERT_KEY))[BACK_ALERT_KEY]);
const shown = async () => fakeBrowser.notifications.getAll();
/** What the notification said: the options of the last `create` for its id. */
const created = () => {
  const calls = vi.mocked(fakeBrowser.notifications.create).mock.calls as unknown as [string, { title: string; message: string }][];
  return calls.filter(([id]) => id === BACK_NOTICE_ID).map(([, o]) => o);
};

beforeEach(async () => {
  resetFakeBrowser();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  vi.useFakeTimers({ toFake: ['Date'] });
  at(Date.parse('2026-03-02T12:00:00Z'));
  vi.spyOn(fakeBrowser.notifications, 'create');
  // Everything muted: the one notification the person asked for comes anyway.
  await fakeBrowser.storage.sync.set({
    [SETTINGS_KEY]: toStoredSettings({ ...DEFAULT_SETTINGS, notifications: false, recoveryNotifications: false, mutedSurfaces: ['claude-ai'], snoozeUntil: clock + 48 * 3_600_000 }),
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('tell me when it’s back', () => {
  it('is refused on a calm day', async () => {
    serve('a-all-operational');
    await startWorker();
    await refresh();
    expect(await arm()).toEqual([{ ok: false }]);
    expect(await alert()).toBeNull();
  });

  it('armed during the outage, survives worker restarts, and gives exactly one notification when the status page clears it', async () => {
    serve('b1-2026-03-02-investigating');
    await startWorker();
    await refresh();
    expect(await arm()).toEqual([{ ok: true }]);
    const armedAt = (await alert())?.armedAt;
    // Arming again keeps the first.
    at(clock + 60_000);
    expect(await arm(true, CLAUDE_TAB)).toEqual([{ ok: true }]);
    expect((await alert())?.armedAt).toBe(armedAt);

    for (const scenario of ['c1-2026-03-02-identified', 'c2-2026-03-02-monitoring']) {
      at(clock + 30 * 60_000);
      serve(scenario);
      await startWorker();
      await refresh();
      expect(Object.keys(await shown())).toEqual([]);
    }
    at(clock + 30 * 60_000);
    serve('c3-2026-03-02-resolved');
    await startWorker();
    await refresh();
    await vi.waitFor(async () => expect((await alert())?.shownAt).not.toBeNull());
    expect(Object.keys(await shown())).toEqual([BACK_NOTICE_ID]);
    // (Every worker started here still listens, so several may show it: under one id, it is one notification.)
    const words = created();
    for (const w of words) expect(w).toMatchObject({ title: EN.t('backNoticeTitle'), message: EN.t('backNoticeOfficial') });

    // Another wake and more checks: nothing more.
    await fakeBrowser.notifications.clear(BACK_NOTICE_ID);
    await startWorker();
    await refresh();
    expect(Object.keys(await shown())).toEqual([]);
    expect(created()).toHaveLength(words.length);

    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(BACK_NOTICE_ID);
    await vi.waitFor(() => expect(opened).toHaveBeenCalledWith({ url: 'https://claude.ai/' }));
  });

  it('shows on the next wake the notification a stopped worker never showed', async () => {
    serve('b1-2026-03-02-investigating');
    await startWorker();
    await refresh();
    await arm();
    serve('c3-2026-03-02-resolved');
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementationOnce(() => new Promise(() => undefined));
    void refresh();
    await vi.waitFor(async () => expect((await alert())?.firedAt).not.toBeNull());
    expect(Object.keys(await shown())).toEqual([]);
    create.mockRestore();
    await startWorker();
    await vi.waitFor(async () => expect(Object.keys(await shown())).toEqual([BACK_NOTICE_ID]));
  });

  it('can be cancelled, and expires after 24 hours', async () => {
    serve('b1-2026-03-02-investigating');
    await startWorker();
    await refresh();
    await arm();
    expect(await arm(false)).toEqual([{ ok: true }]);
    expect(await alert()).toBeNull();

    await arm();
    at(clock + BACK_ALERT_TTL_MS + 60_000);
    serve('c3-2026-03-02-resolved');
    await refresh();
    expect(await alert()).toBeNull();
    expect(Object.keys(await shown())).toEqual([]);
  });

  it('for a failure seen only in this browser, comes once its requests work again and keep working', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: toStoredSettings({ ...DEFAULT_SETTINGS, notifications: false }) });
    serve('b0-2026-03-02-baseline');
    await startWorker();
    await refresh();
    const batch = (counts: Partial<typeof NO_COUNTS>) => sendMessage({ type: 'claude-outcomes', counts: { ...NO_COUNTS, ...counts } }, CLAUDE_TAB);
    for (let i = 0; i < 8; i++) {
      at(clock + 5_000);
      await batch({ failed: 2 });
    }
    await refresh();
    expect(await arm(true, CLAUDE_TAB)).toEqual([{ ok: true }]);
    expect((await alert())?.basis).toBe('local');
    // Successes for a minute and more: the signal recovers and the alert comes, once.
    for (let i = 0; i < 16; i++) {
      at(clock + 5_000);
      await batch({ ok: 1 });
    }
    await vi.waitFor(async () => expect(Object.keys(await shown())).toEqual([BACK_NOTICE_ID]));
    expect(created()[0]).toMatchObject({ message: EN.t('backNoticeLocal') });
  });
});
