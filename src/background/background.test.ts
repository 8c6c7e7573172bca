// The background glue against an in-memory browser: assertions are on what storage holds and what the
// toolbar shows, not on which functions were called.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OWN_PAGE as ownPage, resetFakeBrowser, sendMessage, startWorker } from '../../test/support/fake-worker';
import { summaryOf } from '../../test/support/fixtures';
import type { FakePermissions } from '../../test/support/fake-permissions';
import { stateFor } from '../../test/support/states';
import { readStoredStatus, STATE_KEY, toStored } from '../core/stored';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

const SUMMARY_URL = 'https://status.claude.com/api/v2/summary.json';
const fetchMock = vi.fn<typeof fetch>();

function jsonResponse(body: unknown, init: { status?: number; url?: string; type?: string } = {}): Response {
  const response = new Response(JSON.stringify(body), {
    status: init.status ?? 200, headers: { 'content-type': init.type ?? 'application/json' },
  });
  Object.defineProperty(response, 'url', { value: init.url ?? SUMMARY_URL });
  return response;
}


const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  colour: await fakeBrowser.action.getBadgeBackgroundColor({}),
  title: await fakeBrowser.action.getTitle({}),
});
/** Browsers answer badge colours as [r, g, b, a]. */
const rgba = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);
const stored = async () => readStoredStatus((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]);
const fireAlarm = (periodInMinutes?: number, scheduledTime = Date.now()) =>
  fakeBrowser.alarms.onAlarm.trigger({ name: 'poll', scheduledTime, periodInMinutes, persistAcrossSessions: true } as never);
let perms: FakePermissions;

beforeEach(() => {
  perms = resetFakeBrowser();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('background listeners', () => {
  it('are all registered synchronously, even while storage never answers', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((() => new Promise(() => undefined)) as never);
    vi.resetModules();
    const loading = import('./index');
    await loading;
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
  });
});

describe('a worker restart', () => {
  it('restores the badge from storage without a fetch', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: toStored(stateFor('d-major-outage-multi-component', Date.now())) });
    await startWorker();
    await vi.waitFor(async () => expect((await badge()).text).toBe('AI+'));
    expect((await badge()).colour).toEqual(rgba('#B3261E'));
    expect((await badge()).title).toContain('Claude Cowork: Major outage');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows old data as unknown rather than as current', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: toStored(stateFor('d-major-outage-multi-component', Date.now() - 3_600_000)) });
    await startWorker();
    await vi.waitFor(async () => expect((await badge()).text).toBe('?'));
    expect((await badge()).title).toContain('Last known, stale (1 hr old)');
  });
});

