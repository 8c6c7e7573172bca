// The extension in the browser's language: Chromium started in German and in Japanese picks the
// catalogue from public/_locales for the toolbar, the popup and the claude.ai banner.
import { afterEach, describe, expect, it } from 'vitest';
import { bannerText } from './banner-cdp';
import { type Chromium, launchChromium, readToolbar } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

let browser: Chromium | undefined;
keepFailureArtifacts(() => browser);
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe.each([
  { lang: 'de', tooltip: 'claude.ai ist für alle gestört: die Statusseite meldet es', heading: 'Claude-Status', refresh: 'Aktualisieren',
    banner: 'Bitte löschen Sie keine Cookies', stage: 'Wird untersucht' },
  { lang: 'ja', tooltip: 'claude.ai は全員に対して障害中です（ステータスページが報告）', heading: 'Claude のステータス', refresh: '更新',
    banner: 'Cookie の削除、ログアウト、再インストールはしないでください', stage: '調査中' },
])('Chromium in $lang', ({ lang, tooltip, heading, refresh, banner, stage }) => {
  it('words the tooltip, the popup and the banner in that language', async () => {
    const b = await launchChromium(undefined, false, { lang });
    browser = b;
    b.serve({ scenario: 'b1-2026-03-02-investigating' });
    expect(await b.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))).toEqual({ ok: true });
    expect(await b.popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${lang}`));
    expect((await readToolbar(b.ctx)).title.split('\n')[0]).toBe(tooltip);
    await b.popup.reload();
    await expect.poll(() => b.popup.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    expect(await b.popup.getByRole('button', { name: refresh }).count()).toBe(1);
    expect(await b.popup.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${lang}`));
    const claude = await b.ctx.newPage();
    await claude.goto('https://claude.ai/new');
    const text = () => bannerText(claude);
    await expect.poll(text).toContain(banner);
    expect(await text()).toContain(stage);
  });
});

// WCAG 3.1.1: a language without a catalogue (French) reads the English fallback, so the pages say "en".
describe('Chromium in fr (no catalogue)', () => {
  it('shows English and declares English on the popup and the options page', async () => {
    const b = await launchChromium(undefined, false, { lang: 'fr' });
    browser = b;
    b.serve({ scenario: 'b1-2026-03-02-investigating' });
    expect(await b.popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^fr/);
    await b.popup.reload();
    await expect.poll(() => b.popup.getByRole('heading', { level: 1 }).textContent()).toBe('Claude status');
    expect(await b.popup.locator('html').getAttribute('lang')).toBe('en');
    const options = await b.ctx.newPage();
    await options.goto(b.popup.url().replace('src/popup/index.html', 'src/options/index.html'));
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('en');
    await options.close();
  });
});
