// Notifications in real Chromium through the 2 March 2026 replay, with the worker stopped between polls
// and the browser restarted (same profile) between stages: one notification for the incident, replaced at
// each stage and at its end, which is what a person should get.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, stopWorker } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';
import { capturedNotices, captureNotices } from './notice-capture';
import { incidentNoticeId } from '../../src/core/notify/notice';

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

/** The one notification id of the replay's incident (core/notify/notice.ts: from the incident's id alone). */
const INCIDENT = 'fx26mar02inc';

describe('Chromium notifications through the 2 March 2026 replay', () => {
  it('baseline is silent; the outage and its next stage share one notification, replaced in place', async () => {
    browser = await launchChromium(profile, true);
    await step(browser, 'b0-2026-03-02-baseline');
    expect((await notifications(browser)).shown).toEqual([]);

    await step(browser, 'b1-2026-03-02-investigating');
    let n = await notifications(browser);
    expect(n.shown).toEqual([incidentNoticeId(INCIDENT)]);
    expect(n.record).toEqual({ [incidentNoticeId(INCIDENT)]: `https://status.claude.com/incidents/${INCIDENT}` });

    // The worker is stopped between polls; the same answer again announces nothing.
    await stopWorker(browser);
    await step(browser, 'b1-2026-03-02-investigating');
    expect((await notifications(browser)).shown).toEqual([incidentNoticeId(INCIDENT)]);

    await captureNotices(browser.ctx);
    await step(browser, 'c1-2026-03-02-identified');
    n = await notifications(browser);
    expect(n.shown).toEqual([incidentNoticeId(INCIDENT)]);
    expect(Object.keys(n.record)).toEqual(n.shown);
    expect((await capturedNotices(browser.ctx)).map((c) => [c.id, c.title])).toEqual([[incidentNoticeId(INCIDENT), expect.stringMatching(/identified/i)]]);
  });

  it('after a browser restart, monitoring and the resolution replace it too: one notification, which says resolved', async () => {
    await browser?.close();
    const b = await launchChromium(profile, true);
    browser = b;
    expect(Object.keys((await notifications(b)).record)).toEqual([incidentNoticeId(INCIDENT)]);

    await step(b, 'c1-2026-03-02-identified');
    await captureNotices(b.ctx);
    await step(b, 'c2-2026-03-02-monitoring');
    await step(b, 'c2-2026-03-02-monitoring');
    expect((await notifications(b)).shown).toEqual([incidentNoticeId(INCIDENT)]);

    // The page drops the incident: its end, under the same id, at once (the resolution confirms the surfaces).
    await step(b, 'c3-2026-03-02-resolved');
    await step(b, 'c3-2026-03-02-resolved');
    const last = await notifications(b);
    expect(last.shown).toEqual([incidentNoticeId(INCIDENT)]);
    expect(Object.keys(last.record)).toEqual([incidentNoticeId(INCIDENT)]);
    expect(last.deferred).toEqual([]);
    const said = await capturedNotices(b.ctx);
    expect(said.map((c) => c.id)).toEqual([incidentNoticeId(INCIDENT), incidentNoticeId(INCIDENT)]);
    // "Monitoring" and the surfaces easing with it: one summary, under the incident's id.
    expect(said[0]?.title).toBe('Claude: 4 status changes');
    expect(said[1]?.title).toBe('Elevated errors on claude.ai, console, and claude code: resolved');
    expect(said[1]?.message).toMatch(/^Lasted \d+ hr( \d+ min)?\.$/);
  });
});
