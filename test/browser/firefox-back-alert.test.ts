// "Tell me when it's back" in Firefox ESR: armed with a person's click in the popup while the 2 March outage
// is on, through a browser restart with the same profile, with every notification setting muted. Headless
// Firefox lists no notifications, so the add-on's own record says what was shown: the alert is marked shown
// once, by the browser's confirmation, and nothing arms or shows it again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStatusServer, type StatusServer } from '../replay/status-server';
import { addonUrl, type Firefox, FIREFOX_STATUS_PORTS, launchFirefox, pollUntil, refreshAndRead } from './firefox-harness';

const profile = mkdtempSync(join(tmpdir(), 'csn-ff-back-'));
let server: StatusServer;
let firefox: Firefox | undefined;

beforeAll(async () => {
  server = await startStatusServer(FIREFOX_STATUS_PORTS);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

type Alert = { firedAt: number | null; shownAt: number | null } | null;
const alertOf = (popup: Page): Promise<Alert> => popup.evaluate(async () => {
  const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
  return ((await ext.storage.local.get('backAlert')).backAlert as { alert: Alert } | undefined)?.alert ?? null;
});

async function check(popup: Page, scenario: string): Promise<void> {
  server.serve({ scenario });
  expect((await refreshAndRead(popup)).refresh).toEqual({ ok: true });
}

describe('Firefox ESR: tell me when it’s back', () => {
  it('is armed by a person’s click in the popup during the outage', async () => {
    firefox = await launchFirefox(profile);
    const { popup } = firefox;
    await popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.sync.set({
      settings: { version: 1, notifications: false, recoveryNotifications: false, mutedSurfaces: ['claude-ai'], snoozeUntil: Date.now() + 2 * 86_400_000 },
    }));
    await check(popup, 'b0-2026-03-02-baseline');
    await check(popup, 'b1-2026-03-02-investigating');
    await popup.waitForFunction(() => document.querySelector('.back button.arm') !== null, { timeout: 15_000 });
    const arm = await popup.$('.back button.arm');
    expect(await arm?.evaluate((b) => b.textContent)).toBe('Tell me when it’s back');
    await arm?.click();
    await popup.waitForFunction(() => document.body.innerText.includes('I’ll tell you when claude.ai is back.'), { timeout: 15_000 });
    expect(await alertOf(popup)).toMatchObject({ firedAt: null, shownAt: null });
  });

  it('after a restart with the same profile, is shown once when the status page clears it', async () => {
    await firefox?.close();
    firefox = await launchFirefox(profile);
    const { popup } = firefox;
    expect(await alertOf(popup)).toMatchObject({ firedAt: null });
    await check(popup, 'c2-2026-03-02-monitoring');
    expect(await alertOf(popup)).toMatchObject({ firedAt: null });
    await check(popup, 'c3-2026-03-02-resolved');
    const shown = await pollUntil(() => alertOf(popup), (a) => a?.shownAt != null);
    expect(shown?.shownAt).not.toBeNull();
    await check(popup, 'c3-2026-03-02-resolved');
    await check(popup, 'a-all-operational');
    // Shown once: the record is unchanged, and the popup no longer promises anything.
    expect(await alertOf(popup)).toEqual(shown);
    await popup.goto(addonUrl('src/popup/index.html'), { timeout: 3000 }).catch(() => undefined);
    await popup.waitForFunction(() => document.querySelector('button') !== null, { timeout: 15_000 });
    expect(await popup.evaluate(() => document.body.innerText)).not.toContain('I’ll tell you');
  });
});
