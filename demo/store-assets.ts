// Chrome Web Store listing pictures, composed from the pictures the demo just took of the real extension:
// three 1280x800 screenshots, the 440x280 promo tile and the 128 px icon (96 px of artwork, 16 px of
// padding, as the store asks). Written to store/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ringIcon } from '../scripts/ring-icon.mjs';
import { chromiumPath } from '../test/browser/browsers';

const png = (dir: string, file: string) => `data:image/png;base64,${readFileSync(join(dir, file)).toString('base64')}`;
// Single quotes only: this goes inside double-quoted style attributes.
const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";

function slide(title: string, body: string, pictures: string): string {
  return `<body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;gap:56px;padding:0 72px;box-sizing:border-box;
    background:linear-gradient(135deg,#f6f1ea,#e9eef6);font-family:${FONT};color:#1f1f1f">
    <div style="flex:0 0 380px"><h1 style="font-size:40px;line-height:1.15;margin:0 0 20px">${title}</h1>
      <p style="font-size:21px;line-height:1.45;margin:0;color:#3c4043">${body}</p></div>
    <div style="flex:1;min-width:0;display:flex;gap:24px;align-items:center;justify-content:center">${pictures}</div></body>`;
}
const shot = (src: string, width: number) =>
  `<img src="${src}" style="width:${width}px;border-radius:12px;box-shadow:0 12px 40px rgb(0 0 0 / .18);background:#fff">`;

export async function writeStoreAssets(from: string): Promise<void> {
  mkdirSync('store', { recursive: true });
  writeFileSync('store/icon-128.png', ringIcon(128, 96));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const slides: [string, string][] = [
    ['screenshot-1-which-part-is-down.png', slide('Which part of Claude is down?',
      'One ring segment per surface: claude.ai, Console, API, Claude Code, Cowork, Government. The popup gives one verdict, every surface and the incident.',
      shot(png(from, 'popup-identified.png'), 380))],
    ['screenshot-2-dont-clear-cookies.png', slide('Don’t make it worse',
      'On claude.ai, a compact banner says what is wrong and the one thing that matters: don’t clear cookies, log out or reinstall. Then it tells you when to sign in again.',
      shot(png(from, 'banner-identified.png'), 700))],
    ['screenshot-3-before-the-status-page.png', slide('Before the status page says so',
      'Status pages post minutes after an outage begins. When claude.ai’s own requests fail in your browser, you know at once. No extra permission, nothing leaves your browser.',
      `${shot(png(from, 'banner-local.png'), 400)}${shot(png(from, 'popup-local.png'), 270)}`)],
  ];
  for (const [file, html] of slides) {
    await page.setContent(html);
    await page.screenshot({ path: join('store', file) });
  }
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;flex-direction:column;justify-content:center;gap:14px;
    padding:0 36px;box-sizing:border-box;background:linear-gradient(135deg,#f6f1ea,#e9eef6);font-family:${FONT};color:#1f1f1f">
    <div style="display:flex;align-items:center;gap:14px"><img src="data:image/png;base64,${ringIcon(128, 96).toString('base64')}" width="72" height="72">
    <div style="font-size:27px;font-weight:700;line-height:1.1">Status Notifier<br>for Claude</div></div>
    <div style="font-size:17px;color:#3c4043">Which part of Claude is down, at a glance.</div></body>`);
  await page.screenshot({ path: 'store/promo-440x280.png' });
  await browser.close();
}
