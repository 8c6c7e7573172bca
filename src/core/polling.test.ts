import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterCheck, BACKOFF_CAP_MS, RETRY_AFTER_CAP_MS, resumeDelayMs, BACKOFF_FLOOR_MS, backoffMs, CLAUDE_ACTIVE_MS, EMPTY_META, FALLBACK_FOR_MS, originFor,
  parseRetryAfter, readPollMeta, wantsFastCadence,
} from './polling';

const PRIMARY = 'https://status.claude.com';
const FALLBACK = 'https://anthropic.statuspage.io';
const NOW = Date.parse('2026-03-02T12:00:00Z');

describe('backoffMs', () => {
  it('stays within floor and cap for any failure count, randomness and Retry-After', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 0.9999999, noNaN: true }),
      fc.option(fc.integer({ min: -1e9, max: 1e10 })), (failures, r, retryAfter) => {
        const d = backoffMs(failures, () => r, retryAfter, 300_000);
        expect(d).toBeGreaterThanOrEqual(BACKOFF_FLOOR_MS);
        expect(d).toBeLessThanOrEqual(retryAfter === null ? BACKOFF_CAP_MS : RETRY_AFTER_CAP_MS);
      }), { numRuns: 1000 });
  });

  it('grows its bound exponentially from the polling period: 5, 10, 20 min, then the 30 min cap', () => {
    const top = () => 0.9999999;
    expect([1, 2, 3, 4, 10].map((n) => Math.round(backoffMs(n, top, null, 300_000) / 60_000))).toEqual([5, 10, 20, 30, 30]);
    expect([1, 2, 3].map((n) => Math.round(backoffMs(n, top, null, 60_000) / 1000))).toEqual([60, 120, 240]);
  });

  it('is fully jittered: spread across the whole bound, not bunched at it', () => {
    const draws = Array.from({ length: 1000 }, (_, i) => backoffMs(8, () => i / 1000, null, 300_000));
    expect(Math.min(...draws)).toBe(BACKOFF_FLOOR_MS);
    expect(new Set(draws).size).toBeGreaterThan(900);
  });

  // Reproduction (#16.12): Retry-After was cut to 30 minutes.
  it('never retries before Retry-After asks, up to an hour', () => {
    expect(backoffMs(1, () => 0, 120_000, 300_000)).toBe(120_000);
    expect(backoffMs(1, () => 0, 50 * 60_000, 300_000)).toBe(50 * 60_000);
    expect(backoffMs(1, () => 0, 86_400_000, 300_000)).toBe(RETRY_AFTER_CAP_MS);
    expect(RETRY_AFTER_CAP_MS).toBeGreaterThanOrEqual(60 * 60_000);
    expect(backoffMs(1, () => 0, 1000, 300_000)).toBe(BACKOFF_FLOOR_MS);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['60', 60_000],
    ['0', 0],
    ['Mon, 02 Mar 2026 12:02:00 GMT', 120_000],
    ['Mon, 02 Mar 2026 11:00:00 GMT', 0],
    ['soon', null],
    ['-5', null],
    ['1.5', null],
    ['2026-03-02T12:02:00Z', null],
    ['', null],
    [null, null],
  ])('%j gives %j', (value, ms) => expect(parseRetryAfter(value, NOW)).toBe(ms));
});

