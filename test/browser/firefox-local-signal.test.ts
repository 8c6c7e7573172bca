// The opt-in local signal in Firefox ESR: a stand-in claude.ai (request interception) whose API answers
// 503 while the loopback status page says all is well. The Firefox test build grants the optional
// permissions at install, so the options page's request resolves without a prompt.
import type { HTTPRequest, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { claudePage } from './chromium-harness';
import { addonUrl, refreshAndRead, useFirefox } from './firefox-harness';

const suite = useFirefox();
let apiStatus = 503;

async function openClaude(): Promise<Page> {
  const page = await suite.firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    if (req.url().startsWith('https://claude.ai/api/')) {
      void req.respond({ status: apiStatus, contentType: 'application/json', body: '{}' });
    } else if (req.url().startsWith('https://claude.ai/')) {
      const { status, contentType, headers, body } = claudePage(req.url());
      void req.respond({ status, contentType, headers, body });
    } else {
      void req.continue();
    }
  });
  await page.goto('https://claude.ai/new');
  // The stand-in app calls its API every second, as claude.ai does while in use.
  await page.evaluate(() => {
    setInterval(() => void fetch('/api/organizations').catch(() => undefined), 1000);
  });
  return page;
}

/** Polls `read` every second until `done`, or gives up after `ms`; returns the last value read. */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const badge = () => suite.firefox.popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({}));
const counted = () => suite.firefox.popup.evaluate(async () =>
  (await (globalThis as unknown as { browser: typeof chrome }).browser.storage.session.get('requestWindow')).requestWindow ?? null);
const bannerText = (page: Page) => page.evaluate(() =>
  document.querySelector('claude-status-banner')?.shadowRoot?.querySelector('.banner')?.textContent ?? '');

describe('Firefox: claude.ai failing before the status page says so', () => {
  let claude: Page;

  it('with the option off, observes nothing', async () => {
    suite.server.serve({ scenario: 'b0-2026-03-02-baseline' });
    expect((await refreshAndRead(suite.firefox.popup)).text).toBe('');
    claude = await openClaude();
    await new Promise((r) => setTimeout(r, 4000));
    expect(await counted()).toBeNull();
    expect(await badge()).toBe('');
  });

  it('turned on in the options, shows AI! and the banner within the window, then clears on recovery', async () => {
    const options = await suite.firefox.browser.newPage();
    await options.goto(addonUrl('src/options/index.html'), { timeout: 3000 }).catch(() => undefined);
    const box = 'fieldset:last-of-type input[type=checkbox]';
    await options.waitForSelector(box, { timeout: 15_000 });
    // A real click (user input), as the permission request requires.
    await options.click(box);
    expect(await until(() => options.$eval(box, (e) => (e as HTMLInputElement).checked), Boolean, 5000)).toBe(true);
    await options.close();

    expect(await until(badge, (t) => t === 'AI!', 50_000)).toBe('AI!');
    expect(await until(() => bannerText(claude), (t) => t.includes('claude.ai is failing for you'), 5000))
      .toContain('Please don’t clear cookies');

    apiStatus = 200;
    expect(await until(badge, (t) => t === '', 15_000)).toBe('');
    expect(await until(() => bannerText(claude), (t) => t.includes('has recovered'), 5000)).toContain('you can sign in again');
  });
});
