// `npm run demo`: replays the 2 March 2026 outage against the extension in Chromium, on the outage's own
// clock (src/shared/replay-clock.ts), and writes what a person saw at each stage: demo-output/ holds every
// picture and the timeline; the README's pictures (docs/) and the store's (store/) are refreshed from them.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { encodePng } from '../scripts/png.mjs';
import { bannerNode, bannerPart, clickNode, inspectBanner } from '../test/browser/banner-cdp';
import { captureIcons, type Chromium, lastIcon, launchChromium, readToolbar } from '../test/browser/chromium-harness';
import { STAND_IN_PORTS } from '../scripts/stand-in-ports.mjs';
import { startStatusServer } from '../test/replay/status-server';
import { summaryAt } from '../test/support/captured-at';
import { loadTimeline } from '../test/replay/timeline';
import { writeStoreAssets } from './store-assets';

const OUT = resolve('demo-output');
const DIST = resolve('dist/demo-chrome');
const timeline = loadTimeline();
// One more check after the end: recoveries are announced once two checks agree.
const last = timeline.at(-1);
const steps = last ? [...timeline, { ...last, at: last.at + 2 * 60_000, stage: 'resolved, next check' }] : timeline;

/** Turns the demo build's replay clock on, starting at the outage's first step (see replay-clock.ts). */
function armReplayClock(startAt: number): void {
  const placeholder = 'REPLAY-CLOCK-OFF-0000000000000';
  const value = `replay:${String(startAt).padStart(13, '0')}`.padEnd(placeholder.length, '-');
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  for (const file of walk(DIST).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes(placeholder)) writeFileSync(file, text.split(placeholder).join(value));
  }
}

/** Moves every context of the extension to `at` on the replay clock. */
async function setClock(browser: Chromium, at: number): Promise<void> {
  await browser.popup.evaluate((demoClock) => chrome.storage.local.set({ demoClock }), { replayAt: at, realAt: Date.now() });
  await new Promise((r) => setTimeout(r, 150));
}

async function refresh(browser: Chromium): Promise<void> {
  await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
  await new Promise((r) => setTimeout(r, 400));
}

