// The worker is stopped between polls and the browser restarted with the same profile: what was known
// survives in storage, and polling goes on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, readToolbar, stopWorker } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

const profile = mkdtempSync(join(tmpdir(), 'csn-lifecycle-'));
let browser: Chromium | undefined;
keepFailureArtifacts(() => browser);

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

const refresh = (b: Chromium): Promise<unknown> => b.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
const pollAlarms = (b: Chromium) => b.popup.evaluate(() => chrome.alarms.getAll());

describe('Chromium lifecycle', () => {
  it('a stopped service worker wakes for Refresh, and the badge and the alarm outlive it', async () => {
    browser = await launchChromium(profile, true);
    browser.serve({ scenario: 'b1-2026-03-02-investigating' });
    expect(await refresh(browser)).toEqual({ ok: true });
    expect((await readToolbar(browser.ctx)).text).toBe('AI+');

    await stopWorker(browser);
    expect(await pollAlarms(browser)).toEqual([expect.objectContaining({ name: 'poll', periodInMinutes: 1 })]);

    browser.serve({ scenario: 'c2-2026-03-02-monitoring' });
    expect(await refresh(browser)).toEqual({ ok: true });
    const t = await readToolbar(browser.ctx);
    // At "monitoring" the open incident still marks the Console, API and Claude Code degraded too.
    expect(t.text).toBe('AI+');
    expect(t.title).toContain('claude.ai: Degraded performance');
  });

  it('after a browser restart the last good data is still there, the alarm is set, and checks go on', async () => {
    await browser?.close();
    const restarted = await launchChromium(profile, true);
    browser = restarted;
    // Chrome treats an extension loaded from the command line as newly installed at every launch, and
    // that first check runs before routes exist; what matters is that the last good data survived it.
    const stored = await browser.popup.evaluate(() => chrome.storage.local.get('status'));
    const surfaces = (stored.status as { state: { snapshot: { surfaces: { key: string; status: string }[] } } }).state.snapshot.surfaces;
    expect(surfaces.find((s) => s.key === 'claude-ai')?.status).toBe('degraded_performance');
    await expect.poll(async () => (await pollAlarms(restarted)).map((a) => a.name)).toEqual(['poll']);

    browser.serve({ scenario: 'c3-2026-03-02-resolved' });
    expect(await refresh(browser)).toEqual({ ok: true });
    expect((await readToolbar(browser.ctx)).text).toBe('');
  });
});
