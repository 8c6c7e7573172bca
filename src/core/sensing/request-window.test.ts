import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_KEYS, type OutcomeCounts } from './page-outcome';
import {
  EMPTY_WINDOW, hasRecovered, judge, observe, readWindow, RECOVERED_AFTER_MS, RECOVERED_AFTER_OK, type RequestWindow, WINDOW_MS,
} from './request-window';

const T = Date.parse('2026-03-02T12:00:00Z');
type One = keyof OutcomeCounts;

/** Feeds a stream of [ms after T, outcome] one at a time and returns the window after the last. */
function feed(stream: Array<[number, One]>, w: RequestWindow = EMPTY_WINDOW): RequestWindow {
  return stream.reduce((acc, [at, outcome]) => observe(acc, { [outcome]: 1 }, T + at), w);
}

/** One outcome every `gap` ms from `from` for `count` requests. */
const every = (from: number, count: number, gap: number, outcome: One): Array<[number, One]> =>
  Array.from({ length: count }, (_, i) => [from + i * gap, outcome]);
const sorted = (s: Array<[number, One]>) => [...s].sort((a, b) => a[0] - b[0]);

// `failed` here is what the pages already judged spread across their requests (tab-evidence.ts).
describe('judge, on what claude.ai pages report', () => {
  it('sees two spread failures, most of what happened since they began, as failing', () => {
    expect(judge(feed([[0, 'failed']]), T + 1_000)).toMatchObject({ failing: false, failed: 1 });
    expect(judge(feed([[0, 'failed'], [2_000, 'failed']]), T + 3_000)).toMatchObject({ failing: true, failed: 2, total: 2, firstFailureAt: T });
  });

  it('never counts a 5xx document as a failure: that page shows its own advice, the signal needs the page’s requests', () => {
    expect(judge(feed(every(0, 20, 1_000, 'documentFailed')), T + 20_000)).toMatchObject({ failing: false, failed: 0 });
    expect(judge(feed([[0, 'documentFailed'], [3_000, 'failed']]), T + 3_000).failing).toBe(false);
  });

  it('raises for a 40 % brownout, not for failures below the share', () => {
    const brownout = sorted([...every(0, 8, 5_000, 'failed'), ...every(1_000, 12, 3_300, 'ok')]);
    expect(judge(feed(brownout), T + 40_000).failing).toBe(true);
    const trickle = sorted([...every(0, 3, 15_000, 'failed'), ...every(1_000, 20, 2_000, 'ok')]);
    expect(judge(feed(trickle), T + 42_000)).toMatchObject({ failing: false, failed: 3, total: 23 });
  });

  it('takes neither 429s nor 529s on completions as failures, nor lets them dilute failures', () => {
    expect(judge(feed(every(0, 60, 1_000, 'limited')), T + 60_000)).toMatchObject({ failing: false, limited: 60 });
    const mixed = sorted([...every(0, 4, 5_000, 'failed'), ...every(500, 40, 500, 'limited'), ...every(700, 30, 600, 'overloaded')]);
    expect(judge(feed(mixed), T + 20_000)).toMatchObject({ failing: true, total: 4, limited: 40, overloaded: 30 });
  });

  it('never fires on refusals (401, 403), however many', () => {
    expect(judge(feed(every(0, 60, 2_000, 'answered')), T + 119_000)).toMatchObject({ failing: false, failed: 0 });
  });

  it('never fires while this machine looks offline', () => {
    const w = feed([...every(0, 12, 5_000, 'failed'), [61_000, 'offline']]);
    expect(judge(w, T + 62_000)).toMatchObject({ failing: false, offline: true });
  });

  it('forgets what is older than two minutes', () => {
    const w = feed(every(0, 12, 5_000, 'failed'));
    expect(judge(w, T + 60_000).failing).toBe(true);
    expect(judge(w, T + 60_000 + WINDOW_MS)).toMatchObject({ failing: false, failed: 0, total: 0 });
  });

  it('takes a batch as its parts: counts arrive from the page in batches', () => {
    const batched = observe(observe(EMPTY_WINDOW, { failed: 2, ok: 1 }, T), { failed: 2, limited: 1 }, T + 12_000);
    expect(judge(batched, T + 12_000)).toMatchObject({ failing: true, failed: 4, total: 5 });
  });

  it('is seen on a busy page as soon as the failures since they began are enough, however many successes came before', () => {
    const failing = feed(every(90_500, 3, 1_000, 'failed'), feed(every(0, 90, 1_000, 'ok')));
    expect(judge(failing, T + 93_000).failing).toBe(true);
  });

  const streamOf = (outcomes: One[]) => fc.array(fc.tuple(fc.nat(WINDOW_MS), fc.constantFrom(...outcomes)), { maxLength: 300 });

  it('never fires on any stream without spread failures, nor on one failure among anything else (property)', () => {
    fc.assert(fc.property(streamOf(['ok', 'answered', 'limited', 'overloaded', 'offline', 'documentFailed']),
      (stream) => !judge(feed(sorted(stream)), T + WINDOW_MS).failing), { numRuns: 300 });
    fc.assert(fc.property(streamOf(['ok', 'answered', 'limited', 'overloaded', 'documentFailed']), fc.nat(WINDOW_MS),
      (stream, at) => !judge(feed(sorted([...stream, [at, 'failed']])), T + WINDOW_MS).failing), { numRuns: 300 });
  });

  it('never fires while offline within the window (property)', () => {
    fc.assert(fc.property(streamOf(['failed', 'ok', 'limited']), fc.integer({ min: 10_000, max: WINDOW_MS - 1 }),
      (stream, at) => !judge(feed(sorted([...stream, [at, 'offline']])), T + WINDOW_MS).failing), { numRuns: 300 });
  });

  it('keeps only counts: a window has no place for a URL or a body', () => {
    const w = feed(every(0, 3, 1_000, 'failed'));
    expect(Object.keys(w.buckets[0] ?? {}).sort()).toEqual(['at', ...OUTCOME_KEYS].sort());
  });
});