/** The toolbar as a picture: the drawn icon, its badge and the tooltip, as a person would see them. */
async function toolbarPicture(browser: Chromium, file: string): Promise<{ text: string; colour: string; title: string }> {
  const t = await readToolbar(browser.ctx);
  const icon = await lastIcon(browser.ctx);
  const colour = `#${t.colour.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  const png = icon ? encodePng(icon.width, icon.height, icon.data).toString('base64') : '';
  const page = await browser.ctx.newPage();
  await page.setViewportSize({ width: 460, height: 230 });
  const escape = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  await page.setContent(`<body style="margin:0;font:13px system-ui;background:#dee1e6">
    <div style="display:flex;align-items:center;gap:8px;padding:8px;background:#f1f3f4;border-bottom:1px solid #ccc">
      <div style="position:relative;width:32px;height:32px"><img src="data:image/png;base64,${png}" width="32" height="32">
        ${t.text ? `<span style="position:absolute;right:-10px;bottom:-4px;padding:0 4px;border-radius:4px;font:bold 10px system-ui;background:${colour};color:${colour === '#F9C513' ? '#1F1F1F' : '#fff'}">${escape(t.text)}</span>` : ''}
      </div><span style="color:#555">← toolbar</span></div>
    <pre style="margin:8px;padding:6px;background:#fff;border:1px solid #999;white-space:pre-wrap;font:12px system-ui">${escape(t.title)}</pre></body>`);
  await page.screenshot({ path: file });
  await page.close();
  return { text: t.text, colour, title: t.title };
}

async function popupPicture(browser: Chromium, file: string, scheme: 'light' | 'dark' = 'light'): Promise<void> {
  const page = await browser.ctx.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  await page.getByRole('status').first().waitFor();
  await page.screenshot({ path: file });
  await page.close();
}

/** The top of the page, where the banner docks: sidebar, top bar, banner and the start of the conversation. */
const TOP = { x: 0, y: 0, width: 1280, height: 400 };

async function bannerPicture(page: Page, file: string): Promise<string> {
  await page.screenshot({ path: file, clip: TOP });
  // The banner's root is closed to the page; read it over the DevTools protocol.
  const banner = await inspectBanner(page);
  return banner.hosts === 0 ? '(none)' : banner.headline;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const first = steps[0]?.at ?? Date.parse('2026-03-02T11:40:00Z');
  armReplayClock(first);
  const server = await startStatusServer(STAND_IN_PORTS);
  server.serve({ scenario: steps[0]?.scenario ?? 'b0-2026-03-02-baseline' });
  // UTC and British English: the pictures' times read as the table's (13:22, not 1:22 PM in some zone).
  const browser = await launchChromium(undefined, false, { dist: DIST, headless: !process.env.DISPLAY, lang: 'en-GB', timezone: 'UTC' });
  await browser.sw.evaluate(() => {
    const g = globalThis as unknown as { shown?: string[] };
    g.shown = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = ((id: string, options: chrome.notifications.NotificationCreateOptions) => {
      g.shown?.push(`${options.title ?? ''}: ${options.message ?? ''}`.replace(/\n/g, ' / '));
      return create(id, options);
    }) as typeof chrome.notifications.create;
  });
  await captureIcons(browser.ctx);
  const claude = await browser.ctx.newPage();
  // A laptop's window: the banner as people meet it, over the stand-in chat (test/support/claude-stand-in.ts).
  await claude.setViewportSize({ width: 1280, height: 800 });
  await claude.emulateMedia({ reducedMotion: 'reduce' });
  await claude.goto('https://claude.ai/chat/0');

  const rows: string[] = [
    '| replay time (UTC) | stage | badge | badge colour | tooltip, first line | claude.ai banner | notifications |',
    '|---|---|---|---|---|---|---|',
  ];
  let seen = 0;
  for (const [n, step] of steps.entries()) {
    server.serve({ scenario: step.scenario });
    await setClock(browser, step.at);
    await refresh(browser);
    const name = `${n + 1}-${step.stage.split(' (')[0]?.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '').toLowerCase()}`;
    const toolbar = await toolbarPicture(browser, join(OUT, `${name}-toolbar.png`));
    await popupPicture(browser, join(OUT, `${name}-popup.png`));
    const banner = await bannerPicture(claude, join(OUT, `${name}-claude-ai.png`));
    const shown = await browser.sw.evaluate(() => (globalThis as unknown as { shown: string[] }).shown);
    const held = await browser.sw.evaluate(async () =>
      ((await chrome.storage.local.get('notifier')).notifier as { deferred?: string[] } | undefined)?.deferred ?? []);
    const fresh = [shown.slice(seen).join('; '), held.length > 0 ? `held back by the rate limit: ${held.join('; ')}` : '']
      .filter(Boolean).join('; ') || '—';
    seen = shown.length;
    const time = new Date(step.at).toISOString().slice(11, 16);
    rows.push(`| ${time} | ${step.stage.split(' (')[0]} | ${toolbar.text || '(none)'} | ${toolbar.colour} | ${toolbar.title.split('\n')[0]} | ${banner} | ${fresh} |`);
    console.log(`${time} ${step.scenario}: badge "${toolbar.text}", banner: ${banner}`);
    // The README's and the store's pictures: the cause identified, 93 minutes in.
    if (step.scenario === 'c1-2026-03-02-identified') {
      await popupPicture(browser, join(OUT, 'popup-identified.png'));
      await popupPicture(browser, join(OUT, 'popup-identified-dark.png'), 'dark');
      await claude.screenshot({ path: join(OUT, 'banner-identified.png'), clip: TOP });
      writeFileSync(join(OUT, 'icon-identified.png'), await iconPicture(browser));
      await logOutGuard(claude);
      await armBack(browser);
      const options = await browser.ctx.newPage();
      await options.setViewportSize({ width: 600, height: 900 });
      await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
      await options.getByRole('group', { name: 'Services' }).waitFor();
      await options.screenshot({ path: join(OUT, 'options.png'), fullPage: true });
      await options.close();
    }
  }
  writeFileSync(join(OUT, 'timeline.md'), `# What was shown during the 2 March 2026 replay\n\nTimes are the outage's own (UTC): the extension ran on the replay clock.\n\n${rows.join('\n')}\n`);

  await afterwards(browser, server, claude, (last?.at ?? first) + 30 * 60_000);
  await modelsNamed(browser, server, claude);
  await browser.close();
  await germanPopup(server, steps.find((s) => s.scenario === 'c1-2026-03-02-identified'));
  await server.close();
  publish();
  await writeStoreAssets(OUT);
  console.log(`\nPictures and timeline.md in ${OUT}; README pictures in docs/, store assets in store/`);
}

/**
 * The log-out guard: a person opens claude.ai's account menu and clicks "Log out" (Playwright's clicks are
 * trusted input); the banner holds it and asks. The picture is taken, then "Stay signed in" answers.
 */
async function logOutGuard(claude: Page): Promise<void> {
  await claude.click('.account');
  await claude.click('#account-menu .logout');
  for (let i = 0; i < 40 && !(await bannerPart(claude, 'guard')); i++) await new Promise((r) => setTimeout(r, 250));
  await claude.screenshot({ path: join(OUT, 'banner-logout-guard.png'), clip: TOP });
  const stay = await bannerPart(claude, 'stay');
  if (!stay) throw new Error('the log-out guard did not ask');
  await clickNode(claude, stay.node);
}

