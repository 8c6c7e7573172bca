// The claude.ai banner in real Chromium, on stand-in claude.ai pages served by request routing. Its shadow
// root is closed, so it is read over the DevTools protocol (banner-cdp.ts), as the page itself cannot.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryAt } from '../support/captured-at';
import { summaryOf } from '../support/fixtures';
import {
  accessibleText, bannerCount, bannerNode, bannerPart, bannerText as readText, boxOf, clickNode, focusNode, inspectBanner, styleOf,
} from './banner-cdp';
import { type Chromium, launchChromium } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

let browser: Chromium;
keepFailureArtifacts(() => browser);
let claude: Page;

const refresh = async (): Promise<void> => {
  expect(await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))).toEqual({ ok: true });
};
const count = (page: Page = claude) => bannerCount(page);
const bannerText = (page: Page = claude) => readText(page);

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
    expect(await count()).toBe(0);
  });

  it('appears at "investigating" with the incident, the advice, and a link to the status page', async () => {
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refresh();
    await expect.poll(() => bannerText()).toContain('Elevated errors on claude.ai, console, and claude code');
    const text = await bannerText();
    expect(text).toContain('Investigating');
    expect(text).toMatch(/don’t clear cookies, log out or reinstall/);
    expect(text).toContain('your session should come back');
    const b = await inspectBanner(claude);
    expect(b.headline).toBe('claude.ai is down for everyone: the status page says so');
    expect(b.link).toBe('https://status.claude.com/incidents/fx26mar02inc');
    expect(b.role).toBe('status');
    if (!b.banner) throw new Error('no banner');
    expect((await styleOf(claude, b.banner, ['animation-name']))['animation-name']).toBe('none');
    await claude.screenshot({ path: 'test-results/chromium/banner-investigating.png' });
  });

  it('adds exactly one node to the page and does not cover the message box', async () => {
    expect(await claude.evaluate(() => document.querySelectorAll('*').length)).toBe(nodesBefore + 1);
    const node = (await inspectBanner(claude)).banner;
    const prompt = await claude.locator('#prompt').boundingBox();
    if (!node || !prompt) throw new Error('no boxes');
    const b = await boxOf(claude, node);
    expect(b.y + b.height).toBeLessThan(prompt.y);
  });

  it('is in the accessibility tree, advice included, though the page cannot read it', async () => {
    expect(await accessibleText(claude)).toMatch(/cookies/);
    // Closed: the page's own scripts reach the host and nothing inside it.
    expect(await claude.evaluate(() => {
      const host = document.querySelector('[data-claude-status-banner]');
      return { root: host?.shadowRoot ?? null, text: host?.textContent, inner: host?.children.length };
    })).toEqual({ root: null, text: '', inner: 0 });
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
    expect(await count()).toBe(1);
  });
});

describe('Chromium: dismissing the banner', () => {
  it('hides it for this incident, across pages, until it escalates or a new one starts', async () => {
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refresh();
    await expect.poll(() => bannerText()).toContain('Investigating');
    // A page script's click is not the person's (#16): ignored, nothing stored.
    await claude.evaluate(() => {
      for (const b of document.querySelectorAll('[data-claude-status-banner] button')) (b as HTMLButtonElement).click();
    });
    expect(await browser.popup.evaluate(async () => (await chrome.storage.local.get('bannerDismissal')).bannerDismissal)).toBeUndefined();
    const close = (await inspectBanner(claude)).close;
    if (!close) throw new Error('no close button');
    await focusNode(claude, close);
    await claude.keyboard.press('Enter');
    await expect.poll(() => count()).toBe(0);

    browser.serve({ scenario: 'c1-2026-03-02-identified' });
    await refresh();
    const other = await browser.ctx.newPage();
    await other.goto('https://claude.ai/');
    await other.waitForTimeout(300);
    expect(await count(other)).toBe(0);
    expect(await count()).toBe(0);

    // Escalation: claude.ai goes to a major outage in the same incident.
    browser.serve({ json: edited('c1-2026-03-02-identified', (raw) => {
      for (const c of raw.components) if (c.id === 'rwppv331jlwc') c.status = 'major_outage';
    }) });
    await refresh();
    await expect.poll(() => bannerText(other)).toContain('claude.ai is down for everyone');
    // A major outage interrupts: an alert rather than a status.
    expect((await inspectBanner(other)).role).toBe('alert');
    const closeOther = (await inspectBanner(other)).close;
    if (!closeOther) throw new Error('no close button');
    await focusNode(other, closeOther);
    await other.keyboard.press('Escape');
    await expect.poll(() => count(other)).toBe(0);
    await other.close();
  });
});

