// Knowing before the status page does, in real Chromium with the shipped build, against a stand-in claude.ai
// that behaves like the web app (claude-app.ts): the scenarios of local-signal-scenarios.ts, as a person
// meets them. The status page says all is well unless a scenario says otherwise.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { bannerText, clickNode, inspectBanner } from './banner-cdp';
import { answerFor, newAppServer } from './claude-app';
import { type Chromium, launchChromium, readToolbar } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';
import * as scenario from './local-signal-scenarios';

let browser: Chromium;
keepFailureArtifacts(() => browser);
const app = newAppServer();
const pages = new Set<Page>();

function tabOf(page: Page): scenario.AppTab {
  pages.add(page);
  return {
    banner: () => bannerText(page),
    reload: async () => void await page.reload(),
    front: () => page.bringToFront(),
    dismiss: async () => {
      const { close } = await inspectBanner(page);
      if (close) await clickNode(page, close);
    },
    close: async () => {
      pages.delete(page);
      await page.close();
    },
  };
}

const driver: scenario.LocalDriver = {
  app,
  open: async (path) => {
    const page = await browser.ctx.newPage();
    await page.goto(`https://claude.ai${path}`);
    return tabOf(page);
  },
  blank: async () => {
    const page = await browser.ctx.newPage();
    await page.goto('https://elsewhere.example/');
    await page.bringToFront();
    return tabOf(page);
  },
  openFromElsewhere: async (path) => {
    const page = await browser.ctx.newPage();
    await page.goto('https://elsewhere.example/');
    await page.evaluate((url) => { location.href = url; }, `https://claude.ai${path}`);
    await page.waitForURL(`https://claude.ai${path}`);
    await page.reload();
    return tabOf(page);
  },
  toolbar: () => readToolbar(browser.ctx),
  popupVerdict: async () => {
    await browser.popup.reload();
    return (await browser.popup.locator('.verdict-line').first().textContent()) ?? '';
  },
  statusPage: async (name) => {
    browser.serve({ scenario: name });
    await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
  },
  reset: async () => {
    for (const p of [...pages]) await p.close();
    pages.clear();
    await browser.popup.evaluate(async () => {
      await chrome.storage.session.remove('requestWindow');
      await chrome.storage.local.remove(['localSignal', 'banner', 'bannerDismissal']);
      await chrome.runtime.sendMessage({ type: 'refresh' });
    });
  },
};

beforeAll(async () => {
  browser = await launchChromium();
  browser.serve({ scenario: 'a-all-operational' });
  await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
  // After the harness's own claude.ai route, so this one answers.
  await browser.ctx.route('https://claude.ai/**', (route) => route.fulfill(answerFor(app, route.request().url())));
  await browser.ctx.route('https://elsewhere.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><p>Another site</p>' }));
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

describe('Chromium: what claude.ai’s own requests say, on by default', () => {
  let busy: scenario.AppTab;
  // The window is two minutes: past them, a calm session only repeats itself (ten minutes: the bench).
  it('no alarm from failing telemetry and a broken endpoint on a busy tab, for 130 s', async () => {
    busy = await scenario.telemetryFailingIsNoAlarm(driver, 130_000);
  }, 200_000);
  it('the 2 March pattern on that tab, open and busy for minutes: the advice, the badge and the popup', () => scenario.march2OnBusyTab(driver, busy), 120_000);
  it('recovery after a reload: "you can sign in again" once requests have worked for a minute', () => scenario.recoveryAfterReload(driver, busy), 240_000);
  it('a page opened during the outage', () => scenario.pageOpenedDuringOutage(driver), 120_000);
  it('a hidden tab that starts failing, and the person coming back to it', () => scenario.hiddenTabStartsFailing(driver), 240_000);
  it('a brownout is one episode: held, never "sign in again", dismissed for good', () => scenario.brownoutIsOneEpisode(driver, 60_000), 240_000);
  it('a claude.ai page that is itself "Rate exceeded" (429): the advice at once', () => scenario.rateExceededDocument(driver), 60_000);
  it('a broken claude.ai URL opened from another site, twice, alarms no other tab', () => scenario.brokenLinkFromElsewhereIsNoAlarm(driver), 120_000);
  it('works again here while the status page still says Monitoring', () => scenario.worksHereWhileMonitoring(driver), 240_000);
});
