// The popup, the options page and the banner at the level people expect (#15, #21), in real Chromium:
// forced colours, keyboard paths that land somewhere sensible after each action, and axe-core on the
// options page in light and dark. Every popup state's picture and checks: chromium-ui-screens.test.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryOf } from '../support/fixtures';
import { AXE_SOURCE, type AxeViolation, RUN_AXE } from './axe';
import { bannerCount, inspectBanner } from './banner-cdp';
import { type Chromium, launchChromium } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

let browser: Chromium;
keepFailureArtifacts(() => browser);

const refresh = () => browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));

async function openPopup(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  await page.getByRole('status').first().waitFor();
  return page;
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(RUN_AXE) as Promise<AxeViolation[]>;
}

/** Which element has focus, by its accessible name or text. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return el === null || el === document.body ? '(page)' : el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
});

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Chromium: the popup, forced colours and keyboard', () => {
  it('reads in forced colours (Windows high contrast): status dots and history cells stay visible', async () => {
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refresh();
    const page = await openPopup('light');
    await page.emulateMedia({ forcedColors: 'active' });
    const dot = await page.locator('.surfaces .dot').first().evaluate((el) => ({ adjust: getComputedStyle(el).forcedColorAdjust, bg: getComputedStyle(el).backgroundColor }));
    expect(dot.adjust).toBe('none');
    expect(dot.bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('keyboard: Refresh, then Options, then "tell me when it’s back", the incident and its folded parts; focus stays on Refresh after it', async () => {
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refresh();
    const page = await openPopup('light');
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order.slice(0, 5)).toEqual([
      'Refresh', 'Options', 'Full status page', 'Tell me when it’s back', 'Elevated errors on claude.ai, console, and claude code',
    ]);
    expect(order[5]).toMatch(/^Latest update/);
    expect(order[6]).toBe('Last 14 days');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.update').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Back to Refresh, press it: focus stays there while it checks and after.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Refresh');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(await focused(page)).toMatch(/^Refresh/);
    await page.close();
  });
});

describe('Chromium: the options page', () => {
  it.each(['light', 'dark'] as const)('%s: no axe violation; after "Snooze for 1 hour" focus lands on "End snooze", not the page', async (scheme) => {
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refresh();
    const page = await browser.ctx.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await page.getByRole('group', { name: 'Services' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Snooze for 1 hour' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('End snooze');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Snooze for 1 hour');
    await page.close();
  });
});

describe('Chromium: the banner and the keyboard', () => {
  it('is compact, comes first in the tab order, and after Escape focus goes back, not to the page', async () => {
    browser.serve({ json: (() => {
      const raw = structuredClone(summaryOf('b1-2026-03-02-investigating')) as { incidents: { id: string }[] };
      if (raw.incidents[0]) raw.incidents[0].id = 'fxkeyboard01';
      return raw;
    })() });
    await refresh();
    const claude = await browser.ctx.newPage();
    await claude.setViewportSize({ width: 1000, height: 700 });
    await claude.goto('https://claude.ai/new');
    await expect.poll(() => bannerCount(claude)).toBe(1);
    const b = await inspectBanner(claude);
    if (!b.banner) throw new Error('no banner');
    const height = await claude.evaluate(() => document.querySelector('[data-claude-status-banner]')?.getBoundingClientRect().height ?? 0);
    expect(height).toBeLessThanOrEqual(90);
    expect(b.text).toMatch(/don’t clear cookies/);
    // The first Tab from the page reaches the banner's buttons, before the page's own controls.
    await claude.keyboard.press('Tab');
    expect(await claude.evaluate(() => document.activeElement?.hasAttribute('data-claude-status-banner'))).toBe(true);
    await claude.keyboard.press('Enter');
    expect((await inspectBanner(claude)).text).toContain('Elevated errors on claude.ai');
    await claude.keyboard.press('Escape');
    await expect.poll(() => bannerCount(claude)).toBe(0);
    const after = await claude.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    // Back on the page, on one of its controls (the content script's choice), never the document body.
    expect(after).not.toBe('BODY');
    await claude.close();
  });
});
