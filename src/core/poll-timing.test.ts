import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alarmFits, earliestPoll, MIN_POLL_GAP_MS, phasedAt, soonAt } from './poll-timing';
import { RETRY_AFTER_CAP_MS } from './polling';

const NOW = Date.parse('2026-03-02T12:00:00Z');

describe('alarmFits', () => {
  it('keeps an alarm of the right period within one period ahead', () => {
    expect(alarmFits({ scheduledTime: NOW + 120_000, periodInMinutes: 5 }, 5, 0, NOW - 180_000, NOW)).toBe(true);
    expect(alarmFits({ scheduledTime: NOW + 120_000, periodInMinutes: 1 }, 5, 0, NOW - 180_000, NOW)).toBe(false);
    expect(alarmFits(undefined, 5, 0, null, NOW)).toBe(false);
  });
  // Reproduction (#22.4): an alarm set before the clock went back 48 h stayed two days ahead.
  it('refuses an alarm further ahead than it could have been set', () => {
    expect(alarmFits({ scheduledTime: NOW + 48 * 3_600_000, periodInMinutes: 5 }, 5, 0, null, NOW)).toBe(false);
    expect(alarmFits({ scheduledTime: NOW + 20 * 60_000, periodInMinutes: 5 }, 5, 3, null, NOW)).toBe(true);
    expect(alarmFits({ scheduledTime: NOW + RETRY_AFTER_CAP_MS + 60_000, periodInMinutes: 5 }, 5, 3, null, NOW)).toBe(false);
  });
  it('refuses an alarm due sooner than a minute after the last check', () => {
    expect(alarmFits({ scheduledTime: NOW + 10_000, periodInMinutes: 1 }, 1, 0, NOW, NOW)).toBe(false);
  });
});

describe('when a new alarm may fire', () => {
  it('never sooner than a minute after the last check, whatever the draw; a last check "in the future" does not hold it', () => {
    fc.assert(fc.property(fc.integer({ min: -3_600_000, max: 3_600_000 }), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.constantFrom(1, 5), (ago, r, period) => {
      const last = NOW - ago;
      for (const at of [phasedAt(period, last, NOW, () => r), soonAt(last, NOW, () => r)]) {
        expect(at).toBeGreaterThanOrEqual(NOW);
        if (last <= NOW) expect(at).toBeGreaterThanOrEqual(last + MIN_POLL_GAP_MS);
        expect(at).toBeLessThanOrEqual(Math.max(NOW, last + MIN_POLL_GAP_MS) + period * 60_000);
      }
    }));
    expect(earliestPoll(NOW + 3_600_000, NOW)).toBe(NOW);
  });
});
