// Every popup state people meet (#21), in light and dark, in English, German and Japanese, as pictures in
// test-results/screens/ (index.html shows them all on one page), each checked for what the picture shows:
// no name or status broken over lines, no line starting with a separator, no heading over nothing, the
// card in the badge's colour, the advice where claude.ai is in trouble, a fit in 380x600, and no axe
// violation. One browser per language (the catalogue follows the browser's language), many pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { COLOURS } from '../../src/core/severity';
import { TONE_COLOUR, type Tone } from '../../src/core/popup-view';
import { summaryAt } from '../support/captured-at';
import { summaryOf } from '../support/fixtures';
import { apiOnlySummary, twoIncidentsAndMaintenanceSummary } from '../support/popup-states';
import { AXE_SOURCE, type AxeViolation, RUN_AXE } from './axe';
import { type Chromium, FALLBACK, launchChromium, readToolbar, STATUS } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';
import { POPUP_CHECKS, type PopupReport } from './popup-checks';

const DIR = 'test-results/screens';
const LANGS = ['en', 'de', 'ja'] as const;
const SCHEMES = ['light', 'dark'] as const;

let browser: Chromium | undefined;
keepFailureArtifacts(() => browser);
afterAll(async () => {
  await browser?.close();
});

/** Moves a recorded page's times so its first incident began 93 minutes ago: the durations read as in an outage. */
function recent(raw: unknown): unknown {
  const text = JSON.stringify(raw);
  const anchor = /"started_at":\s*"([^"]+)"/.exec(text)?.[1] ?? /"updated_at":\s*"([^"]+)"/.exec(text)?.[1];
  const shift = anchor ? Date.now() - 93 * 60_000 - Date.parse(anchor) : 0;
  return JSON.parse(text.replace(/"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)"/g, (_m, iso: string) => `"${new Date(Date.parse(iso) + shift).toISOString()}"`));
}

const check = (b: Chromium) => b.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
const serveJson = async (b: Chromium, raw: unknown) => {
  b.serve({ json: recent(raw) });
  await check(b);
};

/**
 * The states, in an order each can be reached from the one before; `advice`: the card must say what to do;
 * `shows`: lines that must be on it (the longest German ones must fit too).
 */
const STATES: { name: string; advice: boolean; shows?: string[]; arrange: (b: Chromium) => Promise<void> }[] = [
  { name: 'calm', advice: false, arrange: (b) => serveJson(b, summaryOf('a-all-operational')) },
  { name: 'claude-ai-down', advice: true, arrange: (b) => serveJson(b, summaryOf('c1-2026-03-02-identified')) },
  // 28 February: claude.ai alone down, five surfaces working (three named and "2 more").
  {
    name: 'claude-ai-only-down', advice: true, shows: ['.still-works'],
    arrange: (b) => serveJson(b, summaryAt('real-captures/incidents/ddyyz34c24vt.json', '2026-02-28T13:00:00Z')),
  },
  // 27 March at 11:30 UTC: the incident names Opus 4.6 and Sonnet 4.6; one surface still works.
  {
    name: 'models-named', advice: true, shows: ['.still-works', '.incident .models'],
    arrange: (b) => serveJson(b, summaryAt('real-captures/incidents/b9802k1zb5l2.json', '2026-03-27T11:30:00Z')),
  },
  { name: 'api-only', advice: false, arrange: (b) => serveJson(b, apiOnlySummary()) },
  { name: 'maintenance', advice: false, arrange: (b) => serveJson(b, summaryOf('e-scheduled-maintenance-in-progress')) },
  { name: 'two-incidents-and-maintenance', advice: true, arrange: (b) => serveJson(b, twoIncidentsAndMaintenanceSummary()) },
  {
    name: 'failing-in-this-browser', advice: true, arrange: async (b) => {
      await serveJson(b, summaryOf('b0-2026-03-02-baseline'));
      // The real path: claude.ai's own requests fail in this browser while the status page says it is fine.
      await b.ctx.route('https://claude.ai/api/**', (r) => r.fulfill({ status: 503, contentType: 'application/json', body: '{}' }));
      const page = await b.ctx.newPage();
      await page.goto('https://claude.ai/new');
      // Failing across its kinds of request, as in an outage (one broken endpoint alone raises nothing).
      await page.evaluate(() => void setInterval(() => {
        for (const path of ['/api/bootstrap', '/api/auth/session', '/api/organizations']) void fetch(path).catch(() => undefined);
      }, 500));
      await expect.poll(async () => (await readToolbar(b.ctx)).text, { timeout: 60_000, interval: 500 }).toBe('AI!');
      await page.close();
      await b.ctx.unroute('https://claude.ai/api/**');
    },
  },
  {
    name: 'unknown-stale', advice: true, arrange: async (b) => {
      await serveJson(b, summaryOf('b1-2026-03-02-investigating'));
      b.serve({ http: '503-origin-error.http' });
      await check(b);
      await check(b);
    },
  },
  {
    name: 'offline', advice: true, arrange: async (b) => {
      // A network error, as when the machine is offline (registered after the harness's route, so it wins).
      for (const host of [STATUS, FALLBACK]) await b.ctx.route(`${host}/**`, (r) => r.abort('internetdisconnected'));
      await check(b);
      await check(b);
      for (const host of [STATUS, FALLBACK]) await b.ctx.unroute(`${host}/**`);
    },
  },
  {
    name: 'unknown-fresh', advice: true, arrange: async (b) => {
      // A fresh install whose first checks fail: nothing known yet.
      await b.popup.evaluate(() => chrome.storage.local.clear());
      b.serve({ http: '503-origin-error.http' });
      await check(b);
      await check(b);
    },
  },
];

async function openPopup(b: Chromium, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await b.ctx.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
  await page.getByRole('status').first().waitFor();
  return page;
}

const hex = (rgba: number[]) => `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
const shots: string[] = [];

describe('Chromium: every popup state, light and dark, in en, de and ja', () => {
  for (const lang of LANGS) {
    it(`${lang}: pictures and checks of ${STATES.length} states`, async () => {
      mkdirSync(DIR, { recursive: true });
      browser = await launchChromium(undefined, false, { lang, timezone: 'UTC' });
      const b = browser;
      const failures: string[] = [];
      for (const state of STATES) {
        await state.arrange(b);
        const badge = hex((await readToolbar(b.ctx)).colour);
        for (const scheme of SCHEMES) {
          const page = await openPopup(b, scheme);
          const file = `${lang}-${state.name}-${scheme}.png`;
          await page.screenshot({ path: `${DIR}/${file}` });
          shots.push(file);
          const r = await page.evaluate(POPUP_CHECKS) as PopupReport;
          await page.evaluate(AXE_SOURCE);
          const axe = await page.evaluate(RUN_AXE) as AxeViolation[];
          const where = `${file}:`;
          if (r.broken.length > 0) failures.push(`${where} broken over lines: ${r.broken.join(' | ')}`);
          if (r.misaligned.length > 0) failures.push(`${where} status off its name's baseline: ${r.misaligned.join(' | ')}`);
          if (r.separatorStarts.length > 0) failures.push(`${where} a line starts with a separator: ${r.separatorStarts.join(' | ')}`);
          if (r.empty.length > 0) failures.push(`${where} empty section: ${r.empty.join(' | ')}`);
          if (r.scroll > 600) failures.push(`${where} taller than 600 px (${r.scroll})`);
          const tone = r.tone as Tone | null;
          if (!tone || COLOURS[TONE_COLOUR[tone]].background !== badge) failures.push(`${where} card ${tone ?? '(none)'} beside a ${badge} badge`);
          if (state.advice && !r.advice) failures.push(`${where} no advice`);
          for (const selector of state.shows ?? []) if (!(await page.locator(selector).isVisible())) failures.push(`${where} no ${selector}`);
          if (axe.length > 0) failures.push(`${where} axe: ${axe.map((v) => `${v.id} ${v.targets.join(' ')}`).join('; ')}`);
          await page.close();
        }
      }
      await b.close();
      browser = undefined;
      writeFileSync(`${DIR}/index.html`, `<!doctype html><meta charset="utf-8"><title>Popup states</title>
        <body style="font:13px system-ui;background:#888;display:flex;flex-wrap:wrap;gap:12px">${shots.map((f) =>
    `<figure style="margin:0"><img src="${f}" width="380" height="600"><figcaption>${f}</figcaption></figure>`).join('')}</body>`);
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
