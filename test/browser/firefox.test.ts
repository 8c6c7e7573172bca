import { describe, expect, it } from 'vitest';
import { EXPECTED } from '../support/scenarios';
import { refreshAndRead, useFirefox } from './firefox-harness';

const hex = (rgba: number[]): string => `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();

const suite = useFirefox();


describe('Firefox ESR: the installed add-on badges by surface', () => {
  it.each([
    'b1-2026-03-02-investigating', 'c2-2026-03-02-monitoring', 'd-major-outage-multi-component',
    'e-scheduled-maintenance-in-progress', 'f-claude-code-degraded-only', 'c3-2026-03-02-resolved',
  ])('%s', async (scenario) => {
    const expected = EXPECTED[scenario];
    if (!expected) throw new Error('no expectation');
    suite.server.serve({ scenario });
    const t = await refreshAndRead(suite.firefox.popup);
    expect(t.refresh).toEqual({ ok: true });
    expect(t.text).toBe(expected.badge);
    if (expected.colour) expect(hex(t.colour)).toBe(expected.colour);
    expect(t.title).toContain('claude.ai: ');
    expect(t.title).toContain('Claude Code: ');
  });

  it('a WAF challenge gives ? with the reason, keeping the last data as stale', async () => {
    suite.server.serve({ scenario: 'f-claude-code-degraded-only' });
    await refreshAndRead(suite.firefox.popup);
    suite.server.serve({ http: '405-waf-captcha.http' });
    // One failed check is a blip: the recent data stays on show. A second in a row makes it unknown.
    expect((await refreshAndRead(suite.firefox.popup)).text).toBe('CC');
    const t = await refreshAndRead(suite.firefox.popup);
    expect(t.text).toBe('?');
    expect(hex(t.colour)).toBe('#5F6368');
    expect(t.title).toMatch(/bot challenge[\s\S]*Last known, stale[\s\S]*Claude Code: Degraded performance/);
  });

  it('the popup lists every surface from storage', async () => {
    suite.server.serve({ scenario: 'd-major-outage-multi-component' });
    await refreshAndRead(suite.firefox.popup);
    await suite.firefox.popup.waitForFunction(() => document.querySelectorAll('ul.surfaces li').length === 6, { timeout: 5000 });
    const text = await suite.firefox.popup.evaluate(() => document.body.innerText);
    expect(text).toContain('Claude Cowork');
    expect(text).toContain('Major outage');
  });

  it('announces the outage once, by its own record (headless Firefox lists no notifications), and the popup tells the story', async () => {
    const record = () => suite.firefox.popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const n = (await ext.storage.local.get('notifier')).notifier as { links: [string, string][] } | undefined;
      return (n?.links ?? []).map(([, url]) => url);
    });
    // Earlier tests used up the rate limit; a cleared memory starts again from a silent baseline.
    await suite.firefox.popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.remove('notifier'));
    suite.server.serve({ scenario: 'b0-2026-03-02-baseline' });
    await refreshAndRead(suite.firefox.popup);
    await refreshAndRead(suite.firefox.popup);
    const before = (await record()).length;
    expect(before).toBe(0);
    suite.server.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refreshAndRead(suite.firefox.popup);
    await refreshAndRead(suite.firefox.popup);
    const after = await record();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toBe(`${suite.server.origin}/incidents/fx26mar02inc`);
    // The latest update is folded away in the popup: it is there, one click from view.
    await suite.firefox.popup.waitForFunction(() => document.body.textContent?.includes('We have confirmed that the API is working as intended.'), { timeout: 5000 });
    expect(await suite.firefox.popup.evaluate(() => document.body.innerText)).toContain('Investigating');
  });

  it('the add-on asked only for the status JSON', () => {
    expect(new Set(suite.server.requests)).toEqual(new Set(['/api/v2/summary.json']));
  });
});
