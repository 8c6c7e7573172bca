// A failed real-browser test leaves something to look at: a screenshot of every open page and the
// extension's stored state, in test-results/failures/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Chromium } from './chromium-harness';

const DIR = 'test-results/failures';

export function keepFailureArtifacts(current: () => Chromium | undefined): void {
  afterEach(async (context) => {
    const browser = current();
    if (context.task.result?.state !== 'fail' || !browser) return;
    mkdirSync(DIR, { recursive: true });
    const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
    for (const [i, page] of browser.ctx.pages().entries()) {
      await page.screenshot({ path: join(DIR, `${name}-page${i}.png`) }).catch(() => undefined);
    }
    const stored = await browser.popup.evaluate(() => chrome.storage.local.get(null)).catch((e: unknown) => String(e));
    writeFileSync(join(DIR, `${name}-storage.json`), JSON.stringify({ stored, requests: browser.requests }, null, 2));
  });
}
