// Drives the shipped Chrome build in Debian's Chromium with playwright-core. The status page is served by
// request routing: the service worker's own fetches are intercepted, so the build is tested as it ships.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { chromiumPath } from './browsers';
import { type Answer, reply } from '../replay/answers';
import { standInHtml } from '../support/claude-stand-in';

export const CHROME_DIST = resolve('dist/chrome');
export const STATUS = 'https://status.claude.com';
export const FALLBACK = 'https://anthropic.statuspage.io';


export interface Chromium {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  popup: Page;
  /** Every URL the browser requested, for the network checks. */
  requests: string[];
  /** What the stand-in status page answers from now on: fixed, or asked on each request (a replay). */
  serve(answer: Answer | (() => Answer)): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  /** The browser's UI language, which picks the extension's catalogue (e.g. "de"). */
  lang?: string;
  /** The browser's time zone (e.g. "UTC"), for every context, the service worker included. */
  timezone?: string;
}

export async function launchChromium(
  profile = mkdtempSync(join(tmpdir(), 'csn-chromium-')), keepProfile = false, { dist = CHROME_DIST, headless = true, lang, timezone }: LaunchOptions = {},
): Promise<Chromium> {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    args: [
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', ...(lang ? [`--lang=${lang}`] : []),
    ],
    ...(lang ? { locale: lang } : {}),
    ...(lang || timezone ? { env: { ...process.env, ...(lang ? { LANGUAGE: lang } : {}), ...(timezone ? { TZ: timezone } : {}) } } : {}),
  });
  const requests: string[] = [];
  ctx.on('request', (r) => requests.push(r.url()));
  await ctx.route('https://claude.ai/**', (route) => route.fulfill(claudePage(route.request().url())));
  let answer: Answer | (() => Answer) = { http: '503-origin-error.http' };
  const statusPage = async (route: Route): Promise<void> => {
    const r = reply(typeof answer === 'function' ? answer() : answer, new URL(route.request().url()).pathname.replace('/api/v2/', ''));
    await route.fulfill({ status: r.status, headers: r.headers, body: r.body });
  };
  // Both hosts serve the same page; the extension moves to the fallback when the primary challenges.
  await ctx.route(`${STATUS}/**`, statusPage);
  await ctx.route(`${FALLBACK}/**`, statusPage);
  const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 320 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  return {
    ctx, sw, extensionId, popup, requests,
    serve: (a) => {
      answer = a;
    },
    close: async () => {
      await ctx.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

const FIRST_SCRIPT = `<script>
  for (const type of ['click', 'keydown']) addEventListener(type, (e) => {
    if (e.target.closest?.('.logout')) { e.stopImmediatePropagation(); location.href = '/logout'; }
  }, true);
</script>`;
const LOGGED_OUT = '<!doctype html><html><head><title>Logged out</title></head><body><p>You are logged out.</p></body></html>';

/**
 * Stand-in claude.ai pages (test/support/claude-stand-in.ts): `/` and every other path is the chat layout;
 * `/hostile` is the same page with a strict CSP (style-src 'none') and a script that adds hostile CSS
 * through the CSSOM, which that CSP does not stop; `/first` has a script that tries to take the log-out
 * press before the guard sees it; `/logout` is a plain "logged out" page.
 */
export function claudePage(url: string): { status: number; contentType: string; headers: Record<string, string>; body: string } {
  // Where the account menu's "Log out" goes.
  if (new URL(url).pathname.startsWith('/logout')) return { status: 200, contentType: 'text/html', headers: {}, body: LOGGED_OUT };
  // A page whose own script, first in the page, stops every press on its "Log out" from reaching
  // listeners added after it: the guard's, added at document_start, comes first all the same.
  if (new URL(url).pathname.startsWith('/first')) return { status: 200, contentType: 'text/html', headers: {}, body: standInHtml(FIRST_SCRIPT) };
  const hostile = new URL(url).pathname.startsWith('/hostile');
  const script = hostile ? `<script>
    const s = new CSSStyleSheet();
    s.replaceSync('* { all: unset !important; font-size: 1px !important; color: transparent !important; } [data-claude-status-banner], div, p { display: none !important; }');
    document.adoptedStyleSheets = [s];
  </script>` : '';
  const headers: Record<string, string> = hostile ? { 'content-security-policy': "style-src 'none'; default-src 'self' 'unsafe-inline'" } : {};
  return { status: 200, contentType: 'text/html', headers, body: standInHtml(script) };
}

/** The service worker as it is now (it may have been restarted since launch). */
export async function currentWorker(ctx: BrowserContext): Promise<Worker> {
  return ctx.serviceWorkers()[0] ?? ctx.waitForEvent('serviceworker');
}

export interface ToolbarState {
  text: string;
  colour: number[];
  title: string;
  /** When the stored status was last checked: tells a new check from an old one with the same badge. */
  checkedAt: number | null;
}

export async function readToolbar(ctx: BrowserContext): Promise<ToolbarState> {
  const sw = await currentWorker(ctx);
  return sw.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    colour: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
    checkedAt: ((await chrome.storage.local.get('status')).status as { state?: { checkedAt?: number } } | undefined)
      ?.state?.checkedAt ?? null,
  }));
}

export interface CapturedIcon { width: number; height: number; data: number[] }

/**
 * Records every icon the worker sets from now on. Chrome has no getter for the action icon, so the live
 * worker's `chrome.action.setIcon` is wrapped (the polyfill looks it up at call time). Lost if the
 * worker restarts; call again after that.
 */
export async function captureIcons(ctx: BrowserContext): Promise<void> {
  const sw = await currentWorker(ctx);
  await sw.evaluate(() => {
    const g = globalThis as unknown as { capturedIcons?: unknown[] };
    const wrapped = g.capturedIcons !== undefined;
    g.capturedIcons = [];
    if (wrapped) return;
    const original = chrome.action.setIcon.bind(chrome.action);
    chrome.action.setIcon = ((details: chrome.action.TabIconDetails, callback?: () => void) => {
      const image = (details.imageData as Record<string, ImageData>)['32'];
      if (image) g.capturedIcons?.push({ width: image.width, height: image.height, data: Array.from(image.data) });
      return callback ? original(details, callback) : original(details);
    }) as typeof chrome.action.setIcon;
  });
}

/**
 * The 32 px icon set most recently since `captureIcons` (which empties the record). The icon is set
 * alongside the badge, so it may land a moment later: waits up to 15 s (a busy machine), then null.
 */
export async function lastIcon(ctx: BrowserContext): Promise<CapturedIcon | null> {
  const sw = await currentWorker(ctx);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const icon = await sw.evaluate(() => {
      const icons = (globalThis as unknown as { capturedIcons?: CapturedIcon[] }).capturedIcons ?? [];
      return icons.at(-1) ?? null;
    });
    if (icon || Date.now() > deadline) return icon;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Colour at the middle of segment `index` of `count` on the ring (clockwise from the top), as #RRGGBB. */
export function segmentColour(icon: CapturedIcon, index: number, count: number, radius: number): string {
  const angle = -Math.PI / 2 + ((index + 0.5) * 2 * Math.PI) / count;
  const x = Math.round(icon.width / 2 + radius * Math.cos(angle) - 0.5);
  const y = Math.round(icon.height / 2 + radius * Math.sin(angle) - 0.5);
  const at = (y * icon.width + x) * 4;
  return `#${icon.data.slice(at, at + 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** Stops every service worker, as Chrome does after 30 s idle (DevTools protocol), and waits until it has. */
export async function stopWorker(b: Chromium): Promise<void> {
  const cdp = await b.ctx.newCDPSession(b.popup);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
