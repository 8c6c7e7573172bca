import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_SURFACES } from '../../src/core/surfaces';
import { statusWord } from '../../src/core/words';
import { EN } from '../support/i18n';
import { SCENARIOS } from '../support/fixtures';
import { EXPECTED } from '../support/scenarios';
import { mkdirSync, writeFileSync } from 'node:fs';
import { encodePng } from '../../scripts/png.mjs';
import {
  captureIcons, type CapturedIcon, type Chromium, FALLBACK, lastIcon, launchChromium, readToolbar, segmentColour, STATUS, type ToolbarState,
} from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

const hex = (rgba: number[]): string => `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();

let browser: Chromium;
keepFailureArtifacts(() => browser);

/** Nearest-neighbour enlargement, so a 32 px icon can be looked at. */
function scaled(icon: CapturedIcon, k: number): number[] {
  const out: number[] = [];
  for (let y = 0; y < icon.height * k; y++) {
    for (let x = 0; x < icon.width * k; x++) {
      const at = (Math.floor(y / k) * icon.width + Math.floor(x / k)) * 4;
      out.push(...icon.data.slice(at, at + 4));
    }
  }
  return out;
}

/**
 * Presses the popup's Refresh button, as a person would, and waits (at most the 5 s the contract
 * allows) until a new check is stored and the toolbar matches.
 */
/**
 * Refreshes until the toolbar passes `check`, at most `tries` times (a failed check is a blip the first
 * time: it takes a second one in a row to make recent data unknown).
 */
async function refreshUntil(check: (t: ToolbarState) => boolean, tries = 2): Promise<ToolbarState> {
  let last = await readToolbar(browser.ctx);
  for (let n = 0; n < tries; n++) {
    const before = last.checkedAt;
    await browser.popup.getByRole('button', { name: /Refresh/ }).click();
    // The check is stored, then shown: wait for it to be stored, then give the toolbar a moment.
    const deadline = Date.now() + 15_000;
    let shownBy = Infinity;
    last = await readToolbar(browser.ctx);
    while (!(last.checkedAt !== before && check(last)) && Date.now() < Math.min(deadline, shownBy)) {
      await new Promise((r) => setTimeout(r, 100));
      last = await readToolbar(browser.ctx);
      if (last.checkedAt !== before && shownBy === Infinity) shownBy = Date.now() + 3000;
    }
    if (last.checkedAt !== before && check(last)) return last;
  }
  return last;
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Chromium: badge, colour and title by surface', () => {
  it.each(SCENARIOS)('%s', async (scenario) => {
    const expected = EXPECTED[scenario];
    if (!expected) throw new Error('no expectation');
    // Every surface is named with its status in words: colour is never the only signal.
    const wanted = Object.entries(expected.surfaces)
      .map(([key, status]) => `${KNOWN_SURFACES.find((k) => k.key === key)?.label}: ${statusWord(EN, status)}`);
    const hasAll = (t: ToolbarState): boolean => wanted.every((w) => t.title.split('\n').some((l) => l.startsWith(w)));
    browser.serve({ scenario });
    // The colour too: the badge's text and its colour are set one after the other, so the text alone can
    // already be the new stage's ("AI+" at identified and at monitoring) while the colour is still the last.
    const coloured = (x: ToolbarState): boolean => !expected.colour || hex(x.colour) === expected.colour;
    const t = await refreshUntil((x) => x.text === expected.badge && coloured(x) && hasAll(x));
    expect(t.text).toBe(expected.badge);
    if (expected.colour) expect(hex(t.colour)).toBe(expected.colour);
    expect(hasAll(t), `title:\n${t.title}`).toBe(true);
    // The popup shows every surface from storage, without fetching on its own.
    const rows = browser.popup.getByRole('list', { name: 'Services', exact: true }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(Object.keys(expected.surfaces).length);
    // Kept for people: what the popup looked like at each stage (and after a failure, why).
    await browser.popup.screenshot({ path: `test-results/chromium/popup-${scenario}.png` });
  });

  it('applies everything, the drawn per-surface icon included, without an error', async () => {
    browser.serve({ scenario: 'd-major-outage-multi-component' });
    // The background answers { ok: false } if any part of applying the badge (setIcon too) failed.
    const answer = await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
    expect(answer).toEqual({ ok: true });
    const t = await readToolbar(browser.ctx);
    expect(t.title.split('\n')[0]).toBe('claude.ai is down for everyone: the status page says so');
  });
});

describe('Chromium: the icon itself shows each surface', () => {
  // Radii (32 px icon) through the middle of a thick (affected) and of a thin (fine) segment's stroke.
  // Radii (px, 32 px icon) through the middle of a thick and of a thin arc, inside their halo.
  const THICK = 10;
  const THIN = 12;

  it('draws one segment per surface, in page order, coloured and thick where affected', async () => {
    await captureIcons(browser.ctx);
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refreshUntil((x) => x.text === 'AI+');
    const icon = await lastIcon(browser.ctx);
    if (!icon) throw new Error('no icon was set');
    mkdirSync('test-results/chromium', { recursive: true });
    writeFileSync('test-results/chromium/icon-investigating.png', encodePng(icon.width * 4, icon.height * 4, scaled(icon, 4)));
    // Page order in March 2026: claude.ai, Console, API, Government, Claude Code.
    expect(segmentColour(icon, 0, 5, THICK)).toBe('#B94A00');
    expect(segmentColour(icon, 1, 5, THICK)).toBe('#B94A00');
    // The API's component reads operational, but the open incident names it: thick, by the incident's impact.
    expect(segmentColour(icon, 2, 5, THICK)).toBe('#B94A00');
    expect(segmentColour(icon, 3, 5, THIN)).toBe('#137333');
    expect(segmentColour(icon, 4, 5, THICK)).toBe('#F9C513');
    // A fine surface's segment is thin: where an affected one is drawn, Government's is transparent.
    const govInner = segmentColour({ ...icon, data: icon.data.map((v, i) => (i % 4 === 3 ? v : 0)) }, 3, 5, THICK);
    expect(govInner).toBe('#000000');
  });

  it('greys the whole ring when the status is unknown', async () => {
    await captureIcons(browser.ctx);
    browser.serve({ http: '405-waf-captcha.http' });
    await refreshUntil((x) => x.text === '?');
    const icon = await lastIcon(browser.ctx);
    if (!icon) throw new Error('no icon was set');
    writeFileSync('test-results/chromium/icon-unknown.png', encodePng(icon.width * 4, icon.height * 4, scaled(icon, 4)));
    for (let i = 0; i < 6; i++) expect(segmentColour(icon, i, 6, THIN)).toBe('#5F6368');
  });
});

describe('Chromium: an unusable status page is "unknown", never an outage', () => {
  it.each([
    ['405-waf-captcha.http', /bot challenge/],
    ['202-waf-challenge.http', /bot challenge/],
    ['503-origin-error.http', /answered with an error/],
    ['429-rate-limited.http', /answered with an error/],
    ['200-html-instead-of-json.http', /something other than status data/],
  ])('%s gives a grey ? with the reason and the last data marked stale', async (http, reason) => {
    browser.serve({ scenario: 'f-claude-code-degraded-only' });
    await refreshUntil((x) => x.text === 'CC');
    browser.serve({ http });
    const t = await refreshUntil((x) => x.text === '?' && reason.test(x.title));
    expect(t.text).toBe('?');
    expect(hex(t.colour)).toBe('#5F6368');
    expect(t.title).toMatch(reason);
    expect(t.title).toMatch(/Last known, stale[\s\S]*Claude Code: Degraded performance/);
    // The popup keeps the last verdict, marked last known, and says the status is unknown now (#21).
    const hero = browser.popup.getByRole('region', { name: 'claude.ai right now' });
    await expect.poll(() => hero.textContent()).toMatch(/^Last known at [\s\S]*Status unknown: /);
  });

  it('recovers from unknown on the next good answer', async () => {
    browser.serve({ scenario: 'a-all-operational' });
    const t = await refreshUntil((x) => x.text === '');
    expect(t.text).toBe('');
    expect(t.title.split('\n')[0]).toBe('claude.ai is working');
  });
});

describe('Chromium: the popup', () => {
  it('shows the surfaces, the incident and its latest update, in light and in dark', async () => {
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refreshUntil((x) => x.text === 'AI+');
    const popup = browser.popup;
    const incident = popup.getByRole('region', { name: 'Open incidents' });
    await expect.poll(() => incident.textContent()).toContain('We have confirmed that the API is working as intended.');
    expect(await incident.getByRole('link').getAttribute('href')).toBe('https://status.claude.com/incidents/fx26mar02inc');
    expect(await popup.getByRole('status').textContent()).toBe('claude.ai is down for everyone: the status page says so');
    await popup.setViewportSize({ width: 400, height: 640 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: `test-results/chromium/popup-investigating-${scheme}.png`, fullPage: true });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.setViewportSize({ width: 400, height: 320 });
  });
});

describe('Chromium: a scheduled check', () => {
  it('is one small status.json request carrying the validator of the last answer', async () => {
    browser.serve({ scenario: 'a-all-operational' });
    await refreshUntil((x) => x.text === '');
    const probes: Record<string, string>[] = [];
    const onRequest = (r: { url(): string; headers(): Record<string, string> }) => {
      if (r.url().endsWith('/api/v2/status.json')) probes.push(r.headers());
    };
    browser.ctx.on('request', onRequest);
    // Fire the extension's own alarm now (unpacked extensions may set alarms under 30 s).
    const fire = () => browser.sw.evaluate(() => chrome.alarms.create('poll', { when: Date.now() + 100, periodInMinutes: 5 }));
    await fire();
    await expect.poll(() => probes.length, { timeout: 5000 }).toBe(1);
    await fire();
    await expect.poll(() => probes.length, { timeout: 5000 }).toBe(2);
    browser.ctx.off('request', onRequest);
    expect(probes[1]?.['if-none-match']).toBe('W/"a-all-operational"');
    expect((await readToolbar(browser.ctx)).text).toBe('');
  });
});

describe('Chromium: the extension only talks to the status page', () => {
  it('requests nothing but the status page (and its fallback host) and its own pages', () => {
    const foreign = browser.requests.filter((u) => ![STATUS, FALLBACK, 'chrome-extension://'].some((p) => u.startsWith(p)));
    expect(foreign).toEqual([]);
    expect(browser.requests.some((u) => u === `${STATUS}/api/v2/summary.json`)).toBe(true);
  });
});
