// `npm run demo`: replays the 2 March 2026 outage against the extension in Chromium and writes what a
// person saw at each stage (toolbar, popup, claude.ai banner, notifications) into demo-output/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { encodePng } from '../scripts/png.mjs';
import { inspectBanner } from '../test/browser/banner-cdp';
import { captureIcons, type Chromium, lastIcon, launchChromium, readToolbar } from '../test/browser/chromium-harness';
import { startStatusServer } from '../test/replay/status-server';
import { loadTimeline, replayAnswer } from '../test/replay/timeline';

const OUT = resolve('demo-output');
const COMPRESS = 600; // ten minutes of the outage per second
const timeline = loadTimeline();
// One more check after the end: recoveries are announced once two checks agree.
const last = timeline.at(-1);
const steps = last ? [...timeline, { ...last, at: last.at + 2 * 60_000, stage: 'resolved, next check' }] : timeline;

/** The toolbar as a picture: the drawn icon, its badge and the tooltip, as a person would see them. */
async function toolbarPicture(browser: Chromium, file: string): Promise<{ text: string; colour: string; title: string }> {
  const t = await readToolbar(browser.ctx);
  const icon = await lastIcon(browser.ctx);
  const colour = `#${t.colour.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  const png = icon ? encodePng(icon.width, icon.height, icon.data).toString('base64') : '';
  const page = await browser.ctx.newPage();
  await page.setViewportSize({ width: 420, height: 200 });
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

async function bannerPicture(page: Page, file: string): Promise<string> {
  await page.screenshot({ path: file });
  // The banner's root is closed to the page; read it over the DevTools protocol.
  const banner = await inspectBanner(page);
  return banner.hosts === 0 ? '(none)' : banner.headline;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startStatusServer([47913, 47914]);
  const browser = await launchChromium(undefined, false, { dist: resolve('dist/demo-chrome'), headless: !process.env.DISPLAY });
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
  await browser.popup.setViewportSize({ width: 400, height: 620 });
  const claude = await browser.ctx.newPage();
  await claude.setViewportSize({ width: 1000, height: 420 });
  await claude.goto('https://claude.ai/new');

  const startedAt = Date.now();
  server.serve(replayAnswer(steps, COMPRESS, startedAt));
  const rows: string[] = [
    '| replay time (UTC) | stage | badge | badge colour | tooltip, first line | claude.ai banner | notifications |',
    '|---|---|---|---|---|---|---|',
  ];
  let seen = 0;
  for (const [n, step] of steps.entries()) {
    // Wait for the replay clock to reach the step, then check as the popup's Refresh would.
    const due = startedAt + (step.at - (steps[0]?.at ?? 0)) / COMPRESS + 200;
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    await browser.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
    await new Promise((r) => setTimeout(r, 400));
    const name = `${n + 1}-${step.stage.split(' (')[0]?.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '').toLowerCase()}`;
    const toolbar = await toolbarPicture(browser, join(OUT, `${name}-toolbar.png`));
    await browser.popup.screenshot({ path: join(OUT, `${name}-popup.png`), fullPage: true });
    const banner = await bannerPicture(claude, join(OUT, `${name}-claude-ai.png`));
    const shown = await browser.sw.evaluate(() => (globalThis as unknown as { shown: string[] }).shown);
    // In compressed time the rate limit (4 in 15 real minutes) holds news back; the extension records it.
    const held = await browser.sw.evaluate(async () =>
      ((await chrome.storage.local.get('notifier')).notifier as { deferred?: string[] } | undefined)?.deferred ?? []);
    const fresh = [shown.slice(seen).join('; '), held.length > 0 ? `held back by the rate limit: ${held.join('; ')}` : '']
      .filter(Boolean).join('; ') || '—';
    seen = shown.length;
    const time = new Date(step.at).toISOString().slice(11, 16);
    rows.push(`| ${time} | ${step.stage.split(' (')[0]} | ${toolbar.text || '(none)'} | ${toolbar.colour} | ${toolbar.title.split('\n')[0]} | ${banner} | ${fresh} |`);
    console.log(`${time} ${step.scenario}: badge "${toolbar.text}", banner: ${banner}`);
  }
  writeFileSync(join(OUT, 'timeline.md'), `# What was shown during the 2 March 2026 replay\n\n${rows.join('\n')}\n`);
  console.log(`\nPictures and timeline.md in ${OUT}`);
  await browser.close();
  await server.close();
}

await main();
