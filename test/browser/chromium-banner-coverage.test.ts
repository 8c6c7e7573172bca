// The banner on a realistic claude.ai (test/support/claude-stand-in.ts: sidebar, top bar with a model
// selector and Share, a conversation with its actions, a composer) at a phone's width (360 px), Firefox for
// Android's common 420 px and a laptop's 1280 px: collapsed, it covers none of the page's controls (#21,
// defect 12), and below 600 px it is one compact block with the advice one press away.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAND_IN_CONTROLS } from '../support/claude-stand-in';
import { bannerCount, inspectBanner } from './banner-cdp';
import { type Chromium, launchChromium } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

let browser: Chromium;
let claude: Page;
keepFailureArtifacts(() => browser);

beforeAll(async () => {
  browser = await launchChromium();
  browser.serve({ scenario: 'b1-2026-03-02-investigating' });
  await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
  claude = await browser.ctx.newPage();
  await claude.emulateMedia({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await browser?.close();
});

/** The banner's box and every visible page control it overlaps, by name. */
const overlaps = (page: Page) => page.evaluate((selector) => {
  const host = document.querySelector('[data-claude-status-banner]');
  if (!host) throw new Error('no banner');
  const b = host.getBoundingClientRect();
  const hit = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return false;
    return r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top;
  }).map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
  return { hit, box: { x: b.x, y: b.y, width: b.width, height: b.height }, width: innerWidth };
}, STAND_IN_CONTROLS);

describe('Chromium: the banner covers no control of claude.ai while collapsed', () => {
  for (const width of [360, 420, 1280]) {
    it(`${width} px wide`, async () => {
      await claude.setViewportSize({ width, height: 800 });
      await claude.goto('https://claude.ai/chat/0');
      await expect.poll(() => bannerCount(claude)).toBe(1);
      const o = await overlaps(claude);
      expect(o.hit).toEqual([]);
      expect(o.box.width).toBeLessThanOrEqual(width);
      const b = await inspectBanner(claude);
      expect(b.headline).toBe('claude.ai is down for everyone: the status page says so');
      if (width < 600) {
        // Collapsed to the headline and two buttons; "Details" opens the advice and the rest.
        expect(o.box.height).toBeLessThanOrEqual(72);
        await claude.keyboard.press('Tab');
        await claude.keyboard.press('Enter');
        expect((await inspectBanner(claude)).text).toContain('Hide details');
        expect((await overlaps(claude)).box.height).toBeGreaterThan(o.box.height + 30);
        await claude.screenshot({ path: `test-results/chromium/banner-${width}-open.png` });
        await claude.keyboard.press('Enter');
      } else {
        expect(o.box.height).toBeLessThanOrEqual(80);
      }
      await claude.screenshot({ path: `test-results/chromium/banner-${width}.png` });
    });
  }
});
