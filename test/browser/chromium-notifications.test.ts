// Notifications in real Chromium through the 2 March 2026 replay, with the worker stopped between polls
// and the browser restarted (same profile) between stages: exactly what a person should get.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, stopWorker } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

const profile = mkdtempSync(join(tmpdir(), 'csn-notify-'));
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

/** What Chromium shows, and the extension's own record of what it announced (id → link) and held back. */
async function notifications(b: Chromium) {
  return b.popup.evaluate(async () => {
    const shown = await chrome.notifications.getAll();
    const memory = (await chrome.storage.local.get('notifier')).notifier as { links: [string, string][]; deferred: string[] } | undefined;
    return { shown: Object.keys(shown).sort(), record: Object.fromEntries(memory?.links ?? []), deferred: memory?.deferred ?? [] };
  });
}

describe('Chromium notifications through the 2 March 2026 replay', () => {
  it('baseline is silent; the outage, its stages and recoveries are each announced once', async () => {
    browser = await launchChromium(profile, true);
    await step(browser, 'b0-2026-03-02-baseline');
    expect((await notifications(browser)).shown).toEqual([]);

    await step(browser, 'b1-2026-03-02-investigating');
    let n = await notifications(browser);
    expect(n.shown).toHaveLength(1);
    expect(Object.values(n.record)).toEqual(['https://status.claude.com/incidents/fx26mar02inc']);

    // The worker is stopped between polls; the same answer again announces nothing.
    await stopWorker(browser);
    await step(browser, 'b1-2026-03-02-investigating');
    expect((await notifications(browser)).shown).toHaveLength(1);

    await step(browser, 'c1-2026-03-02-identified');
    n = await notifications(browser);
    expect(n.shown).toHaveLength(2);
    expect(Object.keys(n.record).sort()).toEqual(n.shown);
  });

  it('after a browser restart with the same profile, nothing is repeated and the next stage comes once', async () => {
    await browser?.close();
    const b = await launchChromium(profile, true);
    browser = b;
    const before = Object.keys((await notifications(b)).record);
    expect(before).toHaveLength(2);

    await step(b, 'c1-2026-03-02-identified');
    expect(Object.keys((await notifications(b)).record)).toEqual(before);

    // "Monitoring", and every surface it names easing to degraded, backed by the incident: one notice.
    await step(b, 'c2-2026-03-02-monitoring');
    await step(b, 'c2-2026-03-02-monitoring');
    const n = await notifications(b);
    expect(Object.keys(n.record)).toHaveLength(3);
    expect(n.shown).toHaveLength(1);

    // The resolution, once two checks agree: the fourth notice within 15 minutes, within the limit.
    await step(b, 'c3-2026-03-02-resolved');
    await step(b, 'c3-2026-03-02-resolved');
    const last = await notifications(b);
    expect(last.shown).toHaveLength(2);
    expect(Object.keys(last.record)).toHaveLength(4);
    expect(last.deferred).toEqual([]);
  });
});
