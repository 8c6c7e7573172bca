// The log-out guard in real Chromium (#20): while the status page reports claude.ai down, a person's own
// press on the stand-in's account menu "Log out" is held and the banner asks; a page script's click() and
// a calm day pass straight through. The banner's root is closed: read and pressed over CDP (banner-cdp.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN } from '../support/i18n';
import { bannerPart, clickNode, inspectBanner } from './banner-cdp';
import { type Chromium, launchChromium } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

let browser: Chromium;
keepFailureArtifacts(() => browser);
let claude: Page;

const QUESTION = EN.t('guardPrompt');
const refresh = async (): Promise<void> => {
  expect(await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))).toEqual({ ok: true });
};
const prompt = async (page: Page = claude) => (await bannerPart(page, 'guard'))?.text ?? null;
const path = (page: Page = claude) => new URL(page.url()).pathname;

/** A person opens the account menu and clicks "Log out" (Playwright's clicks are real input: trusted). */
async function clickLogOut(page: Page = claude): Promise<void> {
  if (await page.locator('#account-menu').isHidden()) await page.click('.account');
  await page.click('#account-menu .logout');
}

async function press(className: string, page: Page = claude): Promise<void> {
  const part = await bannerPart(page, className);
  if (!part) throw new Error(`no .${className} in the banner`);
  await clickNode(page, part.node);
}

async function openClaude(page: Page = claude): Promise<void> {
  await page.goto('https://claude.ai/new');
  await page.waitForSelector('.account');
}

/** The banner is up: the page has read the guard's switch and choice too (read before it is drawn). */
const bannerUp = async (text: string): Promise<void> => {
  await expect.poll(async () => (await inspectBanner(claude)).text, { timeout: 20_000 }).toContain(text);
};
const stored = () => browser.popup.evaluate(async () => (await chrome.storage.local.get('logoutAllowed')).logoutAllowed);

beforeAll(async () => {
  browser = await launchChromium();
  browser.serve({ scenario: 'b1-2026-03-02-investigating' });
  await refresh();
  claude = await browser.ctx.newPage();
  await claude.emulateMedia({ reducedMotion: 'reduce' });
  await openClaude();
});
afterAll(async () => {
  await browser?.close();
});

describe('Chromium: the log-out guard during the 2 March 2026 outage', () => {
  it('holds a person’s click on Log out and asks in the banner, focus on "Stay signed in"', async () => {
    await bannerUp('Investigating');
    await clickLogOut();
    await expect.poll(() => prompt()).toContain(QUESTION);
    const part = await bannerPart(claude, 'guard');
    expect(part?.role).toBe('alertdialog');
    expect(part?.text).toContain(EN.t('guardStay'));
    expect(part?.text).toContain(EN.t('guardProceed'));
    expect(path()).toBe('/new');
    await claude.screenshot({ path: 'test-results/chromium/logout-guard.png' });
    // Focus is in the question: Enter answers it with its first button, "Stay signed in".
    await claude.keyboard.press('Enter');
    await expect.poll(() => prompt()).toBeNull();
    expect(path()).toBe('/new');
    // The banner itself is still there.
    expect((await inspectBanner(claude)).text).toContain('Investigating');
  });

  it('"Stay signed in" drops the click: the page stays', async () => {
    await clickLogOut();
    await expect.poll(() => prompt()).toContain(QUESTION);
    await press('stay');
    await expect.poll(() => prompt()).toBeNull();
    expect(path()).toBe('/new');
    expect(await stored()).toBeUndefined();
  });

  it('holds the keyboard too: Enter on the focused menu item, and Escape means stay', async () => {
    await claude.focus('.account');
    await claude.keyboard.press('ArrowDown');
    await claude.keyboard.press('ArrowDown');
    await claude.keyboard.press('ArrowDown');
    expect(await claude.evaluate(() => document.activeElement?.textContent)).toBe('Log out');
    await claude.keyboard.press('Enter');
    await expect.poll(() => prompt()).toContain(QUESTION);
    expect(path()).toBe('/new');
    await claude.keyboard.press('Escape');
    await expect.poll(() => prompt()).toBeNull();
    expect(path()).toBe('/new');
  });

  it('cannot be pre-empted by the page: its own window listener, added before the banner’s script, comes too late', async () => {
    await claude.goto('https://claude.ai/first');
    await claude.waitForSelector('.account');
    await bannerUp('Investigating');
    await clickLogOut();
    await expect.poll(() => prompt()).toContain(QUESTION);
    expect(path()).toBe('/first');
    await press('stay');
    await expect.poll(() => prompt()).toBeNull();
    expect(path()).toBe('/first');
    await openClaude();
  });

  it('never holds the page’s own click(): an untrusted click logs out with no question', async () => {
    await bannerUp('Investigating');
    await claude.evaluate(() => document.querySelector<HTMLElement>('#account-menu .logout')?.click());
    await claude.waitForURL('**/logout');
    expect(await prompt()).toBeNull();
    await openClaude();
  });

  it('does not take "log out" in a message for the control: a link in Claude’s reply passes', async () => {
    await bannerUp('Investigating');
    await claude.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: '/logout', textContent: 'Log out' });
      document.querySelector('.reply')?.append(link);
    });
    await claude.click('.reply a[href="/logout"]');
    await claude.waitForURL('**/logout');
    await openClaude();
  });

  it('"Log out anyway" logs out, remembered for the episode', async () => {
    await bannerUp('Investigating');
    await clickLogOut();
    await expect.poll(() => prompt()).toContain(QUESTION);
    await press('proceed');
    await claude.waitForURL('**/logout');
    expect(await stored()).toEqual({ version: 1, episode: 'incident:fx26mar02inc' });
  });

  it('does not ask a second time in the same episode', async () => {
    await openClaude();
    await bannerUp('Investigating');
    await clickLogOut();
    await claude.waitForURL('**/logout');
    expect(await prompt()).toBeNull();
  });
});

describe('Chromium: the log-out guard stays out of the way', () => {
  it('on a calm day the click passes at once', async () => {
    browser.serve({ scenario: 'b0-2026-03-02-baseline' });
    await refresh();
    await openClaude();
    await clickLogOut();
    await claude.waitForURL('**/logout');
    expect(await prompt()).toBeNull();
  });

  it('asks again in a new episode, even when the banner was dismissed (the question alone)', async () => {
    browser.serve({ scenario: 'd-major-outage-multi-component' });
    await refresh();
    await openClaude();
    await bannerUp('down for everyone');
    await press('close');
    await expect.poll(async () => (await inspectBanner(claude)).hosts).toBe(0);
    await clickLogOut();
    await expect.poll(() => prompt()).toContain(QUESTION);
    // The dismissed banner stays dismissed: only the question is shown.
    expect((await inspectBanner(claude)).banner).toBeNull();
    await press('stay');
    await expect.poll(async () => (await inspectBanner(claude)).hosts).toBe(0);
    expect(path()).toBe('/new');
  });

  it('does not hold at all once the person turns the switch off', async () => {

    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByRole('checkbox', { name: EN.t('guardToggle') }).uncheck();
    await expect.poll(() => browser.popup.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { logoutGuard?: boolean } | undefined)?.logoutGuard)).toBe(false);
    await options.close();
    // The open page follows the switch without a reload.
    await clickLogOut();
    await claude.waitForURL('**/logout');
    expect(await prompt()).toBeNull();
  });
});
