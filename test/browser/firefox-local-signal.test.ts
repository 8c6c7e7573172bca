// Knowing before the status page does, in Firefox ESR (the test build: loopback status page, open banner
// root), against the stand-in claude.ai app (claude-app.ts): the same scenarios as Chromium's suite.
import type { HTTPRequest, Page } from 'puppeteer-core';
import { describe, it } from 'vitest';
import { answerFor, newAppServer } from './claude-app';
import { refreshAndRead, useFirefox } from './firefox-harness';
import * as scenario from './local-signal-scenarios';

const suite = useFirefox();
const app = newAppServer();
const pages = new Set<Page>();
type Ext = { browser: typeof chrome };

/** A new tab whose claude.ai (and "another site") requests the stand-ins answer. */
async function newTab(): Promise<Page> {
  const page = await suite.firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    const url = req.url();
    // A request the page aborted is gone before the answer: nothing to answer then.
    if (url.startsWith('https://claude.ai/')) req.respond(answerFor(app, url)).catch(() => undefined);
    else if (url.startsWith('https://elsewhere.example/')) req.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><p>Another site</p>' }).catch(() => undefined);
    else req.continue().catch(() => undefined);
  });
  pages.add(page);
  return page;
}

const bannerOf = (page: Page) => page.evaluate(() =>
  document.querySelector('[data-claude-status-banner]')?.shadowRoot?.querySelector('.banner')?.textContent ?? '');

function tabOf(page: Page): scenario.AppTab {
  return {
    banner: () => bannerOf(page).catch(() => ''),
    reload: async () => void await page.reload(),
    front: () => page.bringToFront(),
    dismiss: async () => {
      // The banner redraws each minute and on news: a redraw between finding the button and clicking it
      // detaches the node found, so it is found again (the click is still a real one, and made once).
      for (let attempt = 0; ; attempt++) {
        const close = await page.evaluateHandle(() => document.querySelector('[data-claude-status-banner]')?.shadowRoot?.querySelector<HTMLElement>('.close') ?? null);
        const el = close.asElement() as unknown as { click(): Promise<void> } | null;
        try {
          await el?.click();
          return;
        } catch (e) {
          if (attempt >= 4 || !String(e).includes('detached')) throw e;
        }
      }
    },
    close: async () => {
      pages.delete(page);
      await page.close();
    },
  };
}

const ext = () => suite.firefox.popup;

const driver: scenario.LocalDriver = {
  app,
  open: async (path) => {
    const page = await newTab();
    await page.goto(`https://claude.ai${path}`);
    return tabOf(page);
  },
  blank: async () => {
    const page = await newTab();
    await page.goto('https://elsewhere.example/');
    await page.bringToFront();
    return tabOf(page);
  },
  openFromElsewhere: async (path) => {
    const page = await newTab();
    await page.goto('https://elsewhere.example/');
    await Promise.all([page.waitForNavigation(), page.evaluate((url) => { location.href = url; }, `https://claude.ai${path}`)]);
    await page.reload();
    return tabOf(page);
  },
  toolbar: () => ext().evaluate(async () => {
    const b = (globalThis as unknown as Ext).browser;
    return { text: await b.action.getBadgeText({}), title: await b.action.getTitle({}) };
  }),
  popupVerdict: async () => {
    await ext().reload({ timeout: 3000 }).catch(() => undefined);
    return scenario.within(10_000, () => ext().evaluate(() => document.querySelector('.verdict-line')?.textContent ?? ''), (t) => t !== '');
  },
  statusPage: async (name) => {
    suite.server.serve({ scenario: name });
    await refreshAndRead(ext());
  },
  reset: async () => {
    for (const p of [...pages]) await p.close();
    pages.clear();
    await ext().evaluate(async () => {
      const b = (globalThis as unknown as Ext).browser;
      await b.storage.session.remove('requestWindow');
      await b.storage.local.remove(['localSignal', 'banner', 'bannerDismissal']);
    });
    await driver.statusPage('a-all-operational');
  },
};

describe('Firefox ESR: what claude.ai’s own requests say', () => {
  let busy: scenario.AppTab;
  it('no alarm from failing telemetry and a broken endpoint on a busy tab, for 130 s', async () => {
    busy = await scenario.telemetryFailingIsNoAlarm(driver, 130_000);
  }, 200_000);
  it('the 2 March pattern on that tab, open and busy for minutes', () => scenario.march2OnBusyTab(driver, busy), 120_000);
  it('recovery after a reload', () => scenario.recoveryAfterReload(driver, busy), 240_000);
  it('a page opened during the outage', () => scenario.pageOpenedDuringOutage(driver), 120_000);
  it('a hidden tab that starts failing, and the person coming back to it', () => scenario.hiddenTabStartsFailing(driver), 240_000);
  it('a brownout is one episode', () => scenario.brownoutIsOneEpisode(driver, 60_000), 240_000);
  it('a claude.ai page that is itself "Rate exceeded" (429)', () => scenario.rateExceededDocument(driver), 60_000);
  it('a broken claude.ai URL opened from another site, twice, alarms no other tab', () => scenario.brokenLinkFromElsewhereIsNoAlarm(driver), 120_000);
  it('works again here while the status page still says Monitoring', () => scenario.worksHereWhileMonitoring(driver), 240_000);
});
