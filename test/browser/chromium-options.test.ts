// The options page drives what the background does: a muted surface's news stays silent.
import { afterAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium, readToolbar } from './chromium-harness';
import { keepFailureArtifacts } from './failure-artifacts';

let browser: Chromium | undefined;
keepFailureArtifacts(() => browser);
afterAll(async () => {
  await browser?.close();
});

describe('Chromium options', () => {
  it('muting Claude Code silences its outage; unmuted, its recovery is announced', async () => {
    const b = await launchChromium();
    browser = b;
    const step = async (scenario: string): Promise<void> => {
      b.serve({ scenario });
      expect(await b.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))).toEqual({ ok: true });
    };
    const titles = () => b.popup.evaluate(async () => {
      const ids = Object.keys(await chrome.notifications.getAll());
      const memory = (await chrome.storage.local.get('notifier')).notifier as { links: Record<string, string> } | undefined;
      return { shown: ids.length, recorded: Object.keys(memory?.links ?? {}).length };
    });
    await step('a-all-operational');
    const options = await b.ctx.newPage();
    await options.setViewportSize({ width: 600, height: 640 });
    await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    const code = options.getByRole('checkbox', { name: 'Notify about Claude Code' });
    await code.uncheck();
    await options.screenshot({ path: 'test-results/chromium/options.png', fullPage: true });

    await step('f-claude-code-degraded-only');
    await step('f-claude-code-degraded-only');
    expect(await titles()).toEqual({ shown: 0, recorded: 0 });

    await code.check();
    await step('a-all-operational');
    await step('a-all-operational');
    expect(await titles()).toEqual({ shown: 1, recorded: 1 });
    await options.close();
  });

  it('unwatching a surface takes it off the badge and the tooltip at once', async () => {
    const b = browser;
    if (!b) throw new Error('no browser');
    b.serve({ scenario: 'f-claude-code-degraded-only' });
    expect(await b.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))).toEqual({ ok: true });
    expect((await readToolbar(b.ctx)).text).toBe('CC');
    const options = await b.ctx.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    await options.getByRole('checkbox', { name: 'Show Claude Code on the badge' }).uncheck();
    await expect.poll(async () => (await readToolbar(b.ctx)).text).toBe('');
    expect((await readToolbar(b.ctx)).title).not.toContain('Claude Code');
    await options.close();
  });
});
