// The claude.ai banner in real Chromium, on stand-in claude.ai pages served by request routing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryOf } from '../support/fixtures';
import { type Chromium, launchChromium } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

let browser: Chromium;
keepFailureArtifacts(() => browser);
let claude: Page;

const refresh = async (): Promise<void> => {
  expect(await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))).toEqual({ ok: true });
};
const banner = (page: Page = claude) => page.locator('claude-status-banner');
const bannerText = async (page: Page = claude): Promise<string> =>
  (await banner(page).count()) === 0 ? '' : (await banner(page).locator('.banner').textContent()) ?? '';

/** A summary whose claude.ai component and first incident are edited. */
function edited(scenario: string, edit: (raw: { components: { id: string; status: string }[]; incidents: { name: string }[] }) => void): unknown {
  const raw = structuredClone(summaryOf(scenario)) as Parameters<typeof edit>[0];
  edit(raw);
  return raw;
}

beforeAll(async () => {
  browser = await launchChromium();
  browser.serve({ scenario: 'b0-2026-03-02-baseline' });
  await refresh();
  claude = await browser.ctx.newPage();
  // Reduced motion: the banner must then appear without its entry animation (and screenshots are crisp).
  await claude.emulateMedia({ reducedMotion: 'reduce' });
  await claude.goto('https://claude.ai/new');
});
afterAll(async () => {
  await browser?.close();
});

