// Drives the Firefox test build in Debian's Firefox ESR with puppeteer-core over WebDriver BiDi
// (the recipe known to work with Debian's Firefox ESR). The add-on gets a fixed internal UUID so its pages can be
// opened, and talks to the loopback stand-in named in its test build.
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { startStatusServer, type StatusServer } from '../replay/status-server';
import { GECKO_ID } from '../../src/manifest';
import { STAND_IN_PORTS } from '../../scripts/stand-in-ports.mjs';
import { firefoxPath } from './browsers';
import { claudePage } from './chromium-harness';

export const FIREFOX_TEST_DIST = resolve('dist/test-firefox');
/** The ports the test build was built for (STAND_IN_PORT, read by the build and here alike). */
export const FIREFOX_STATUS_PORTS = STAND_IN_PORTS;
const UUID = '7b0c6f4e-5a7d-4c1e-9a55-3c1d2b8e9f10';
/** A page of the add-on, by its path in the build. */
export const addonUrl = (path: string): string => `moz-extension://${UUID}/${path}`;

export interface Firefox {
  browser: Browser;
  popup: Page;
  close(): Promise<void>;
}

/**
 * Starts Firefox with the test build installed. With `profile`, that folder is the profile, so a second launch
 * on it is a browser restart: the add-on is a temporary one, uninstalled when Firefox closes, so it is
 * installed again under the same UUID, and keeps its storage through the uninstall (Firefox's testing prefs
 * `extensions.webextensions.keepStorageOnUninstall` and `keepUuidOnUninstall`, as web-ext's own reloads do).
 */
export async function launchFirefox(profile?: string): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['-remote-allow-system-access'],
    ...(profile ? { userDataDir: profile } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      ...(profile ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),

    },
  });
  await browser.installExtension(FIREFOX_TEST_DIST);
  const popup = await browser.newPage();
  // This navigation reports a time-out although the page loads (recipe); wait for the page instead.
  await popup.goto(addonUrl('src/popup/index.html'), { timeout: 3000 }).catch(() => undefined);
  // Polled with evaluate, not waitForFunction: Firefox 140 ESR blocks the Function() that puppeteer's
  // waitForFunction helper uses on an extension page (its CSP: "call to Function() blocked by CSP").
  const deadline = Date.now() + 15_000;
  while (!(await popup.evaluate(() => document.querySelector('button') !== null).catch(() => false))) {
    if (Date.now() > deadline) throw new Error('the add-on\'s popup did not load');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { browser, popup, close: () => browser.close() };
}

export interface FirefoxToolbar { text: string; colour: number[]; title: string; refresh: unknown }

/** Asks for a check from the add-on's own page, then reads the toolbar there. */
export function refreshAndRead(popup: Page): Promise<FirefoxToolbar> {
  return popup.evaluate(async () => {
    // `browser` is Firefox's own extension namespace inside the add-on's page.
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    const refresh: unknown = await ext.runtime.sendMessage({ type: 'refresh' });
    return {
      refresh,
      text: await ext.action.getBadgeText({}),
      colour: await ext.action.getBadgeBackgroundColor({}),
      title: await ext.action.getTitle({}),
    };
  });
}

/**
 * One Firefox with the test build and the loopback status page for a suite: started before its tests,
 * closed after. The returned object's fields are filled in by then.
 */
export function useFirefox(): { firefox: Firefox; server: StatusServer } {
  const suite = {} as { firefox: Firefox; server: StatusServer };
  beforeAll(async () => {
    suite.server = await startStatusServer(FIREFOX_STATUS_PORTS);
    suite.firefox = await launchFirefox();
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
  });
  return suite;
}

/** A new tab on a stand-in claude.ai page (the chromium harness's pages, served by request interception). */
export async function openClaude(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    if (req.url().startsWith('https://claude.ai/')) {
      const { status, contentType, headers, body } = claudePage(req.url());
      void req.respond({ status, contentType, headers, body });
    } else {
      void req.continue();
    }
  });
  await page.goto(`https://claude.ai${path}`);
  return page;
}

/**
 * Reads until `done` says so or `timeoutMs` passes, and answers the last reading: the caller asserts on it,
 * so a failure shows what was there. (puppeteer's waitForFunction cannot see inside the add-on's state.)
 */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}