describe('observe', () => {
  it('counts successes since the last failure, and failures that come back after successes as flips', () => {
    const w = feed([[0, 'failed'], [1_000, 'ok'], [2_000, 'answered'], [3_000, 'ok']]);
    expect(w).toMatchObject({ okStreak: 2, lastFailureAt: T, flips: 0 });
    expect(observe(w, { failed: 1 }, T + 4_000)).toMatchObject({ okStreak: 0, lastFailureAt: T + 4_000, flips: 1 });
    expect(observe(EMPTY_WINDOW, { failed: 1, ok: 1 }, T).flips).toBe(1);
  });
});

describe('recovery', () => {
  it(`takes ${RECOVERED_AFTER_OK} successes and ${RECOVERED_AFTER_MS / 1000} s without a failure, then forgets the old failures`, () => {
    const failing = feed(every(0, 10, 3_000, 'failed'));
    const last = 27_000;
    const quick = feed(every(28_000, 10, 1_000, 'ok'), failing);
    expect(hasRecovered(quick, T + 38_000)).toBe(false);
    expect(judge(quick, T + 38_000).failing).toBe(true);
    const few = feed(every(last + RECOVERED_AFTER_MS, RECOVERED_AFTER_OK - 1, 100, 'ok'), failing);
    expect(hasRecovered(few, T + last + RECOVERED_AFTER_MS + 1_000)).toBe(false);
    const held = feed(every(last + 10_000, 6, 10_000, 'ok'), failing);
    expect(hasRecovered(held, T + last + RECOVERED_AFTER_MS)).toBe(true);
    expect(judge(held, T + last + RECOVERED_AFTER_MS)).toMatchObject({ failing: false, failed: 0 });
    expect(held.flips).toBe(0);
    expect(judge(feed([[last + RECOVERED_AFTER_MS + 1_000, 'failed']], held), T + last + RECOVERED_AFTER_MS + 1_000).failing).toBe(false);
  });

  it('is never reached while failures keep coming back, however many successes between them (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1_000, max: RECOVERED_AFTER_MS - 1 }), (oks, gap) => {
      let w = EMPTY_WINDOW;
      let at = T;
      for (const n of oks) {
        w = observe(w, { failed: 1 }, at);
        w = observe(w, { ok: n }, at + gap - 1);
        expect(hasRecovered(w, at + gap - 1)).toBe(false);
        at += gap;
      }
    }), { numRuns: 200 });
  });
});

describe('readWindow', () => {
  it('reads back what it stored', () => {
    const w = { ...feed(every(0, 3, 1_000, 'failed')), confirmAt: T };
    expect(readWindow(JSON.parse(JSON.stringify(w)))).toEqual(w);
  });

  it.each([null, 1, {}, { version: 2, buckets: [], okStreak: 0, lastFailureAt: null, confirmAt: null }, { ...EMPTY_WINDOW, flips: -1 }, { ...EMPTY_WINDOW, buckets: 'x' }])(
    'reads %o as empty', (raw) => expect(readWindow(raw)).toEqual(EMPTY_WINDOW),
  );

  it('drops a bad bucket and keeps the rest', () => {
    const good = { at: T, ok: 1, answered: 0, limited: 0, failed: 0, overloaded: 0, offline: 0, documentFailed: 0 };
    expect(readWindow({ ...EMPTY_WINDOW, buckets: [good, { at: T, ok: -1 }, null, { at: T, ok: 1 }] }).buckets).toEqual([good]);
  });
});
