// The log-out guard in Firefox ESR (#20): the same account menu as in Chromium, the status page from the
// loopback stand-in. The Firefox test build leaves the banner's root open, so the page reads it directly;
// clicks are real input over WebDriver BiDi (trusted), a page script's click() is not.
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/i18n';
import { openClaude as openStandIn, pollUntil, refreshAndRead, useFirefox } from './firefox-harness';

const suite = useFirefox();
const QUESTION = EN.t('guardPrompt');

async function openClaude(path = '/new'): Promise<Page> {
  const page = await openStandIn(suite.firefox.browser, path);
  await page.waitForSelector('.account');
  return page;
}

/** Something inside the banner's host, or null. */
const part = (page: Page, selector: string) => page.evaluate((s) => {
  const node = document.querySelector('[data-claude-status-banner]')?.shadowRoot?.querySelector(s);
  return node ? { text: node.textContent ?? '', role: node.getAttribute('role') } : null;
}, selector);

const waitFor = pollUntil;

const prompt = (page: Page) => waitFor(() => part(page, '.guard'), (p) => p !== null);
const noPrompt = (page: Page) => waitFor(() => part(page, '.guard'), (p) => p === null);
const path = (page: Page) => new URL(page.url()).pathname;
const loggedOut = (page: Page) => waitFor(async () => path(page), (p) => p === '/logout');

/** The banner is up: the page has read the guard's switch and choice too (read before it is drawn). */
const bannerUp = async (page: Page): Promise<void> => {
  expect((await waitFor(() => part(page, '.banner'), (b) => b?.text.includes('Investigating') ?? false))?.text).toContain('Investigating');
};

async function clickLogOut(page: Page): Promise<void> {
  if (await page.$eval('#account-menu', (m) => (m as HTMLElement).hidden)) await page.click('.account');
  await page.click('#account-menu .logout');
}

async function press(page: Page, className: string): Promise<void> {
  const handle = await page.evaluateHandle((c) => document.querySelector('[data-claude-status-banner]')?.shadowRoot?.querySelector(`.${c}`) ?? null, className);
  const button = handle.asElement() as ElementHandle<Element> | null;
  if (!button) throw new Error(`no .${className} in the banner`);
  await button.click();
}

describe('Firefox ESR: the log-out guard', () => {
  it('holds a person’s click on Log out during the outage; "Stay signed in" keeps the page', async () => {
    suite.server.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refreshAndRead(suite.firefox.popup);
    const page = await openClaude();
    await bannerUp(page);
    await clickLogOut(page);
    const asked = await prompt(page);
    expect(asked).toMatchObject({ role: 'alertdialog' });
    expect(asked?.text).toContain(QUESTION);
    expect(path(page)).toBe('/new');
    await press(page, 'stay');
    expect(await noPrompt(page)).toBeNull();
    expect(path(page)).toBe('/new');
    await page.close();
  });

  it('is first even when the page’s own script tries to take the press', async () => {
    const page = await openClaude('/first');
    await bannerUp(page);
    await clickLogOut(page);
    expect((await prompt(page))?.text).toContain(QUESTION);
    expect(path(page)).toBe('/first');
    await page.close();
  });

  it('never holds the page’s own click()', async () => {
    const page = await openClaude();
    await bannerUp(page);
    await page.evaluate(() => document.querySelector<HTMLElement>('#account-menu .logout')?.click());
    expect(await loggedOut(page)).toBe('/logout');
    expect(await part(page, '.guard')).toBeNull();
    await page.close();
  });

  it('"Log out anyway" logs out, and the same episode does not ask again', async () => {
    const page = await openClaude();
    await bannerUp(page);
    await clickLogOut(page);
    expect((await prompt(page))?.text).toContain(QUESTION);
    await press(page, 'proceed');
    expect(await loggedOut(page)).toBe('/logout');
    await page.close();
    const again = await openClaude();
    await bannerUp(again);
    await clickLogOut(again);
    expect(await loggedOut(again)).toBe('/logout');
    expect(await part(again, '.guard')).toBeNull();
    await again.close();
  });

  it('on a calm day the click passes at once', async () => {
    suite.server.serve({ scenario: 'b0-2026-03-02-baseline' });
    await refreshAndRead(suite.firefox.popup);
    const page = await openClaude();
    await clickLogOut(page);
    expect(await loggedOut(page)).toBe('/logout');
    expect(await part(page, '.guard')).toBeNull();
    await page.close();
  });
});
