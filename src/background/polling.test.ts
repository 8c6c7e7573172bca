// Polling as the status page sees it: which URLs are requested, with which validators, and when the
// one alarm will fire next. In-memory browser, real storage contents.
import type { History } from '../core/history';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLAUDE_TAB as claudeTab, OWN_PAGE as ownPage, resetFakeBrowser, sendMessage as send, startWorker } from '../../test/support/fake-worker';
import { readText, summaryOf } from '../../test/support/fixtures';
import { BACKOFF_CAP_MS, FALLBACK_AFTER } from '../core/polling';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

const PRIMARY = 'https://status.claude.com';
const FALLBACK = 'https://anthropic.statuspage.io';
const fetchMock = vi.fn<typeof fetch>();
const urls = () => fetchMock.mock.calls.map((c) => String(c[0]));

function respond(status: number, body: string, headers: Record<string, string> = {}, url?: string): Response {
  const r = new Response(status === 304 ? null : body, { status, headers: { 'content-type': 'application/json', ...headers } });
  Object.defineProperty(r, 'url', { value: url ?? '' });
  return r;
}
/** Serves a scenario's files (status.json and summary.json) for whichever origin is asked. */
function serveScenario(scenario: string, headers: Record<string, string> = {}): void {
  fetchMock.mockImplementation(async (input) => {
    const url = String(input);
    return respond(200, readText(`anthropic/${scenario}/${url.split('/api/v2/')[1] ?? ''}`), headers, url);
  });
}
const checkedAt = async () => ((await fakeBrowser.storage.local.get('status')).status as { state?: { checkedAt?: number } } | undefined)?.state?.checkedAt;
/** Fires the alarm and waits for the check it starts to be stored (the listener itself does not wait). */
async function fireAlarm(): Promise<void> {
  const before = await checkedAt();
  await new Promise((r) => setTimeout(r, 2));
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'poll', scheduledTime: Date.now(), persistAcrossSessions: true } as never);
  await vi.waitFor(async () => expect(await checkedAt()).not.toBe(before));
}
const nextAlarm = async () => (await fakeBrowser.alarms.get('poll'))?.scheduledTime ?? NaN;

