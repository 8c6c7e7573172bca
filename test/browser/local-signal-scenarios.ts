// The local signal as a person meets it, written once for both browsers: each suite supplies a driver over
// its browser (Chromium through playwright-core, Firefox through puppeteer-core over BiDi) and runs these.
// Every wait is a generous deadline (the machine may be busy); how soon is the bench's to measure.
import { expect } from 'vitest';
import { EN } from '../support/i18n';
import type { AppServer } from './claude-app';

export interface AppTab {
  /** The banner's whole text on this tab ('' when none). */
  banner(): Promise<string>;
  reload(): Promise<void>;
  front(): Promise<void>;
  /** Dismisses the banner with a trusted click on its close button. */
  dismiss(): Promise<void>;
  close(): Promise<void>;
}

export interface LocalDriver {
  app: AppServer;
  /** Opens a claude.ai URL (path) in a new tab. */
  open(path: string): Promise<AppTab>;
  /** Opens a page of another site in front (the claude.ai tabs behind it are hidden). */
  blank(): Promise<AppTab>;
  /** Opens a page on another site that sends the browser to a claude.ai URL, twice (a link, then a reload). */
  openFromElsewhere(path: string): Promise<AppTab>;
  toolbar(): Promise<{ text: string; title: string }>;
  /** The popup's verdict line, freshly opened. */
  popupVerdict(): Promise<string>;
  /** What the status page says from now on (a fixture scenario), and one check of it. */
  statusPage(scenario: string): Promise<void>;
  /** Forgets the local signal and its counts, and closes every claude.ai tab: a clean start per scenario. */
  reset(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FAILING = EN.t('verdictLocal');
const ON_AND_OFF = EN.t('verdictLocalOnAndOff');
const RECOVERED = EN.t('bannerRecoveredHeadline');
const isFailing = (text: string) => text.includes(FAILING) || text.includes(ON_AND_OFF);

/** Polls `read` until `done` or `ms` pass; returns the last value (the caller's expect says what was due). */
export async function within<T>(ms: number, read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > deadline) return v;
    await sleep(500);
  }
}

/** Samples the banner and the badge every second for `ms`: what a person glancing at them would have seen. */
async function watch(d: LocalDriver, tab: AppTab, ms: number): Promise<{ banners: string[]; badges: string[] }> {
  const banners: string[] = [];
  const badges: string[] = [];
  for (const end = Date.now() + ms; Date.now() < end; await sleep(1_000)) {
    banners.push(await tab.banner());
    badges.push((await d.toolbar()).text);
  }
  return { banners, badges };
}

export async function telemetryFailingIsNoAlarm(d: LocalDriver, ms: number): Promise<AppTab> {
  await d.reset();
  d.app.mode = 'calm';
  d.app.brokenEndpoints = true;
  const tab = await d.open('/new');
  const seen = await watch(d, tab, ms);
  // The app was busy all along (about one call a second).
  expect(d.app.answered).toBeGreaterThan(ms / 2000);
  expect(seen.badges.filter((b) => b.startsWith('AI'))).toEqual([]);
  expect(seen.banners.filter(Boolean)).toEqual([]);
  return tab;
}

export async function march2OnBusyTab(d: LocalDriver, tab: AppTab): Promise<void> {
  d.app.mode = 'outage';
  const text = await within(60_000, () => tab.banner(), isFailing);
  expect(text).toContain(FAILING);
  expect(text).toContain(EN.t('adviceLocal'));
  const toolbar = await d.toolbar();
  expect(toolbar.text).toBe('AI!');
  expect(toolbar.title.split('\n')[0]).toBe(FAILING);
  expect(await d.popupVerdict()).toBe(FAILING);
}

export async function recoveryAfterReload(d: LocalDriver, tab: AppTab): Promise<void> {
  d.app.mode = 'calm';
  d.app.brokenEndpoints = true;
  await tab.reload();
  // A minute of success, then "you can sign in again": never on one success.
  expect(await tab.banner()).not.toContain(RECOVERED);
  expect(await within(150_000, () => tab.banner(), (t) => t.includes(RECOVERED))).toContain(RECOVERED);
  expect((await d.toolbar()).text).toBe('');
}