describe('checks', () => {
  it('on install, fetches nothing at once (a rollout is a herd): the first check, within 90 s, stores and badges', async () => {
    fetchMock.mockResolvedValue(jsonResponse(summaryOf('b1-2026-03-02-investigating')));
    await startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toHaveLength(1));
    const first = await fakeBrowser.alarms.get('poll');
    expect(first?.scheduledTime).toBeLessThanOrEqual(Date.now() + 91_000);
    expect(fetchMock).not.toHaveBeenCalled();
    await fireAlarm(5);
    await vi.waitFor(async () => expect((await badge()).text).toBe('AI+'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(SUMMARY_URL);
    expect((await stored()).snapshot?.incidents[0]?.id).toBe('fx26mar02inc');
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ name: 'poll', periodInMinutes: 1 });
  });

  it('on alarms, repeated challenges turn the badge to ? and keep the last good data; one alone is a blip', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: toStored(stateFor('f-claude-code-degraded-only', Date.now())) });
    fetchMock.mockImplementation(async (url) => {
      const challenge = new Response('', { status: 202, headers: { 'x-amzn-waf-action': 'challenge' } });
      Object.defineProperty(challenge, 'url', { value: String(url) });
      return challenge;
    });
    await startWorker();
    await fireAlarm(5);
    await vi.waitFor(async () => expect((await stored()).error?.count).toBe(1));
    expect((await badge()).text).toBe('CC');
    await fireAlarm(5);
    await vi.waitFor(async () => expect((await badge()).text).toBe('?'));
    expect((await badge()).title).toMatch(/bot challenge[\s\S]*Claude Code: Degraded performance/);
    const state = await stored();
    expect(state.error?.kind).toBe('challenged');
    expect(state.snapshot?.surfaces.find((s) => s.key === 'claude-code')?.status).toBe('degraded_performance');
  });

  // Reproduction (#16.9): a revoked host permission read as "you appear to be offline".
  it('says the browser no longer lets it read the status page when that permission was revoked', async () => {
    fetchMock.mockRejectedValue(new TypeError('NetworkError when attempting to fetch resource.'));
    await perms.revoke('https://status.claude.com/*');
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    expect((await stored()).error?.kind).toBe('no-permission');
    expect((await badge()).title).toMatch(/no longer lets the extension read the status page/);
  });

  it('a network failure is unknown, not an outage', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await startWorker();
    const [response] = await sendMessage({ type: 'refresh' }, ownPage);
    expect(response).toEqual({ ok: true });
    expect(await badge()).toMatchObject({ text: '?', colour: rgba('#5F6368') });
    expect((await stored()).error?.kind).toBe('offline');
  });

  it('Refresh from the popup checks now and answers after the badge is applied', async () => {
    fetchMock.mockResolvedValue(jsonResponse(summaryOf('e-scheduled-maintenance-in-progress')));
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    expect((await badge()).text).toBe('CON');
    expect((await badge()).title).toContain('Claude Console: Under maintenance');
  });

  it('a Refresh during a check gets a check of its own right after, never two at once', async () => {
    const releases: ((r: Response) => void)[] = [];
    let inFlight = 0;
    let most = 0;
    fetchMock.mockImplementation(() => new Promise((resolve) => {
      inFlight++;
      most = Math.max(most, inFlight);
      releases.push((r) => {
        inFlight--;
        resolve(r);
      });
    }));
    await startWorker();
    const alarm = fireAlarm();
    const refreshes = Promise.all([sendMessage({ type: 'refresh' }, ownPage), sendMessage({ type: 'refresh' }, ownPage)]);
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    releases[0]?.(jsonResponse({ not: 'a status page' }));
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    releases[1]?.(jsonResponse(summaryOf('f-claude-code-degraded-only')));
    await Promise.all([alarm, refreshes]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    expect((await badge()).text).toBe('CC');
  });

  it('concurrent alarms share one request', async () => {
    let release: (r: Response) => void = () => undefined;
    fetchMock.mockReturnValue(new Promise((resolve) => {
      release = resolve;
    }));
    await startWorker();
    const both = Promise.all([fireAlarm(), fireAlarm()]);
    release(jsonResponse(summaryOf('a-all-operational')));
    await both;
    // The alarm listener does not wait for its check: wait for what the person sees.
    await vi.waitFor(async () => expect((await stored()).checkedAt).not.toBeNull());
    await vi.waitFor(async () => expect((await badge()).text).toBe(''));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a content script on claude.ai', { type: 'refresh' }, { id: fakeBrowser.runtime.id, url: 'https://claude.ai/new', tab: { id: 1 } }],
    ['another extension', { type: 'refresh' }, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }],
    ['an unknown message', { type: 'delete-everything' }, ownPage],
    ['a message with extra fields', { type: 'refresh', url: 'https://evil.example' }, ownPage],
  ])('ignores %s', async (_label, message, sender) => {
    await startWorker();
    const responses = await sendMessage(message, sender);
    expect(responses).toEqual([undefined]);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('watched surfaces', () => {
  it('drive the badge: an unwatched surface in trouble leaves it clear, at once and without a fetch', async () => {
    fetchMock.mockResolvedValue(jsonResponse(summaryOf('f-claude-code-degraded-only')));
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    expect((await badge()).text).toBe('CC');
    await fakeBrowser.storage.sync.set({ settings: { version: 1, watched: ['claude-ai', 'api'] } });
    await vi.waitFor(async () => expect((await badge()).text).toBe(''));
    expect((await badge()).title).not.toContain('Claude Code');
    expect((await badge()).title).toContain('Claude API: Operational');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('the claude.ai banner value', () => {
  const bannerKind = async () => ((await fakeBrowser.storage.local.get('banner')).banner as { view: { kind: string } }).view.kind;

  it('is stored with each check, and turning the banner off in the options takes it down without a fetch', async () => {
    fetchMock.mockResolvedValue(jsonResponse(summaryOf('b1-2026-03-02-investigating')));
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    expect(await bannerKind()).toBe('outage');
    await fakeBrowser.storage.sync.set({ settings: { version: 1, bannerEnabled: false } });
    await vi.waitFor(async () => expect(await bannerKind()).toBe('hidden'));
    await fakeBrowser.storage.sync.set({ settings: { version: 1, bannerEnabled: true } });
    await vi.waitFor(async () => expect(await bannerKind()).toBe('outage'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('notifications', () => {
  const shown = async () => Object.values(await fakeBrowser.notifications.getAll());
  const serve = (scenario: string) => fetchMock.mockResolvedValue(jsonResponse(summaryOf(scenario)));

  // Reproduction (#16.8): a worker stopped between storing the record and notifications.create lost it for good.
  it('shows on the next wake a notice that was recorded but never shown, once, under the id of its news', async () => {
    serve('b0-2026-03-02-baseline');
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    serve('b1-2026-03-02-investigating');
    // The worker dies right after the write: notifications.create never runs.
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementationOnce(() => new Promise(() => undefined));
    await startWorker();
    void sendMessage({ type: 'refresh' }, ownPage);
    await vi.waitFor(async () => expect(((await fakeBrowser.storage.local.get('notifier')).notifier as { outbox: unknown }).outbox).not.toBeNull());
    expect(await shown()).toHaveLength(0);
    create.mockRestore();
    await startWorker();
    await vi.waitFor(async () => expect(await shown()).toHaveLength(1));
    const memory = (await fakeBrowser.storage.local.get('notifier')).notifier as { outbox: unknown; links: [string, string][] };
    await vi.waitFor(async () => expect(((await fakeBrowser.storage.local.get('notifier')).notifier as { outbox: unknown }).outbox).toBeNull());
    expect(memory.links.map(([id]) => id)).toEqual(Object.keys(await fakeBrowser.notifications.getAll()));
    // Another wake shows nothing more.
    await startWorker();
    await new Promise((r) => setTimeout(r, 20));
    expect(await shown()).toHaveLength(1);
  });

  it('are silent on the first check, announce an outage once across worker restarts, and open the incident on click', async () => {
    serve('b0-2026-03-02-baseline');
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    expect(await shown()).toHaveLength(0);

    serve('b1-2026-03-02-investigating');
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all)).toHaveLength(1);
    const [id] = Object.keys(all);
    const memory = (await fakeBrowser.storage.local.get('notifier')).notifier as { links: [string, string][] };
    expect(new Map(memory.links).get(id ?? '')).toBe('https://status.claude.com/incidents/fx26mar02inc');

    // A restarted worker polling the same page again announces nothing new.
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);

    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id ?? '');
    await vi.waitFor(() => expect(opened).toHaveBeenCalledWith({ url: 'https://status.claude.com/incidents/fx26mar02inc' }));
  });

  it('never come from an unknown status', async () => {
    serve('a-all-operational');
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await sendMessage({ type: 'refresh' }, ownPage);
    await sendMessage({ type: 'refresh' }, ownPage);
    expect(await shown()).toHaveLength(0);
  });

  it('take the state after an extension update as a silent baseline', async () => {
    serve('a-all-operational');
    await startWorker();
    await sendMessage({ type: 'refresh' }, ownPage);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('notifier')).notifier).toBeUndefined());
    serve('d-major-outage-multi-component');
    await sendMessage({ type: 'refresh' }, ownPage);
    expect(await shown()).toHaveLength(0);
  });
});

describe('browser start, update and wake', () => {
  it.each([
    ['a browser start', () => fakeBrowser.runtime.onStartup.trigger()],
    ['an extension update', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never)],
    ['a browser update', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' } as never)],
    ['an alarm missed while closed or asleep', () => fireAlarm(5, Date.now() - 3_600_000)],
  ])('after %s, the one alarm is set to check soon at a random moment, with no fetch at once', async (_label, event) => {
    await startWorker();
    await event();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toHaveLength(1));
    const [alarm] = await fakeBrowser.alarms.getAll();
    expect(alarm?.periodInMinutes).toBe(5);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(Date.now() + 55_000);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 91_000);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