describe('Chromium: the details say which models and what still works (#20)', () => {
  it('on 27 March 2026 at 11:30 UTC: Opus 4.6 and Sonnet 4.6 named, Claude Cowork working', async () => {
    // The real incident as the page showed it then: claude.ai, the API, Claude Code and more affected.
    browser.serve({ json: summaryAt('real-captures/incidents/b9802k1zb5l2.json', '2026-03-27T11:30:00Z') });
    await refresh();
    await expect.poll(async () => (await bannerPart(claude, 'models'))?.text ?? null)
      .toBe('Names Opus 4.6 and Sonnet 4.6. Other models aren’t named as affected; switching model may help.');
    expect((await bannerPart(claude, 'still-works'))?.text).toBe('Claude Cowork is working.');
    const toggle = await bannerNode(claude, 'toggle');
    if (!toggle) throw new Error('no Details button');
    await clickNode(claude, toggle);
    const models = await bannerPart(claude, 'models');
    if (!models) throw new Error('no models line');
    // Shown once the person opens the details, not only present in the tree.
    expect((await boxOf(claude, models.node)).height).toBeGreaterThan(0);
    await claude.screenshot({ path: 'test-results/chromium/banner-models-still-works.png' });
  });

  it('names no model when the incident names none; what works follows the same check', async () => {
    // Two "Service disruption on Claude services" incidents: no model in their text; only Government is up.
    browser.serve({ scenario: 'd-major-outage-multi-component' });
    await refresh();
    await expect.poll(async () => (await bannerPart(claude, 'still-works'))?.text ?? null).toBe('Claude for Government is working.');
    expect(await bannerPart(claude, 'models')).toBeNull();
  });
});

describe('Chromium: the banner stays away when it should', () => {
  it.each([
    ['the status page is unreachable', { http: '503-origin-error.http' }],
    ['the status page is challenged', { http: '405-waf-captcha.http' }],
  ] as const)('goes when %s: never a false alarm or a false all-clear', async (_label, answer) => {
    browser.serve({ scenario: 'd-major-outage-multi-component' });
    await refresh();
    await expect.poll(() => count()).toBe(1);
    browser.serve(answer);
    await refresh();
    // One failed check is a blip that keeps recent data on show; a second makes it unknown.
    await refresh();
    await expect.poll(() => count()).toBe(0);
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
    await expect.poll(() => count()).toBe(0);
    browser.serve(answer);
    await refresh();
    await claude.waitForTimeout(300);
    expect(await count()).toBe(0);
    expect(await browser.popup.evaluate(async () => (await chrome.storage.local.get('banner')).banner))
      .toEqual({ version: 4, view: { kind: 'hidden', wasAffected: false } });
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
    const b = await inspectBanner(page);
    if (!b.banner) throw new Error('no banner');
    expect(await styleOf(page, b.banner, ['background-color', 'font-size', 'display'])).toEqual({
      'background-color': 'rgb(255, 244, 236)', 'font-size': '13px', display: 'flex',
    });
    const host = await page.evaluate(() => {
      const h = document.querySelector('[data-claude-status-banner]');
      return h ? { display: getComputedStyle(h).display, position: getComputedStyle(h).position } : null;
    });
    expect(host).toEqual({ display: 'block', position: 'fixed' });
    expect((await boxOf(page, b.banner)).height).toBeGreaterThan(20);
    expect(JSON.stringify(b.banner)).not.toMatch(/"nodeName":"IMG"/);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.screenshot({ path: 'test-results/chromium/banner-hostile-page.png' });
    await page.close();
  });
});

describe('Chromium: a page that tries to read or silence the banner (#16)', () => {
  it('cannot stop it by defining the old banner tag first, and cannot remove it for good', async () => {
    browser.serve({ json: edited('b1-2026-03-02-investigating', (raw) => {
      Object.assign(raw.incidents[0] ?? {}, { id: 'fxhostile002', name: 'Login down again' });
    }) });
    await refresh();
    const page = await browser.ctx.newPage();
    await page.addInitScript(() => {
      customElements.define('claude-status-banner', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
      });
    });
    await page.goto('https://claude.ai/new');
    await expect.poll(() => bannerText(page)).toContain('Login down again');
    // Removed by a page script, it comes back...
    await page.evaluate(() => document.querySelector('[data-claude-status-banner]')?.remove());
    await expect.poll(() => count(page)).toBe(1);
    // ...but a page that removes it every time does not get a fight: a few tries, then it stops.
    await page.evaluate(() => {
      const w = window as unknown as { removals: number };
      w.removals = 0;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[data-claude-status-banner]')) {
          el.remove();
          w.removals += 1;
        }
      }).observe(document.body, { childList: true });
      document.querySelector('[data-claude-status-banner]')?.remove();
    });
    await page.waitForTimeout(1_000);
    const removals = await page.evaluate(() => (window as unknown as { removals: number }).removals);
    expect(removals).toBeGreaterThan(0);
    expect(removals).toBeLessThanOrEqual(3);
    await page.close();
  });
});

describe('Chromium: the banner option', () => {
  it('turned off in the options page, takes a showing banner down at once; turned on, brings it back', async () => {
    browser.serve({ scenario: 'd-major-outage-multi-component' });
    await refresh();
    await expect.poll(() => bannerText()).toContain('claude.ai is down for everyone');
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const toggle = options.getByRole('checkbox', { name: /banner on claude\.ai/ });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => count()).toBe(0);
    await toggle.check();
    await expect.poll(() => bannerText()).toContain('claude.ai is down for everyone');
    await options.close();
  });
});