describe('Chromium: the banner through the 2 March 2026 outage, live, without reloading', () => {
  let nodesBefore = 0;

  it('is absent while all is well', async () => {
    nodesBefore = await claude.evaluate(() => document.querySelectorAll('*').length);
    expect(await banner().count()).toBe(0);
  });

  it('appears at "investigating" with the incident, the advice, and a link to the status page', async () => {
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refresh();
    await expect.poll(() => bannerText()).toContain('Elevated errors on claude.ai, console, and claude code');
    const text = await bannerText();
    expect(text).toContain('Investigating');
    expect(text).toMatch(/don’t clear cookies, log out or reinstall/);
    expect(text).toContain('your session should come back');
    expect(await banner().getByRole('link').getAttribute('href')).toBe('https://status.claude.com/incidents/fx26mar02inc');
    expect(await banner().getByRole('status').count()).toBe(1);
    expect(await banner().locator('.banner').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await claude.screenshot({ path: 'test-results/chromium/banner-investigating.png' });
  });

  it('adds exactly one node to the page and does not cover the message box', async () => {
    expect(await claude.evaluate(() => document.querySelectorAll('*').length)).toBe(nodesBefore + 1);
    const b = await banner().locator('.banner').boundingBox();
    const prompt = await claude.locator('#prompt').boundingBox();
    if (!b || !prompt) throw new Error('no boxes');
    expect(b.y + b.height).toBeLessThan(prompt.y);
  });

  it('is in the accessibility tree, advice included', async () => {
    expect(await banner().ariaSnapshot()).toMatch(/cookies/);
  });

  it.each([
    ['c1-2026-03-02-identified', 'Cause identified, fix in progress'],
    ['c2-2026-03-02-monitoring', 'Fix in place, being monitored'],
  ])('follows the incident to %s', async (scenario, stage) => {
    browser.serve({ scenario });
    await refresh();
    await expect.poll(() => bannerText()).toContain(stage);
  });

  it('says claude.ai has recovered, then stays single across in-app navigation', async () => {
    browser.serve({ scenario: 'c3-2026-03-02-resolved' });
    await refresh();
    await expect.poll(() => bannerText()).toContain('claude.ai has recovered, you can sign in again.');
    await claude.evaluate(() => {
      history.pushState({}, '', '/chat/another');
      document.getElementById('app')?.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Other chat' }));
    });
    expect(await banner().count()).toBe(1);
  });
});

describe('Chromium: dismissing the banner', () => {
  it('hides it for this incident, across pages, until it escalates or a new one starts', async () => {
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refresh();
    await expect.poll(() => bannerText()).toContain('Investigating');
    await banner().getByRole('button', { name: 'Dismiss this notice' }).focus();
    await claude.keyboard.press('Enter');
    await expect.poll(() => banner().count()).toBe(0);

    browser.serve({ scenario: 'c1-2026-03-02-identified' });
    await refresh();
    const other = await browser.ctx.newPage();
    await other.goto('https://claude.ai/');
    await other.waitForTimeout(300);
    expect(await banner(other).count()).toBe(0);
    expect(await banner().count()).toBe(0);

    // Escalation: claude.ai goes to a major outage in the same incident.
    browser.serve({ json: edited('c1-2026-03-02-identified', (raw) => {
      for (const c of raw.components) if (c.id === 'rwppv331jlwc') c.status = 'major_outage';
    }) });
    await refresh();
    await expect.poll(() => bannerText(other)).toContain('claude.ai is having problems');
    // A major outage interrupts: an alert rather than a status.
    expect(await banner(other).getByRole('alert').count()).toBe(1);
    await other.keyboard.press('Tab');
    await banner(other).getByRole('button').press('Escape');
    await expect.poll(() => banner(other).count()).toBe(0);
    await other.close();
  });
});

describe('Chromium: the banner stays away when it should', () => {
  it.each([
    ['the status page is unreachable', { http: '503-origin-error.http' }],
    ['the status page is challenged', { http: '405-waf-captcha.http' }],
  ] as const)('goes when %s: never a false alarm or a false all-clear', async (_label, answer) => {
    browser.serve({ scenario: 'd-major-outage-multi-component' });
    await refresh();
    await expect.poll(() => banner().count()).toBe(1);
    browser.serve(answer);
    await refresh();
    await expect.poll(() => banner().count()).toBe(0);
  });

  it.each([
    ['only Claude Code is affected', { scenario: 'f-claude-code-degraded-only' }],
    ['only the API is affected', { json: edited('a-all-operational', (raw) => {
      for (const c of raw.components) if (c.id === 'k8w3r06qmzrp') c.status = 'major_outage';
    }) }],
  ] as const)('does not come when %s', async (_label, answer) => {
    browser.serve({ scenario: 'a-all-operational' });
    await refresh();
    // Start from a quiet page: no outage was being shown, so no recovery is owed either.
    await browser.popup.evaluate(() => chrome.storage.local.remove('banner'));
    await expect.poll(() => banner().count()).toBe(0);
    browser.serve(answer);
    await refresh();
    await claude.waitForTimeout(300);
    expect(await banner().count()).toBe(0);
    expect(await browser.popup.evaluate(async () => (await chrome.storage.local.get('banner')).banner))
      .toEqual({ version: 2, view: { kind: 'hidden', wasAffected: false } });
  });
});

describe('Chromium: a hostile page', () => {
  it('with a strict CSP and hostile CSS still shows a correctly styled banner, and markup as text', async () => {
    browser.serve({ json: edited('b1-2026-03-02-investigating', (raw) => {
      // A new incident, so the dismissal of the earlier one does not apply.
      Object.assign(raw.incidents[0] ?? {}, { id: 'fxhostile001', name: '<img src=x onerror="window.pwned=1">Login down' });
    }) });
    await refresh();
    const page = await browser.ctx.newPage();
    await page.goto('https://claude.ai/hostile');
    await expect.poll(() => bannerText(page)).toContain('<img src=x onerror="window.pwned=1">Login down');
    const style = await banner(page).locator('.banner').evaluate((el) => {
      const s = getComputedStyle(el);
      const host = getComputedStyle((el.getRootNode() as ShadowRoot).host);
      return { background: s.backgroundColor, fontSize: s.fontSize, hostDisplay: host.display, hostPosition: host.position };
    });
    expect(style).toEqual({ background: 'rgb(255, 244, 236)', fontSize: '14px', hostDisplay: 'block', hostPosition: 'fixed' });
    expect(await banner(page).locator('.banner').isVisible()).toBe(true);
    expect(await banner(page).locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.screenshot({ path: 'test-results/chromium/banner-hostile-page.png' });
    await page.close();
  });
});

describe('Chromium: the banner option', () => {
  it('turned off in the options page, takes a showing banner down at once; turned on, brings it back', async () => {
    browser.serve({ scenario: 'd-major-outage-multi-component' });
    await refresh();
    await expect.poll(() => bannerText()).toContain('claude.ai is having problems');
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const toggle = options.getByRole('checkbox', { name: /banner on claude\.ai/ });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => banner().count()).toBe(0);
    await toggle.check();
    await expect.poll(() => bannerText()).toContain('claude.ai is having problems');
    await options.close();
  });
});
