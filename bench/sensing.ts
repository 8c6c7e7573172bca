// How fast a claude.ai failure shows when the status page says nothing: from the page's first failing
// request to the banner, and from a claude.ai page that is itself a 5xx to the banner. Real Chromium, the
// extension's own content script and background; the status page (loopback) says all is well throughout.
import type { Page } from 'playwright-core';
import { inspectBanner } from '../test/browser/banner-cdp';
import { claudePage, type Chromium, readToolbar } from '../test/browser/chromium-harness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(read: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await read()) return true;
    await sleep(50);
  }
  return false;
}

export interface SensingFigures {
  /** ms from the first failing API answer to the banner saying claude.ai is failing, per run. */
  firstFailureToBannerMs: number[];
  /** ms from opening a claude.ai page that answers 502 to the banner, per run. */
  documentToBannerMs: number[];
}

export async function measureSensing(browser: Chromium, runs = 3): Promise<SensingFigures> {
  let apiStatus = 200;
  let firstFailureAt = 0;
  await browser.ctx.route('https://claude.ai/api/**', async (route) => {
    if (apiStatus !== 200 && firstFailureAt === 0) firstFailureAt = Date.now();
    await route.fulfill({ status: apiStatus, contentType: 'application/json', body: '{}' });
  });
  await browser.ctx.route('https://claude.ai/down**', (route) => route.fulfill({ ...claudePage(route.request().url()), status: 502 }));

  const firstFailureToBannerMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page: Page = await browser.ctx.newPage();
    await page.goto('https://claude.ai/new');
    // As claude.ai does while in use: its own API, about once a second.
    await page.evaluate(() => void setInterval(() => void fetch('/api/organizations').catch(() => undefined), 1000));
    await sleep(3_000 + Math.random() * 5_000);
    firstFailureAt = 0;
    apiStatus = 503;
    const shown = await waitFor(async () => (await inspectBanner(page)).headline.startsWith('claude.ai is failing for you'), 60_000);
    if (shown) firstFailureToBannerMs.push(Date.now() - firstFailureAt);
    console.log(`  first failing request -> banner: ${shown ? `${((Date.now() - firstFailureAt) / 1000).toFixed(1)} s` : 'not shown'}`);
    apiStatus = 200;
    await waitFor(async () => (await readToolbar(browser.ctx)).text === '', 60_000);
    await page.close();
  }

  const documentToBannerMs: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const page = await browser.ctx.newPage();
    const opened = Date.now();
    await page.goto(`https://claude.ai/down?run=${i}`);
    const shown = await waitFor(async () => (await inspectBanner(page)).text.includes('server error'), 10_000);
    if (shown) documentToBannerMs.push(Date.now() - opened);
    await page.close();
  }
  console.log(`  5xx document -> banner: ${documentToBannerMs.map((ms) => `${ms} ms`).join(', ')}`);
  return { firstFailureToBannerMs, documentToBannerMs };
}
