// The claude.ai banner in Firefox ESR: stand-in claude.ai pages served by request interception, the
// status page by the loopback stand-in that the Firefox test build talks to.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { summaryAt } from '../support/captured-at';
import { AXE_SOURCE, type AxeViolation } from './axe';
import { openClaude as openStandIn, pollUntil, refreshAndRead, useFirefox } from './firefox-harness';

const suite = useFirefox();

const openClaude = (path: string): Promise<Page> => openStandIn(suite.firefox.browser, path);

/** The banner's text and a few computed styles, or null when there is no banner. */
function readBanner(page: Page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('[data-claude-status-banner]');
    const box = hosts[0]?.shadowRoot?.querySelector('.banner');
    if (!box) return null;
    return { hosts: hosts.length, text: box.textContent ?? '', role: box.getAttribute('role'), background: getComputedStyle(box).backgroundColor };
  });
}

const waitForBanner = (page: Page, contains: string | null): Promise<Awaited<ReturnType<typeof readBanner>>> =>
  pollUntil(() => readBanner(page), (b) => (contains === null ? b === null : (b?.text.includes(contains) ?? false)), 15_000);


describe('Firefox ESR: the claude.ai banner', () => {
  it('appears live during the outage with the advice, follows it, and announces recovery', async () => {
    suite.server.serve({ scenario: 'b0-2026-03-02-baseline' });
    await refreshAndRead(suite.firefox.popup);
    const page = await openClaude('/new');
    expect(await readBanner(page)).toBeNull();

    suite.server.serve({ scenario: 'b1-2026-03-02-investigating' });
    await refreshAndRead(suite.firefox.popup);
    const shown = await waitForBanner(page, 'Investigating');
    expect(shown?.text).toMatch(/don’t clear cookies, log out or reinstall/);
    expect(shown).toMatchObject({ hosts: 1, role: 'status' });

    suite.server.serve({ scenario: 'c2-2026-03-02-monitoring' });
    await refreshAndRead(suite.firefox.popup);
    expect((await waitForBanner(page, 'being monitored'))?.text).toContain('being monitored');

    suite.server.serve({ scenario: 'c3-2026-03-02-resolved' });
    await refreshAndRead(suite.firefox.popup);
    expect((await waitForBanner(page, 'recovered'))?.text).toContain('claude.ai has recovered, you can sign in again.');
    await page.close();
  });

  // The Firefox test build leaves the banner's root open, so axe-core can reach inside it (#15).
  it.each(['light', 'dark'] as const)('has no axe violation (WCAG 2.2 AA), details open, %s', async (scheme) => {
    suite.server.serve({ scenario: 'd-major-outage-multi-component' });
    await refreshAndRead(suite.firefox.popup);
    const page = await openClaude('/new');
    expect(await waitForBanner(page, 'down for everyone')).not.toBeNull();
    await page.evaluate((dark) => {
      // Open the details as a person would see them, so their contrast is checked too. (BiDi has no
      // colour-scheme emulation here: the dark rules are applied as the light ones by a copy of the sheet.)
      const root = document.querySelector('[data-claude-status-banner]')?.shadowRoot;
      const more = root?.querySelector<HTMLElement>('.more');
      if (more) more.hidden = false;
      if (dark && root) {
        const sheets = root.adoptedStyleSheets;
        const text = [...(sheets[0]?.cssRules ?? [])].map((r) => (r instanceof CSSMediaRule && r.conditionText.includes('dark') ? [...r.cssRules].map((x) => x.cssText).join('\n') : r.cssText)).join('\n');
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        root.adoptedStyleSheets = [sheet];
      }
    }, scheme === 'dark');
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(`(async () => {
      const r = await axe.run(document.querySelector('[data-claude-status-banner]'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
    })()`) as AxeViolation[];
    expect(violations).toEqual([]);
    await page.close();
  });

  it('is styled on a page with style-src \'none\' and hostile CSS (adoptedStyleSheets, not <style>)', async () => {
    suite.server.serve({ scenario: 'd-major-outage-multi-component' });
    await refreshAndRead(suite.firefox.popup);
    const page = await openClaude('/hostile');
    const shown = await waitForBanner(page, 'down for everyone');
    expect(shown).toMatchObject({ hosts: 1, role: 'alert', background: 'rgb(252, 238, 238)' });
    await page.close();
  });

  it('on 27 March 2026: the popup and the banner\'s details name Opus 4.6 and Sonnet 4.6 and say Claude Cowork works (#20)', async () => {
    suite.server.serve({ json: summaryAt('real-captures/incidents/b9802k1zb5l2.json', '2026-03-27T11:30:00Z') });
    await refreshAndRead(suite.firefox.popup);
    const models = 'Names Opus 4.6 and Sonnet 4.6. Other models aren’t named as affected; switching model may help.';
    const page = await openClaude('/new');
    const shown = await waitForBanner(page, 'Claude Cowork is working.');
    expect(shown?.text).toContain(models);
    await suite.firefox.popup.waitForFunction((m) => {
      const card = document.querySelector('.incident .models')?.textContent;
      return card === m && document.querySelector('.verdict .still-works')?.textContent === 'Claude Cowork is working.';
    }, { timeout: 5000 }, models);
    await page.close();
  });

  it('goes away when the status page cannot be read', async () => {
    const page = await openClaude('/new');
    expect(await waitForBanner(page, 'down for everyone')).not.toBeNull();
    suite.server.serve({ http: '405-waf-captcha.http' });
    // One failed check is a blip that keeps recent data on show; the second makes the status unknown.
    await refreshAndRead(suite.firefox.popup);
    await refreshAndRead(suite.firefox.popup);
    expect(await waitForBanner(page, null)).toBeNull();
    await page.close();
  });
});
