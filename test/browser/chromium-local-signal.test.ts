// The opt-in local signal in real Chromium: a stand-in claude.ai whose API starts answering 503 while the
// status page says all is well. Runs dist/test-chrome, the shipped build with the optional permissions
// granted at install (no test tool can answer the browser's prompt; a granted permission resolves the
// options page's request at once, so its real flow runs).
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, readToolbar } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

let browser: Chromium;
keepFailureArtifacts(() => browser);
let claude: Page;
/** What the stand-in claude.ai API answers now. */
let apiStatus = 200;
let apiCalls = 0;

const stored = (key: string, area: 'local' | 'session' = 'local') =>
  browser.popup.evaluate(async ([k, a]) => (await chrome.storage[a as 'local'].get(k))[k as string], [key, area] as const);
const bannerText = async (): Promise<string> => {
  const host = claude.locator('claude-status-banner');
  return (await host.count()) === 0 ? '' : (await host.locator('.banner').textContent()) ?? '';
};

/** The stand-in app calls its API every second, as claude.ai's page does while in use. */
async function openClaude(): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto('https://claude.ai/new');
  await page.evaluate(() => {
    setInterval(() => void fetch('/api/organizations').catch(() => undefined), 1000);
  });
  return page;
}

beforeAll(async () => {
  browser = await launchChromium(undefined, false, { dist: resolve('dist/test-chrome') });
  browser.serve({ scenario: 'b0-2026-03-02-baseline' });
  expect(await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))).toEqual({ ok: true });
  // Registered after the harness's page route, so it takes the API calls.
  await browser.ctx.route('https://claude.ai/api/**', async (route) => {
    apiCalls++;
    await route.fulfill({ status: apiStatus, contentType: 'application/json', body: apiStatus === 200 ? '{"ok":true}' : '{"error":"overloaded"}' });
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('Chromium: claude.ai failing before the status page says so', () => {
  it('with the option off, observes nothing', async () => {
    apiStatus = 503;
    claude = await openClaude();
    await expect.poll(() => apiCalls, { timeout: 10_000 }).toBeGreaterThan(4);
    expect(await stored('requestWindow', 'session')).toBeUndefined();
    expect((await stored('localSignal') as { signal?: { kind: string } } | undefined)?.signal?.kind ?? 'none').toBe('none');
    expect((await readToolbar(browser.ctx)).text).toBe('');
  });

  it('turned on in the options, explains what it observes and asks for the permission then', async () => {
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const box = options.getByRole('checkbox', { name: /claude\.ai is failing in this browser/ });
    expect(await box.isChecked()).toBe(false);
    await expect.poll(() => options.getByRole('group', { name: 'Before the status page says so' }).textContent())
      .toContain('It never reads which page a request is for, its headers, cookies or anything you read or write');
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(async () => (await stored('settings', 'sync' as 'local') as { localSignal?: boolean } | undefined)?.localSignal).toBe(true);
    await options.close();
  });

  it('appears on the badge, the popup and the banner within the window, while the status page says all is well', async () => {
    await expect.poll(async () => (await readToolbar(browser.ctx)).text, { timeout: 50_000, interval: 1000 }).toBe('AI!');
    const toolbar = await readToolbar(browser.ctx);
    expect(toolbar.title).toMatch(/^claude\.ai is failing for you; the status page has not reported it yet \(\d+ of \d+ requests failed/);
    expect(toolbar.colour).toEqual([0x6a, 0x1b, 0x9a, 255]);
    await expect.poll(() => bannerText()).toContain('claude.ai is failing for you');
    const text = await bannerText();
    expect(text).toContain('Seen in this browser');
    expect(text).toContain('don’t clear cookies');
    await browser.popup.reload();
    await expect.poll(() => browser.popup.getByRole('region', { name: 'Seen in this browser' }).textContent())
      .toMatch(/Seen in this browser: \d+ of \d+ requests to claude\.ai failed in the last 2 minutes\./);
    await claude.screenshot({ path: 'test-results/chromium/local-signal-banner.png' });
    // Only counts are kept: no address, no body.
    expect(JSON.stringify(await stored('requestWindow', 'session'))).not.toMatch(/claude|api|organizations|overloaded/);
  });

  it('clears when requests succeed again, and the banner says it is safe to sign in', async () => {
    apiStatus = 200;
    await expect.poll(async () => (await readToolbar(browser.ctx)).text, { timeout: 20_000 }).toBe('');
    await expect.poll(() => bannerText()).toContain('claude.ai has recovered, you can sign in again.');
    expect((await stored('localSignal') as { signal: { kind: string } }).signal.kind).toBe('none');
  });
});
