// How the local signal does for a person, measured two ways with the extension's own code:
// - in real Chromium against the stand-in claude.ai app (test/browser/claude-app.ts): seconds from the first
//   failing request of the 2 March pattern to the advice on a tab open and busy for a while, from a 5xx page
//   to its advice, and from recovery to "you can sign in again";
// - over many simulated sessions (test/support/local-sim.ts, the real code on simulated time): false alarms
//   in realistic calm 10-minute sessions, including a failing telemetry endpoint, a broken app endpoint, a
//   stray 5xx every 40 s, stopped answers and 429s; and the same two latencies over many seeds.
import type { Page } from 'playwright-core';
import { inspectBanner } from '../test/browser/banner-cdp';
import { answerFor, newAppServer } from '../test/browser/claude-app';
import { type Chromium, readToolbar } from '../test/browser/chromium-harness';
import { simulate } from '../test/support/local-sim';
import { brokenEndpoint, failWhere, march2, PATH, seeded, session } from '../test/support/traffic';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(read: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await read()) return true;
    await sleep(100);
  }
  return false;
}

export interface SensingFigures {
  /** ms from the first failing request (2 March pattern, busy tab) to the advice, per run (real Chromium). */
  firstFailureToBannerMs: number[];
  /** ms from opening a claude.ai page that answers 502 to the banner, per run. */
  documentToBannerMs: number[];
  /** ms from claude.ai working again to "you can sign in again", per run. */
  recoveryToSignInMs: number[];
  simulated: SimulatedFigures;
}

export async function measureSensing(browser: Chromium, runs = 3): Promise<SensingFigures> {
  const app = newAppServer();
  let firstFailureAt = 0;
  await browser.ctx.route('https://claude.ai/**', async (route) => {
    const answer = answerFor(app, route.request().url());
    if (answer.status >= 500 && firstFailureAt === 0) firstFailureAt = Date.now();
    await route.fulfill(answer);
  });
  const headline = async (page: Page) => (await inspectBanner(page)).headline;

  const firstFailureToBannerMs: number[] = [];
  const recoveryToSignInMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await browser.popup.evaluate(async () => {
      await chrome.storage.session.remove('requestWindow');
      await chrome.storage.local.remove(['localSignal', 'banner', 'bannerDismissal']);
    });
    app.mode = 'calm';
    const page = await browser.ctx.newPage();
    await page.goto('https://claude.ai/new');
    // Open and busy for a while before it fails, as a person's tab is.
    await sleep(30_000 + Math.random() * 15_000);
    firstFailureAt = 0;
    app.mode = 'outage';
    const shown = await waitFor(async () => (await headline(page)).includes('failing in this browser'), 60_000);
    if (shown) firstFailureToBannerMs.push(Date.now() - firstFailureAt);
    console.log(`  first failing request -> advice: ${shown ? `${((Date.now() - firstFailureAt) / 1000).toFixed(1)} s` : 'not shown'}`);
    await sleep(10_000);
    app.mode = 'calm';
    const back = Date.now();
    const recovered = await waitFor(async () => (await headline(page)).includes('you can sign in again'), 150_000);
    if (recovered) recoveryToSignInMs.push(Date.now() - back);
    console.log(`  recovery -> "you can sign in again": ${recovered ? `${((Date.now() - back) / 1000).toFixed(1)} s` : 'not shown'}`);
    await waitFor(async () => (await readToolbar(browser.ctx)).text === '', 30_000);
    await page.close();
  }

  const documentToBannerMs: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const page = await browser.ctx.newPage();
    const opened = Date.now();
    await page.goto(`https://claude.ai/broken?run=${i}`);
    const shown = await waitFor(async () => (await inspectBanner(page)).text.includes('server error'), 10_000);
    if (shown) documentToBannerMs.push(Date.now() - opened);
    await page.close();
  }
  console.log(`  5xx document -> banner: ${documentToBannerMs.map((ms) => `${ms} ms`).join(', ')}`);
  return { firstFailureToBannerMs, documentToBannerMs, recoveryToSignInMs, simulated: simulateSensing() };
}

export interface SimulatedFigures {
  calmSessions: number;
  falseAlarms: number;
  firstFailureToAdviceMs: number[];
  recoveryToSignInMs: number[];
}

const T = Date.parse('2026-03-02T11:40:00Z');
const MIN = 60_000;

/** The simulated rows: realistic calm sessions with the troubles that must not alarm, and outages that must. */
export function simulateSensing(seeds = 200): SimulatedFigures {
  let falseAlarms = 0;
  let calmSessions = 0;
  const firstFailureToAdviceMs: number[] = [];
  const recoveryToSignInMs: number[] = [];
  for (let s = 1; s <= seeds; s++) {
    const rng = seeded(s);
    const calm = session(seeded(s), T, 10 * MIN);
    const variants = [
      calm,
      failWhere(calm, (r) => r.path === PATH.telemetry, 503),
      [...calm, ...brokenEndpoint(T, 10 * MIN, 15_000)],
      [...calm, ...brokenEndpoint(T, 10 * MIN, 40_000, 0, PATH.list, 502)],
      failWhere(calm, (r) => r.path.endsWith('/completion') && rng() < 0.5, 0),
      failWhere(calm, () => rng() < 0.3, 429),
    ];
    for (const traffic of variants) {
      calmSessions++;
      if (simulate(traffic, T, T + 10 * MIN).kinds.some((k) => k.startsWith('local'))) falseAlarms++;
    }
    if (s > 50) continue;
    const start = T + 2 * MIN + Math.floor(rng() * 6 * MIN);
    const busy = session(seeded(s + 1000), T, start - T + 8 * MIN);
    const failing = failWhere(busy, (r) => r.at >= start && r.at < start + 3 * MIN, 500);
    const r = simulate([...failing, ...march2(start, 3 * MIN)], T, start + 8 * MIN);
    const up = r.steps.find((x) => x.at >= start && x.banner.kind === 'local');
    if (up) firstFailureToAdviceMs.push(up.at - start);
    const back = r.steps.find((x) => x.at >= start + 3 * MIN && x.banner.kind === 'recovered');
    if (back) recoveryToSignInMs.push(back.at - (start + 3 * MIN));
  }
  return { calmSessions, falseAlarms, firstFailureToAdviceMs, recoveryToSignInMs };
}
