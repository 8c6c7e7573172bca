import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutcomeCounts } from './page-outcome';
import { EMPTY_WINDOW, judge, observe, readWindow, type RequestWindow, WINDOW_MS } from './request-window';

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

describe('judge, on what claude.ai pages see', () => {
  it('sees 503s from the page’s own API calls as failing once they span two 10 s buckets', () => {
    const w = feed(every(0, 3, 2_000, 'failed'));
    expect(judge(w, T + 5_000)).toMatchObject({ failing: false, failed: 3 });
    const more = feed(every(11_000, 1, 1, 'failed'), w);
    expect(judge(more, T + 11_000)).toMatchObject({ failing: true, failed: 4, total: 4, firstFailureAt: T });
  });

  it('sees a 5xx document and one more server error as failing (a reload that fails again)', () => {
    expect(judge(feed([[0, 'documentFailed']]), T + 1_000).failing).toBe(false);
    expect(judge(feed([[0, 'documentFailed'], [3_000, 'failed']]), T + 3_000).failing).toBe(true);
  });

  it('never takes a single blip, or one burst however large, for an outage', () => {
    expect(judge(feed([[0, 'failed']]), T + 1_000).failing).toBe(false);
    expect(judge(feed(every(0, 40, 100, 'failed')), T + 4_000).failing).toBe(false);
  });

  it('never takes status 0 alone (aborted or cross-purpose fetches) for an outage, however many', () => {
    expect(judge(feed(every(0, 60, 2_000, 'weak')), T + 119_000)).toMatchObject({ failing: false, failed: 60 });
  });

  it('counts status 0 toward the share once real server errors are there', () => {
    const strongOnly = sorted([...every(0, 3, 10_000, 'failed'), ...every(2_500, 3, 10_000, 'ok')]);
    expect(judge(feed(strongOnly), T + 29_000).failing).toBe(false);
    const withWeak = sorted([...strongOnly, ...every(500, 6, 5_000, 'weak')]);
    expect(judge(feed(withWeak), T + 29_000).failing).toBe(true);
  });

  it('does not take a slow trickle of failures among successes for an outage', () => {
    const mixed = sorted([...every(0, 6, 15_000, 'failed'), ...every(1_000, 12, 8_000, 'ok')]);
    expect(judge(feed(mixed), T + 100_000)).toMatchObject({ failing: false, failed: 6, total: 18 });
  });

  it('sees a slow failure (errors creeping up to most requests) once it is most of them', () => {
    const w = feed(sorted([...every(0, 10, 5_000, 'ok'), ...every(2_500, 4, 12_000, 'failed')]));
    expect(judge(w, T + 50_000).failing).toBe(false);
    expect(judge(feed(every(60_000, 12, 5_000, 'failed'), w), T + 115_000).failing).toBe(true);
  });

  it('never fires on 4xx answers, however many (401 after a sign-out, 429 rate limits)', () => {
    expect(judge(feed(every(0, 60, 2_000, 'answered')), T + 119_000)).toMatchObject({ failing: false, failed: 0, total: 60 });
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
    const batched = observe(observe(EMPTY_WINDOW, { failed: 2, ok: 1 }, T), { failed: 2, weak: 1 }, T + 12_000);
    expect(judge(batched, T + 12_000)).toMatchObject({ failing: true, failed: 5, total: 6 });
  });

  const streamOf = (outcomes: One[]) => fc.array(fc.tuple(fc.nat(WINDOW_MS), fc.constantFrom(...outcomes)), { maxLength: 300 });

  it('never fires on any stream without server failures: successes, 4xx storms, aborted requests, offline (property)', () => {
    fc.assert(fc.property(streamOf(['ok', 'answered', 'weak', 'offline']), (stream) => !judge(feed(sorted(stream)), T + WINDOW_MS).failing),
      { numRuns: 500 });
  });

  it('never fires on a single failure among anything else, nor while offline (property)', () => {
    fc.assert(fc.property(streamOf(['ok', 'answered', 'weak']), fc.nat(WINDOW_MS), fc.constantFrom<One>('failed', 'documentFailed'),
      (stream, at, one) => !judge(feed(sorted([...stream, [at, one]])), T + WINDOW_MS).failing), { numRuns: 300 });
    // Within the window: the offline moment itself must not have aged out.
    fc.assert(fc.property(streamOf(['failed', 'documentFailed', 'weak', 'ok']), fc.integer({ min: 10_000, max: WINDOW_MS - 1 }),
      (stream, at) => !judge(feed(sorted([...stream, [at, 'offline']])), T + WINDOW_MS).failing), { numRuns: 300 });
  });

  it('keeps only counts: a window has no place for a URL or a body', () => {
    const w = feed(every(0, 3, 1_000, 'failed'));
    expect(Object.keys(w.buckets[0] ?? {}).sort()).toEqual(['answered', 'at', 'documentFailed', 'failed', 'offline', 'ok', 'weak']);
  });
});

describe('observe', () => {
  it('counts successes since the last server failure', () => {
    const w = feed([[0, 'failed'], [1_000, 'ok'], [2_000, 'answered'], [3_000, 'ok']]);
    expect(w).toMatchObject({ okStreak: 2, lastFailureAt: T });
    expect(observe(w, { failed: 1 }, T + 4_000)).toMatchObject({ okStreak: 0, lastFailureAt: T + 4_000 });
  });
});

describe('readWindow', () => {
  it('reads back what it stored', () => {
    const w = feed(every(0, 3, 1_000, 'failed'));
    expect(readWindow(JSON.parse(JSON.stringify(w)))).toEqual(w);
  });

  it.each([null, 1, {}, { version: 1, buckets: [] }, { version: 2, buckets: 'x', okStreak: 0 }])('reads %o as empty', (raw) => {
    expect(readWindow(raw)).toEqual(EMPTY_WINDOW);
  });

  it('drops a bad bucket and keeps the rest', () => {
    const good = { at: T, ok: 1, answered: 0, failed: 0, weak: 0, offline: 0, documentFailed: 0 };
    expect(readWindow({ ...EMPTY_WINDOW, buckets: [good, { at: T, ok: -1 }, null] }).buckets).toEqual([good]);
  });
});

describe('an episode closed by successes', () => {
  it('forgets the failures before three successes in a row, so one later blip raises nothing', () => {
    const failing = feed(every(0, 10, 3_000, 'failed'));
    expect(judge(failing, T + 30_000).failing).toBe(true);
    const recovered = feed(every(31_000, 3, 1_000, 'ok'), failing);
    expect(judge(recovered, T + 34_000)).toMatchObject({ failing: false, failed: 0 });
    expect(judge(feed([[40_000, 'documentFailed']], recovered), T + 40_000).failing).toBe(false);
  });
});

describe('an outage on a busy page', () => {
  it('is seen as soon as the failures since it began are most outcomes, however many successes came before', () => {
    const busy = feed(every(0, 90, 1_000, 'ok'));
    const failing = feed(every(90_500, 12, 1_000, 'failed'), busy);
    expect(judge(failing, T + 102_000).failing).toBe(true);
  });
});