/** "Tell me when it's back", pressed in the popup: the one notification the resolution brings (see timeline.md). */
async function armBack(browser: Chromium): Promise<void> {
  const page = await browser.ctx.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  await page.getByRole('button', { name: 'Tell me when it’s back' }).click();
  await page.getByText('I’ll tell you when claude.ai is back.').waitFor();
  await page.screenshot({ path: join(OUT, 'popup-back-armed.png') });
  await page.close();
}

/** The icon as drawn at this moment, enlarged 4x for the README. */
async function iconPicture(browser: Chromium): Promise<Buffer> {
  const icon = await lastIcon(browser.ctx);
  if (!icon) throw new Error('no icon was drawn');
  const scale = 4;
  const out: number[] = [];
  for (let y = 0; y < icon.height * scale; y++) {
    for (let x = 0; x < icon.width * scale; x++) {
      const at = (Math.floor(y / scale) * icon.width + Math.floor(x / scale)) * 4;
      out.push(...icon.data.slice(at, at + 4));
    }
  }
  return encodePng(icon.width * scale, icon.height * scale, out);
}

/** After the outage: claude.ai failing in this browser before the status page says so, then the status page unreachable. */
async function afterwards(browser: Chromium, server: Awaited<ReturnType<typeof startStatusServer>>, claude: Page, at: number): Promise<void> {
  server.serve({ scenario: 'c3-2026-03-02-resolved' });
  await setClock(browser, at);
  await refresh(browser);
  await browser.popup.evaluate(() => chrome.storage.local.remove('banner'));
  let api = 503;
  await browser.ctx.route('https://claude.ai/api/**', (route) => route.fulfill({ status: api, contentType: 'application/json', body: '{}' }));
  await claude.reload();
  // As claude.ai does in the 2 March pattern: its boot, session and other calls, each failing (one broken
  // kind of request alone would rightly raise nothing).
  await claude.evaluate(() => void setInterval(() => {
    for (const path of ['/api/bootstrap', '/api/auth/session', '/api/organizations']) void fetch(path).catch(() => undefined);
  }, 1000));
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    if ((await inspectBanner(claude)).headline.startsWith('claude.ai is failing in this browser')) break;
  }
  await claude.screenshot({ path: join(OUT, 'banner-local.png'), clip: TOP });
  await popupPicture(browser, join(OUT, 'popup-local.png'));
  api = 200;
  server.serve({ http: '503-origin-error.http' });
  await refresh(browser);
  await refresh(browser);
  writeFileSync(join(OUT, 'icon-unknown.png'), await iconPicture(browser));
}

/**
 * Another real day: 27 March 2026 at 11:30 UTC, when the incident named Opus 4.6 and Sonnet 4.6 and only
 * Claude Cowork still worked. The popup's card and the banner's details (opened) say which models and what works.
 */
async function modelsNamed(browser: Chromium, server: Awaited<ReturnType<typeof startStatusServer>>, claude: Page): Promise<void> {
  const at = '2026-03-27T11:30:00Z';
  server.serve({ json: summaryAt('real-captures/incidents/b9802k1zb5l2.json', at) });
  await setClock(browser, Date.parse(at));
  await refresh(browser);
  await popupPicture(browser, join(OUT, 'popup-models.png'));
  for (let i = 0; i < 40 && !(await bannerPart(claude, 'models')); i++) await new Promise((r) => setTimeout(r, 250));
  const toggle = await bannerNode(claude, 'toggle');
  if (!toggle) throw new Error('no banner for the 27 March incident');
  await clickNode(claude, toggle);
  await claude.screenshot({ path: join(OUT, 'banner-models.png'), clip: TOP });
}

/** The popup in German at the "identified" stage. */
async function germanPopup(server: Awaited<ReturnType<typeof startStatusServer>>, step: (typeof steps)[number] | undefined): Promise<void> {
  if (!step) return;
  server.serve({ scenario: step.scenario });
  const browser = await launchChromium(undefined, false, { dist: DIST, headless: !process.env.DISPLAY, lang: 'de', timezone: 'UTC' });
  await setClock(browser, step.at);
  await refresh(browser);
  await popupPicture(browser, join(OUT, 'popup-de.png'));
  await browser.close();
}

/** The README shows pictures from this run: copied to docs/, where the README links them. */
function publish(): void {
  mkdirSync('docs/screenshots', { recursive: true });
  mkdirSync('docs/demo', { recursive: true });
  for (const f of ['popup-identified.png', 'popup-identified-dark.png', 'icon-identified.png', 'icon-unknown.png',
    'banner-identified.png', 'banner-local.png', 'options.png', 'popup-de.png', 'banner-logout-guard.png', 'popup-back-armed.png', 'popup-models.png', 'banner-models.png']) copyFileSync(join(OUT, f), join('docs/screenshots', f));
  for (const f of readdirSync(OUT).filter((n) => /^(3-identified-|7-resolved-next-check-claude-ai)/.test(n) || n === 'timeline.md')) {
    copyFileSync(join(OUT, f), join('docs/demo', f));
  }
}

await main();