describe('fallback origin', () => {
  it('moves to the fallback on a challenge, at once', () => {
    const m = afterCheck(EMPTY_META, { ok: false, kind: 'challenged' }, PRIMARY, PRIMARY, NOW);
    expect(originFor(m, NOW + 1, PRIMARY, FALLBACK)).toBe(FALLBACK);
  });

  it('moves to the fallback after three failures in a row, not before', () => {
    let m = EMPTY_META;
    for (let i = 0; i < 2; i++) m = afterCheck(m, { ok: false, kind: 'http' }, PRIMARY, PRIMARY, NOW);
    expect(originFor(m, NOW, PRIMARY, FALLBACK)).toBe(PRIMARY);
    m = afterCheck(m, { ok: false, kind: 'timeout' }, PRIMARY, PRIMARY, NOW);
    expect(originFor(m, NOW, PRIMARY, FALLBACK)).toBe(FALLBACK);
  });

  it('stays on a working fallback for its hour, then returns to the primary', () => {
    const m = afterCheck(afterCheck(EMPTY_META, { ok: false, kind: 'challenged' }, PRIMARY, PRIMARY, NOW), { ok: true }, FALLBACK, PRIMARY, NOW + 60_000);
    expect(m.failures).toBe(0);
    expect(originFor(m, NOW + FALLBACK_FOR_MS - 1, PRIMARY, FALLBACK)).toBe(FALLBACK);
    expect(originFor(m, NOW + FALLBACK_FOR_MS, PRIMARY, FALLBACK)).toBe(PRIMARY);
  });

  // Reproduction (#16.11): a clock a year fast during a challenge pinned the fallback for a year.
  it('does not stay on the fallback longer than its hour when the clock is set back', () => {
    const yearAhead = NOW + 365 * 86_400_000;
    const m = afterCheck(EMPTY_META, { ok: false, kind: 'challenged' }, PRIMARY, PRIMARY, yearAhead);
    expect(originFor(m, yearAhead + 1, PRIMARY, FALLBACK)).toBe(FALLBACK);
    expect(originFor(m, NOW, PRIMARY, FALLBACK)).toBe(PRIMARY);
  });

  it('leaves a failing fallback at once', () => {
    const onFallback = afterCheck(EMPTY_META, { ok: false, kind: 'challenged' }, PRIMARY, PRIMARY, NOW);
    const m = afterCheck(onFallback, { ok: false, kind: 'offline' }, FALLBACK, PRIMARY, NOW + 1);
    expect(originFor(m, NOW + 2, PRIMARY, FALLBACK)).toBe(PRIMARY);
  });
});

describe('resumeDelayMs', () => {
  it('adds no catch-up for fresh data: a random point of the period', () => {
    expect(resumeDelayMs(true, 5, () => 0.5)).toEqual({ delayMs: 150_000, rephase: false });
    // Not clamped here (a clamp makes a spike after a restart wave); the gap after the last check is phasedAt's.
    expect(resumeDelayMs(true, 5, () => 0).delayMs).toBe(0);
  });
  it('catches up within 60-90 s for stale data (never under the gap between checks), then asks for a new phase', () => {
    expect(resumeDelayMs(false, 5, () => 0)).toEqual({ delayMs: 60_000, rephase: true });
    expect(resumeDelayMs(false, 5, () => 0.999).delayMs).toBeLessThan(90_000);
  });
});

describe('cadence and stored meta', () => {
  it('is fast while something is wrong or claude.ai was in use lately', () => {
    expect(wantsFastCadence(EMPTY_META, true, NOW)).toBe(true);
    expect(wantsFastCadence(EMPTY_META, false, NOW)).toBe(false);
    const active = { ...EMPTY_META, claudeActiveAt: NOW };
    expect(wantsFastCadence(active, false, NOW + CLAUDE_ACTIVE_MS - 1)).toBe(true);
    expect(wantsFastCadence(active, false, NOW + CLAUDE_ACTIVE_MS)).toBe(false);
    // A clock set back does not make claude.ai count as in use for ever.
    expect(wantsFastCadence(active, false, NOW - 10_000)).toBe(false);
  });

  it('reads back what it stores, and anything else as a fresh start', () => {
    const m = { ...EMPTY_META, failures: 2, validators: { 'https://status.claude.com/api/v2/status.json': { etag: 'W/"x"', lastModified: null } } };
    expect(readPollMeta(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(readPollMeta({ version: 2 })).toBe(EMPTY_META);
    expect(readPollMeta({ ...m, validators: { ...m.validators, 'https://x/': null, 'https://y/': { etag: 5 } } })).toEqual(m);
    expect(readPollMeta({ ...m, failures: -1 })).toBe(EMPTY_META);
    expect(readPollMeta('junk')).toBe(EMPTY_META);
  });
});
