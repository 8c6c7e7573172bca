// Reproduction (#16.2): a 673 KiB summary with 10,000 components cost 26.5 s of worker time per check.
// Whatever the page sends within the 1 MiB cap, a check's pure work stays linear in what it was sent:
// counted in steps (test/support/step-meter.ts), so a busy machine cannot fail it; its time on a real
// machine is measured by `npm run bench` against its target.
import { describe, expect, it } from 'vitest';
import { EN } from '../../test/support/i18n';
import { checkOnce, LARGEST_ANSWERS } from '../../test/support/largest-answers';
import { jsonNodes, metered } from '../../test/support/step-meter';
import { MAX_SURFACES } from './derive';
import { HISTORY_KEPT_DAYS } from './history';
import { MAX_BODY_BYTES } from './response';

const NOW = Date.parse('2026-03-02T12:00:00Z');
/** Reads of the page's data per value it holds: a few per value is a walk, thousands is a walk per item. */
const READS_PER_VALUE = 4;
/** Array elements gone over per value sent: a handful of passes, never a pass per item. */
const VISITS_PER_VALUE = 16;
/** Days a check may walk per incident it was sent: each surface's share of the kept window (and one day over). */
const DAYS_PER_INCIDENT = (HISTORY_KEPT_DAYS + 2) * MAX_SURFACES;

describe('one check of the largest answer the cap allows', () => {
  it.each(Object.keys(LARGEST_ANSWERS))('%s: does work linear in the answer and keeps what a person can use', (name) => {
    const body = LARGEST_ANSWERS[name] ?? '';
    expect(body.length).toBeGreaterThan(MAX_BODY_BYTES * 0.99);
    const sent = JSON.parse(body) as { incidents?: unknown[] };
    const { result: { state, badge }, steps } = metered(() => checkOnce(body, NOW, EN));
    expect(steps.reads).toBeLessThanOrEqual(READS_PER_VALUE * jsonNodes(sent));
    expect(steps.visited).toBeLessThanOrEqual(VISITS_PER_VALUE * jsonNodes(sent));
    expect(steps.days).toBeLessThanOrEqual(DAYS_PER_INCIDENT * (sent.incidents?.length ?? 0) + HISTORY_KEPT_DAYS + 1);
    // Text is cleaned from a bounded head of each name, never from the whole of a long one.
    expect(steps.scanned).toBeLessThanOrEqual(body.length);
    expect(state.snapshot?.surfaces.length).toBeLessThanOrEqual(MAX_SURFACES);
    expect(badge.title.length).toBeLessThan(5_000);
  });
});