beforeEach(async () => {
  resetFakeBrowser();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await startWorker();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('steady state', () => {
  it('costs one small request a check: status.json, and summary.json only when the page moved', async () => {
    serveScenario('a-all-operational', { etag: 'W/"v1"' });
    await send({ type: 'refresh' }, ownPage);
    expect(urls()).toEqual([`${PRIMARY}/api/v2/summary.json`]);

    await fireAlarm();
    await fireAlarm();
    expect(urls().slice(1)).toEqual([`${PRIMARY}/api/v2/status.json`, `${PRIMARY}/api/v2/status.json`]);
    // The second probe sends back the validator the first one got.
    const second = fetchMock.mock.calls[2]?.[1]?.headers as Record<string, string>;
    expect(second['if-none-match']).toBe('W/"v1"');

    serveScenario('f-claude-code-degraded-only');
    await fireAlarm();
    expect(urls().slice(3)).toEqual([`${PRIMARY}/api/v2/status.json`, `${PRIMARY}/api/v2/summary.json`]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('CC'));
  });

  it('takes a 304 as "still current", keeping the badge fresh without a body', async () => {
    serveScenario('f-claude-code-degraded-only');
    await send({ type: 'refresh' }, ownPage);
    fetchMock.mockResolvedValue(respond(304, ''));
    await fireAlarm();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('CC');
    expect(urls()).toHaveLength(2);
  });
});

describe('failures', () => {
  it('back off with growing, jittered delays from the polling period, and reset on success', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    fetchMock.mockResolvedValue(respond(503, 'down', { 'content-type': 'text/html' }, `${PRIMARY}/api/v2/summary.json`));
    const delays: number[] = [];
    for (let i = 0; i < 2; i++) {
      const before = Date.now();
      await send({ type: 'refresh' }, ownPage);
      delays.push(Math.round((await nextAlarm() - before) / 1000));
    }
    // Nothing known yet: the calm five-minute period is the base; the top random draw takes the whole bound.
    expect(delays[0]).toBeGreaterThanOrEqual(298);
    expect(delays[0]).toBeLessThanOrEqual(300);
    expect(delays[1]).toBeGreaterThanOrEqual(597);
    expect(delays[1]).toBeLessThanOrEqual(600);
    serveScenario('a-all-operational');
    await send({ type: 'refresh' }, ownPage);
    const poll = (await fakeBrowser.storage.local.get('poll')).poll as { failures: number };
    expect(poll.failures).toBe(0);
  });

  it('honour Retry-After on 429, in seconds', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    fetchMock.mockResolvedValue(respond(429, 'slow down', { 'retry-after': '600', 'content-type': 'text/html' }, `${PRIMARY}/api/v2/summary.json`));
    const before = Date.now();
    await send({ type: 'refresh' }, ownPage);
    const delay = await nextAlarm() - before;
    expect(delay).toBeGreaterThanOrEqual(600_000);
    expect(delay).toBeLessThanOrEqual(BACKOFF_CAP_MS);
  });

  it('move to the fallback host on a WAF challenge, and use it until it fails', async () => {
    fetchMock.mockResolvedValueOnce(respond(405, '<html>', { 'x-amzn-waf-action': 'captcha', 'content-type': 'text/html' }, `${PRIMARY}/api/v2/summary.json`));
    await send({ type: 'refresh' }, ownPage);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    serveScenario('b1-2026-03-02-investigating');
    await send({ type: 'refresh' }, ownPage);
    expect(urls()[1]).toBe(`${FALLBACK}/api/v2/summary.json`);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('AI+');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await fireAlarm();
    serveScenario('b1-2026-03-02-investigating');
    await fireAlarm();
    expect(urls().slice(2).map((u) => new URL(u).origin)).toEqual([FALLBACK, PRIMARY]);
  });

  it(`move to the fallback after ${FALLBACK_AFTER} failures in a row`, async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    for (let i = 0; i < FALLBACK_AFTER + 1; i++) await send({ type: 'refresh' }, ownPage);
    expect(urls().map((u) => new URL(u).origin)).toEqual([...Array<string>(FALLBACK_AFTER).fill(PRIMARY), FALLBACK]);
  });
});

describe('after a browser start', () => {
  const nextIn = async () => Math.round(((await nextAlarm()) - Date.now()) / 1000);

  it('with fresh data, adds no catch-up and keeps the alarm where it was (its phase)', async () => {
    serveScenario('a-all-operational');
    vi.spyOn(Math, 'random').mockReturnValue(0.9);
    await send({ type: 'refresh' }, ownPage);
    const before = await nextAlarm();
    expect(await nextIn()).toBe(270);
    vi.spyOn(Math, 'random').mockReturnValue(0.1);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onStartup.trigger();
    for (let i = 0; i < 20; i += 1) await new Promise((r) => setTimeout(r, 0));
    expect(await nextAlarm()).toBe(before);
    expect(urls()).toHaveLength(1);
  });

  it('with stale data, catches up within 60-90 s, then picks a new random phase', async () => {
    const { stateFor } = await import('../../test/support/states');
    const { toStored } = await import('../core/stored');
    await fakeBrowser.storage.local.set({ status: toStored(stateFor('a-all-operational', Date.now() - 3_600_000)) });
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.9);
    await fakeBrowser.runtime.onStartup.trigger();
    // The worker's own wake already set a catch-up; a start right after keeps it rather than pushing it later.
    await vi.waitFor(async () => expect(await nextIn()).toBeGreaterThanOrEqual(60));
    expect(await nextIn()).toBeLessThanOrEqual(90);
    serveScenario('a-all-operational');
    random.mockReturnValue(0.5);
    await fireAlarm();
    await vi.waitFor(async () => expect(await nextIn()).toBe(150));
    expect(((await fakeBrowser.storage.local.get('poll')).poll as { rephase: boolean }).rephase).toBe(false);
  });
});