export async function pageOpenedDuringOutage(d: LocalDriver): Promise<void> {
  await d.reset();
  d.app.mode = 'outage';
  const tab = await d.open('/new');
  expect(await within(60_000, () => tab.banner(), isFailing)).toContain(FAILING);
  d.app.mode = 'calm';
  await tab.close();
}

export async function hiddenTabStartsFailing(d: LocalDriver): Promise<void> {
  await d.reset();
  d.app.mode = 'calm';
  d.app.brokenEndpoints = false;
  const tab = await d.open('/new');
  await sleep(8_000);
  // Another tab in front: the busy claude.ai tab is hidden when claude.ai starts failing.
  const cover = await d.blank();
  d.app.mode = 'outage';
  await sleep(10_000);
  await tab.front();
  expect(await within(60_000, () => tab.banner(), isFailing)).toContain(FAILING);
  d.app.mode = 'calm';
  await cover.close();
  await tab.close();
}

export async function brownoutIsOneEpisode(d: LocalDriver, ms: number): Promise<void> {
  await d.reset();
  d.app.mode = 'brownout';
  d.app.brownoutShare = 0.6;
  const tab = await d.open('/new');
  expect(await within(60_000, () => tab.banner(), isFailing)).toMatch(/failing/);
  const seen = await watch(d, tab, ms);
  // Held: never "recovered, sign in again" in the middle of it, the badge never cleared.
  expect(seen.banners.filter((b) => b.includes(RECOVERED))).toEqual([]);
  expect(seen.badges.filter((b) => !b.startsWith('AI!'))).toEqual([]);
  // Dismissed, it stays dismissed for the episode.
  await tab.dismiss();
  const after = await watch(d, tab, 15_000);
  expect(after.banners.filter(Boolean)).toEqual([]);
  d.app.mode = 'calm';
  await tab.close();
}

export async function rateExceededDocument(d: LocalDriver): Promise<void> {
  await d.reset();
  const tab = await d.open('/rate-exceeded');
  const text = await within(15_000, () => tab.banner(), (t) => t.includes(EN.t('bannerDocumentRateNote')));
  expect(text).toContain(EN.t('bannerDocumentRateNote'));
  expect(text).toContain(EN.t('adviceLocal'));
  await tab.close();
}

export async function brokenLinkFromElsewhereIsNoAlarm(d: LocalDriver): Promise<void> {
  await d.reset();
  d.app.mode = 'calm';
  d.app.brokenEndpoints = false;
  const healthy = await d.open('/new');
  const broken = await d.openFromElsewhere('/broken');
  // The broken page itself says so at once...
  expect(await within(15_000, () => broken.banner(), (t) => t.includes(EN.t('bannerDocumentNote')))).toContain(EN.t('bannerDocumentNote'));
  // ...but the person's own working claude.ai is not alarmed by it.
  const seen = await watch(d, healthy, 12_000);
  expect(seen.banners.filter(Boolean)).toEqual([]);
  expect(seen.badges.filter((b) => b.startsWith('AI'))).toEqual([]);
  await broken.close();
  await healthy.close();
}

export async function worksHereWhileMonitoring(d: LocalDriver): Promise<void> {
  await d.reset();
  await d.statusPage('c2-2026-03-02-monitoring');
  d.app.mode = 'outage';
  const tab = await d.open('/new');
  expect(await within(30_000, () => tab.banner(), (t) => t.includes(EN.t('verdictDown')))).toContain(EN.t('verdictDown'));
  await sleep(15_000);
  d.app.mode = 'calm';
  const works = EN.t('verdictWorksHere', [EN.t('stage_monitoring')]);
  expect(await within(150_000, () => tab.banner(), (t) => t.includes(works))).toContain(works);
  expect(await tab.banner()).toContain(EN.t('adviceWorksHere'));
  expect(await d.popupVerdict()).toBe(works);
  await tab.close();
  await d.statusPage('a-all-operational');
}
