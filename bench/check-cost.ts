// The time of one check's pure work over the largest answers the 1 MiB cap allows (the shapes of #16.2),
// against its target. `npm test` holds the same work to counted steps (src/core/check-budget.test.ts);
// how long those steps take depends on the machine, so the time is measured here, not asserted there.
import { readFileSync } from 'node:fs';
import type { I18n, MessageKey } from '../src/core/i18n';
import { checkOnce, LARGEST_ANSWERS } from '../test/support/largest-answers';

/** The budget a check's pure work should keep on a 2-core machine, idle. */
export const CHECK_TARGET_MS = 500;
const NOW = Date.parse('2026-03-02T12:00:00Z');

// The English catalogue, read from the working folder `npm run bench` runs in (the bench is bundled, so
// test/support/i18n's path beside its source does not hold here).
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const EN: I18n = {
  t: (key: MessageKey, subs: ReadonlyArray<string | number> = []) => (messages[key]?.message ?? key)
    .replace(/\$(\$|[1-9])/g, (_, w: string) => (w === '$' ? '$' : String(subs[Number(w) - 1] ?? ''))),
  locale: 'en',
};

/** Median of `runs` checks per answer shape, in ms, by shape. */
export function measureCheckCost(runs = 5): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, body] of Object.entries(LARGEST_ANSWERS)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      checkOnce(body, NOW, EN);
      times.push(performance.now() - started);
    }
    out[name] = times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? NaN;
  }
  return out;
}
