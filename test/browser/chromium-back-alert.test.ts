// "Tell me when it's back" in real Chromium: armed with a person's click on the claude.ai banner while the
// 2 March outage is on, through a browser restart with the same profile, with every notification setting
// muted: exactly one notification when the status page clears it, and nothing more after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { accessibleText, bannerNode, bannerText, clickNode } from './banner-cdp';
import { type Chromium, launchChromium } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

const profile = mkdtempSync(join(tmpdir(), 'csn-back-'));
let browser: Chromium | undefined;
keepFailureArtifacts(() => browser);

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function step(b: Chromium, scenario: string): Promise<void> {
  b.serve({ scenario });
  expect(await b.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))).toEqual({ ok: true });
}

/** What Chromium shows, and the stored alert. */
const state = (b: Chromium) => b.popup.evaluate(async () => ({
  shown: Object.keys(await chrome.notifications.getAll()).sort(),
  alert: ((await chrome.storage.local.get('backAlert')).backAlert as { alert: { firedAt: number | null; shownAt: number | null } | null } | undefined)?.alert ?? null,
}));

describe('Chromium: tell me when it’s back', () => {
  let claude: Page;

  it('is offered on the banner during the outage; a page script cannot press it, a person can', async () => {
    const b = await launchChromium(profile, true);
    browser = b;
    // Notifications off, claude.ai muted, snoozed for two days: the person's own request still comes.
    await b.popup.evaluate(() => chrome.storage.sync.set({
      settings: { version: 1, notifications: false, recoveryNotifications: false, mutedSurfaces: ['claude-ai'], snoozeUntil: Date.now() + 2 * 86_400_000 },
    }));
    await step(b, 'b0-2026-03-02-baseline');
    await step(b, 'b1-2026-03-02-investigating');
    claude = await b.ctx.newPage();
    await claude.emulateMedia({ reducedMotion: 'reduce' });
    await claude.goto('https://claude.ai/new');
    await expect.poll(() => bannerText(claude), { timeout: 15_000 }).toContain('Elevated errors');
    // The bell beside Details, named for screen readers.
    await expect.poll(() => accessibleText(claude)).toContain('button:Tell me when it’s back');

    await claude.evaluate(() => {
      for (const el of document.querySelectorAll('[data-claude-status-banner] button')) (el as HTMLButtonElement).click();
    });
    expect((await state(b)).alert).toBeNull();

    const arm = await bannerNode(claude, 'arm');
    if (!arm) throw new Error('no button');
    await clickNode(claude, arm);
    await expect.poll(() => accessibleText(claude), { timeout: 15_000 }).toContain('button:Cancel the notification when claude.ai is back');
    expect((await state(b)).alert).toMatchObject({ firedAt: null, shownAt: null });
    // The popup says so too.
    await b.popup.reload();
    await expect.poll(() => b.popup.evaluate(() => document.body.innerText), { timeout: 15_000 }).toContain('I’ll tell you when claude.ai is back.');
  });

  it('after a browser restart with the same profile, exactly one notification when the status page clears it', async () => {
    await browser?.close();
    const b = await launchChromium(profile, true);
    browser = b;
    await step(b, 'c1-2026-03-02-identified');
    await step(b, 'c2-2026-03-02-monitoring');
    expect(await state(b)).toMatchObject({ shown: [], alert: { firedAt: null } });

    await step(b, 'c3-2026-03-02-resolved');
    await expect.poll(async () => (await state(b)).alert?.shownAt ?? null, { timeout: 15_000 }).not.toBeNull();
    expect((await state(b)).shown).toEqual(['claude-status-back']);

    // More checks and a worker restart: still the one.
    await step(b, 'c3-2026-03-02-resolved');
    await step(b, 'a-all-operational');
    expect((await state(b)).shown).toEqual(['claude-status-back']);
  });
});
