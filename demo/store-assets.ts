// Chrome Web Store listing pictures, composed from the pictures the demo just took of the real extension:
// three 1280x800 screenshots, the 440x280 promo tile and the 128 px icon (96 px of artwork, 16 px of
// padding, as the store asks). Pictures are placed at their own size (1:1), never scaled down, so the
// popup's and the banner's text reads at store size. Written to store/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ringIcon } from '../scripts/ring-icon.mjs';
import { decideBadge } from '../src/core/badge';
import type { I18n } from '../src/core/i18n';
import { iconSegments } from '../src/core/icon';
import { chromiumPath } from '../test/browser/browsers';
import { stateFor, T0 } from '../test/support/states';

const png = (dir: string, file: string) => `data:image/png;base64,${readFileSync(join(dir, file)).toString('base64')}`;
// Single quotes only: this goes inside double-quoted style attributes.
const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
const SHADOW = 'box-shadow:0 12px 40px rgb(0 0 0 / .18);border-radius:12px';

function slide(title: string, body: string, pictures: string, textWidth = 330): string {
  return `<body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;gap:48px;padding:0 64px;box-sizing:border-box;
    background:linear-gradient(135deg,#f6f1ea,#e9eef6);font-family:${FONT};color:#1f1f1f">
    <div style="flex:0 0 ${textWidth}px"><h1 style="font-size:40px;line-height:1.15;margin:0 0 20px">${title}</h1>
      <p style="font-size:21px;line-height:1.45;margin:0;color:#3c4043">${body}</p></div>
    <div style="flex:1;min-width:0;display:flex;gap:24px;align-items:center;justify-content:center">${pictures}</div></body>`;
}
const shot = (src: string, width: number, height: number) =>
  `<img src="${src}" width="${width}" height="${height}" style="${SHADOW};background:#fff">`;
/** A 1:1 window onto part of a picture (`x`, `y` its top left corner there). */
const crop = (src: string, x: number, y: number, width: number, height: number) =>
  `<div style="width:${width}px;height:${height}px;${SHADOW};background:#fff url(${src}) -${x}px -${y}px no-repeat"></div>`;

/** The toolbar ring as the extension draws it at the 2 March "identified" stage: the story in one glance. */
function storyRing(size: number): string {
  // Only the ring's colours are used here, never its words.
  const words: I18n = { t: (key) => key, locale: 'en' };
  const segments = iconSegments(decideBadge(stateFor('c1-2026-03-02-identified'), T0, words));
  const c = size / 2;
  const r = size * 0.4;
  const arc = (a: number, b: number) => `M ${c + r * Math.cos(a)} ${c + r * Math.sin(a)} A ${r} ${r} 0 ${b - a > Math.PI ? 1 : 0} 1 ${c + r * Math.cos(b)} ${c + r * Math.sin(b)}`;
  const paths = segments.map((s) => `<path d="${arc(s.startAngle, s.endAngle)}" fill="none" stroke="${s.colour}" stroke-width="${size * (s.thick ? 0.15 : 0.08)}"/>`);
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${paths.join('')}<circle cx="${c}" cy="${c}" r="${size * 0.13}" fill="#D97757"/></svg>`;
}

export async function writeStoreAssets(from: string): Promise<void> {
  mkdirSync('store', { recursive: true });
  writeFileSync('store/icon-128.png', ringIcon(128, 96));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const slides: [string, string][] = [
    ['screenshot-1-which-part-is-down.png', slide('Which part of Claude is down?',
      'One ring segment per service. The popup says what is wrong, what to do about it, and every service’s status.',
      `${shot(png(from, 'popup-identified.png'), 380, 600)}${shot(png(from, 'popup-identified-dark.png'), 380, 600)}`, 300)],
    // The banner sits at x 360-920 of the 1280 px page: an 824 px window from the sidebar's edge.
    ['screenshot-2-dont-clear-cookies.png', slide('Don’t make it worse',
      'On claude.ai, a compact banner says what is wrong and the one thing that matters: don’t clear cookies, log out or reinstall. It stays clear of the page’s controls.',
      crop(png(from, 'banner-identified.png'), 260, 0, 824, 400), 280)],
    ['screenshot-3-before-the-status-page.png', slide('Before the status page says so',
      'Status pages post minutes after an outage begins. When claude.ai’s own requests fail in your browser, you know at once. No extra permission; nothing leaves your browser.',
      `<div style="display:flex;flex-direction:column;gap:16px;align-items:center">${crop(png(from, 'banner-local.png'), 350, 56, 580, 140)}
        ${shot(png(from, 'popup-local.png'), 380, 600)}</div>`)],
  ];
  for (const [file, html] of slides) {
    await page.setContent(html);
    await page.screenshot({ path: join('store', file) });
  }
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;flex-direction:column;justify-content:center;gap:14px;
    padding:0 36px;box-sizing:border-box;background:linear-gradient(135deg,#f6f1ea,#e9eef6);font-family:${FONT};color:#1f1f1f">
    <div style="display:flex;align-items:center;gap:16px">${storyRing(84)}
    <div style="font-size:27px;font-weight:700;line-height:1.1">Status Notifier<br>for Claude</div></div>
    <div style="font-size:17px;color:#3c4043">Which part of Claude is down, at a glance.</div></body>`);
  await page.screenshot({ path: 'store/promo-440x280.png' });
  await browser.close();
}
