// What a claude.ai page sends the background, and when.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PER_BATCH, NO_COUNTS, type PageOutcome } from './page-outcome';
import { flushReporter, NEW_REPORTER, noteRequest, REPORT_EVERY_MS, type Reporter } from './tab-reporter';

const T = Date.parse('2026-03-02T12:00:00Z');
const CLASSES = ['api/bootstrap', 'api/auth/session', 'api/auth/login_methods'];

/** Notes `n` outcomes, `gap` ms apart from `from`, cycling through the classes. */
function note(r: Reporter, outcome: PageOutcome, from: number, n: number, gap: number, inTrouble = false): Reporter {
  let out = r;
  for (let i = 0; i < n; i++) out = noteRequest(out, outcome, CLASSES[i % CLASSES.length] ?? '', from + i * gap, inTrouble).reporter;
  return out;
}

describe('a calm page', () => {
  it('schedules nothing for successes and never sends them, nor counts them later with failures (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 10, max: 5_000 }), (successes, gap) => {
      let r = NEW_REPORTER;
      for (let i = 0; i < successes; i++) {
        const step = noteRequest(r, i % 3 === 0 ? 'answered' : 'ok', CLASSES[i % 3] ?? '', T + i * gap, false);
        expect(step.flushIn).toBeNull();
        r = step.reporter;
      }
      expect(flushReporter(r, T + successes * gap, false).batch).toBeNull();
      // claude.ai starts failing on every kind of request: the batch carries the failures, not the calm successes before.
      const start = T + successes * gap + 1_000;
      r = note(r, 'failed', start, 6, 1_000);
      const { batch } = flushReporter(r, start + 6_000, false);
      expect(batch).toEqual({ ...NO_COUNTS, failed: 6 });
    }), { numRuns: 50 });
  });

  it('sends one broken endpoint’s failures as nothing at all', () => {
    let r = NEW_REPORTER;
    for (let i = 0; i < 30; i++) {
      r = noteRequest(r, 'failed', 'api/sync', T + i * 3_000, false).reporter;
      r = noteRequest(r, 'ok', 'api/bootstrap', T + i * 3_000 + 1_000, false).reporter;
    }
    expect(flushReporter(r, T + 90_000, false).batch).toBeNull();
  });

  it('sends refusals, 529s and a broken document at once, without waiting for a pattern', () => {
    expect(noteRequest(NEW_REPORTER, 'documentFailed', 'document', T, false).flushIn).toBe(0);
    const r = note(note(NEW_REPORTER, 'limited', T, 2, 100), 'overloaded', T + 200, 1, 100);
    expect(noteRequest(r, 'limited', 'x', T + 300, false).flushIn).toBe(REPORT_EVERY_MS);
    expect(flushReporter(r, T + 2_000, false).batch).toEqual({ ...NO_COUNTS, limited: 2, overloaded: 1 });
  });
});

describe('a page during an episode', () => {
  it('sends a fresh page’s successes while a signal or an outage is up, so recovery shows in seconds', () => {
    const step = noteRequest(NEW_REPORTER, 'ok', 'api/bootstrap', T, true);
    expect(step.flushIn).toBe(REPORT_EVERY_MS);
    expect(flushReporter(step.reporter, T + REPORT_EVERY_MS, true).batch).toEqual({ ...NO_COUNTS, ok: 1 });
  });

  it('sends its successes for a while after it sent failures itself', () => {
    const failing = flushReporter(note(NEW_REPORTER, 'failed', T, 6, 1_000), T + 6_000, false);
    expect(failing.batch?.failed).toBe(6);
    const after = noteRequest(failing.reporter, 'ok', 'api/bootstrap', T + 10_000, false);
    expect(after.flushIn).toBe(REPORT_EVERY_MS);
    expect(flushReporter(after.reporter, T + 12_000, false).batch).toEqual({ ...NO_COUNTS, ok: 1 });
  });

  it('cuts any batch down to what the background accepts (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom<PageOutcome>('ok', 'limited', 'overloaded', 'answered'), (n, outcome) => {
      const r = note(NEW_REPORTER, outcome, T, n, 1, true);
      const { batch } = flushReporter(r, T + n, true);
      expect(batch?.[outcome]).toBe(Math.min(n, MAX_PER_BATCH));
      for (const v of Object.values(batch ?? {})) expect(v).toBeLessThanOrEqual(MAX_PER_BATCH);
    }), { numRuns: 40 });
  });

  it('looks again soon while failures not yet reported are in its memory', () => {
    const r = note(NEW_REPORTER, 'failed', T, 2, 500);
    expect(flushReporter(r, T + 1_000, false)).toMatchObject({ batch: null, again: true });
  });
});
