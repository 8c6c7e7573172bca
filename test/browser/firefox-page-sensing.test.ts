// Knowing before the status page does, in Firefox ESR: a stand-in claude.ai (request interception) whose
// own API calls, or the page itself, fail while the loopback status page says all is well. On by
// default, with no permission beyond the installed ones.
import type { HTTPRequest, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { claudePage } from './chromium-harness';
import { refreshAndRead, useFirefox } from './firefox-harness';

const suite = useFirefox();
let apiStatus = 200;

async function openClaude(path = '/new', calls = true): Promise<Page> {
  const page = await suite.firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    if (req.url().startsWith('https://claude.ai/api/')) {
      // A request the page aborted is gone before the answer: nothing to answer then.
      req.respond({ status: apiStatus, contentType: 'application/json', body: '{}' }).catch(() => undefined);
    } else if (req.url().startsWith('https://claude.ai/')) {
      const { status, contentType, headers, body } = claudePage(req.url());
      req.respond({ status: req.url().includes('/down') ? 502 : status, contentType, headers, body }).catch(() => undefined);
    } else {
      req.continue().catch(() => undefined);
    }
  });
  await page.goto(`https://claude.ai${path}`);
  // The stand-in app calls its API every second, as claude.ai does while in use.
  if (calls) await page.evaluate(() => void setInterval(() => void fetch('/api/organizations').catch(() => undefined), 1000));
  return page;
}

/** Polls `read` every half second until `done`, or gives up after `ms`; returns the last value read. */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 500));
  }
}

const ext = () => suite.firefox.popup;
const toolbar = () => ext().evaluate(async () => {
  const b = (globalThis as unknown as { browser: typeof chrome }).browser;
  return { text: await b.action.getBadgeText({}), title: await b.action.getTitle({}) };
});
const counted = () => ext().evaluate(async () =>
  (await (globalThis as unknown as { browser: typeof chrome }).browser.storage.session.get('requestWindow')).requestWindow ?? null);
// The Firefox test build leaves the banner's root open (BiDi cannot see into a closed one); shipped builds close it.
const bannerText = (page: Page) => page.evaluate(() =>
  document.querySelector('[data-claude-status-banner]')?.shadowRoot?.querySelector('.banner')?.textContent ?? '');

describe('Firefox ESR: claude.ai failing before the status page says so', () => {
  it('never fires for a page that aborts its own requests and is told 401 and 429', async () => {
    suite.server.serve({ scenario: 'a-all-operational' });
    expect((await refreshAndRead(ext())).text).toBe('');
    apiStatus = 429;
    const page = await openClaude('/new', false);
    await page.evaluate(() => void setInterval(() => {
      const c = new AbortController();
      void fetch('/api/stream', { signal: c.signal }).catch(() => undefined);
      c.abort();
      void fetch('/api/auth').catch(() => undefined);
    }, 500));
    await new Promise((r) => setTimeout(r, 8000));
    expect((await toolbar()).text).toBe('');
    expect(await bannerText(page)).toBe('');
    await page.close();
  });

  // One failed answer, the page itself: the request rules (failures spread across requests) cannot have fired.
  it('shows the advice on a claude.ai page that is itself a 502, from that one answer', async () => {
    const page = await openClaude('/down', false);
    expect(await until(() => bannerText(page), (t) => t.includes('server error'), 15_000)).toContain('don’t clear cookies');
    await page.close();
  });

  it('turned off, counts nothing', async () => {
    await ext().evaluate(async () => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      await b.storage.sync.set({ settings: { version: 1, sensing: false } });
      await b.storage.session.clear();
    });
    apiStatus = 503;
    const claude = await openClaude();
    await new Promise((r) => setTimeout(r, 6000));
    expect(await counted()).toBeNull();
    expect((await toolbar()).text).toBe('');
    await claude.close();
  });
});