describe('cadence', () => {
  it('is every five minutes when calm, every minute while claude.ai is in use', async () => {
    serveScenario('a-all-operational');
    await send({ type: 'refresh' }, ownPage);
    expect((await fakeBrowser.alarms.get('poll'))?.periodInMinutes).toBe(5);
    expect(await send({ type: 'claude-active' }, claudeTab)).toEqual([{ ok: true }]);
    expect((await fakeBrowser.alarms.get('poll'))?.periodInMinutes).toBe(1);
    expect(urls()).toHaveLength(1);
  });

  it('is every minute during an incident', async () => {
    fetchMock.mockResolvedValue(respond(200, JSON.stringify(summaryOf('f-claude-code-degraded-only')), {}, `${PRIMARY}/api/v2/summary.json`));
    await send({ type: 'refresh' }, ownPage);
    expect((await fakeBrowser.alarms.get('poll'))?.periodInMinutes).toBe(1);
  });
});

describe('concurrency', () => {
  it('never runs two fetches at once, however alarms, refreshes, starts and claude.ai signals interleave', async () => {
    const fc = (await import('fast-check')).default;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.constantFrom('alarm', 'refresh', 'startup', 'active'), { minLength: 1, maxLength: 12 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
      async (events, latencies) => {
        let inFlight = 0;
        let most = 0;
        let call = 0;
        fetchMock.mockReset();
        fetchMock.mockImplementation(async (input) => {
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise((r) => setTimeout(r, latencies[call++ % latencies.length]));
          inFlight--;
          const url = String(input);
          return respond(200, readText(`anthropic/a-all-operational/${url.split('/api/v2/')[1] ?? ''}`), {}, url);
        });
        await Promise.all(events.map((e) => {
          if (e === 'alarm') return fakeBrowser.alarms.onAlarm.trigger({ name: 'poll', scheduledTime: Date.now() } as never);
          if (e === 'refresh') return send({ type: 'refresh' }, ownPage);
          if (e === 'active') return send({ type: 'claude-active' }, claudeTab);
          return fakeBrowser.runtime.onStartup.trigger();
        }));
        await new Promise((r) => setTimeout(r, 20));
        expect(most).toBeLessThanOrEqual(1);
      },
    ), { numRuns: 40 });
  });
});

describe('history', () => {
  const historyOf = async () => (await fakeBrowser.storage.local.get('history')).history as History & { listFetchedAt: number };

  it('records each good check; reads the page incident list only when due, at most once a day', async () => {
    const now = Date.now();
    const twoDaysAgo = new Date(now - 2 * 86_400_000);
    fetchMock.mockImplementation(async (input) => {
      const url = String(input);
      const body = url.endsWith('incidents.json')
        ? JSON.stringify({ incidents: [{
          id: 'fxhist', name: 'Login errors', status: 'resolved', impact: 'major',
          started_at: twoDaysAgo.toISOString(), resolved_at: new Date(twoDaysAgo.getTime() + 3_600_000).toISOString(),
          components: [{ id: 'rwppv331jlwc' }],
        }] })
        : readText(`anthropic/a-all-operational/${url.split('/api/v2/')[1] ?? ''}`);
      return respond(200, body, {}, url);
    });
    await send({ type: 'refresh' }, ownPage);
    // First check: today recorded; the list is not read yet but scheduled 1-24 h ahead.
    let h = await historyOf();
    expect(h.days.map((d) => d.day)).toEqual([new Date(now).toISOString().slice(0, 10)]);
    expect(urls().some((u) => u.endsWith('incidents.json'))).toBe(false);
    const due = h.listFetchedAt + 86_400_000;
    expect(due - Date.now()).toBeGreaterThan(3_500_000);
    expect(due - Date.now()).toBeLessThanOrEqual(86_400_000);

    await fakeBrowser.storage.local.set({ history: { ...h, listFetchedAt: Date.now() - 86_400_000 - 1 } });
    await send({ type: 'refresh' }, ownPage);
    await send({ type: 'refresh' }, ownPage);
    expect(urls().filter((u) => u.endsWith('incidents.json'))).toHaveLength(1);
    h = await historyOf();
    expect(h.days.find((d) => d.day === twoDaysAgo.toISOString().slice(0, 10))?.ranks).toEqual([['claude-ai', 3]]);
  });
});
