import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  armBackAlert, BACK_AFTER_MS, BACK_ALERT_TTL_MS, type BackAlert, isDue, isWaiting, isWaitingRaw, readBackAlert, stepBackAlert, toStoredBackAlert,
} from './back-alert';
import type { ClaudeAiVerdict } from './verdict';

const T = Date.parse('2026-03-02T12:00:00Z');
const down: ClaudeAiVerdict = { kind: 'down', stage: 'investigating', limitedHere: false };
const failing: ClaudeAiVerdict = { kind: 'failing-for-you', onAndOff: false, failed: 6, total: 8 };
const fine: ClaudeAiVerdict = { kind: 'fine', others: [], overloaded: false };
const VERDICTS: ClaudeAiVerdict[] = [
  down, failing, fine, { kind: 'maintenance' }, { kind: 'works-here', stage: 'monitoring' }, { kind: 'offline' },
  { kind: 'unknown', reason: 'timeout' }, { kind: 'unrecognised' }, { kind: 'fine', others: [], overloaded: true },
];

describe('arming', () => {
  it('arms only while claude.ai is in trouble, or the page itself failed', () => {
    expect(armBackAlert(down, T)?.basis).toBe('official');
    expect(armBackAlert({ kind: 'maintenance' }, T)?.basis).toBe('official');
    expect(armBackAlert(failing, T)?.basis).toBe('local');
    expect(armBackAlert(fine, T)).toBeNull();
    expect(armBackAlert({ kind: 'unknown', reason: 'timeout' }, T)).toBeNull();
    expect(armBackAlert({ kind: 'works-here', stage: 'monitoring' }, T)).toBeNull();
    expect(armBackAlert(fine, T, true)?.basis).toBe('local');
  });
});

describe('delivery', () => {
  it('fires once when the status page clears an official outage, and never again', () => {
    let a = armBackAlert(down, T);
    a = stepBackAlert(a, down, T + 60_000);
    expect(a?.firedAt).toBeNull();
    a = stepBackAlert(a, fine, T + 120_000);
    expect(a).toMatchObject({ firedAt: T + 120_000, how: 'official' });
    expect(isDue(a, T + 120_000)).toBe(true);
    const shown = a ? { ...a, shownAt: T + 121_000 } : null;
    expect(isDue(shown, T + 122_000)).toBe(false);
    // A new outage after it fired does not re-arm it.
    expect(stepBackAlert(stepBackAlert(shown, down, T + 200_000), fine, T + 300_000)?.firedAt).toBe(T + 120_000);
  });

  it('never fires on unknown, offline or stale data, nor while the status page still lists the incident', () => {
    const a = armBackAlert(down, T);
    for (const v of VERDICTS.filter((x) => x.kind !== 'fine')) expect(stepBackAlert(a, v, T + 60_000)?.firedAt).toBeNull();
  });

  it('for trouble seen only here, fires once requests worked here again and kept working', () => {
    let a = armBackAlert(failing, T);
    // The local signal ended: the verdict is fine, but no success has been seen since arming.
    a = stepBackAlert(a, fine, T + 10_000);
    expect(a?.firedAt).toBeNull();
    a = stepBackAlert(a, fine, T + 20_000, { ok: 3, failed: false, lastFailureAt: T + 5_000 });
    a = stepBackAlert(a, fine, T + 30_000, { ok: 3, failed: true, lastFailureAt: T + 30_000 });
    expect(a?.okHere).toBe(0);
    a = stepBackAlert(a, fine, T + 40_000, { ok: 6, failed: false, lastFailureAt: T + 30_000 });
    expect(a?.firedAt).toBeNull();
    a = stepBackAlert(a, fine, T + 30_000 + BACK_AFTER_MS, { ok: 1, failed: false, lastFailureAt: T + 30_000 });
    expect(a).toMatchObject({ firedAt: T + 30_000 + BACK_AFTER_MS, how: 'local' });
  });

  it('an outage the status page posts after arming takes over: its clearing is what counts', () => {
    let a = armBackAlert(failing, T);
    a = stepBackAlert(a, down, T + 60_000);
    expect(a?.basis).toBe('official');
    expect(stepBackAlert(a, fine, T + 120_000)).toMatchObject({ how: 'official' });
  });

  it('expires after 24 h, and a clock set back a day forgets it too', () => {
    const a = armBackAlert(down, T);
    expect(stepBackAlert(a, fine, T + BACK_ALERT_TTL_MS + 1)).toBeNull();
    expect(stepBackAlert(a, fine, T - BACK_ALERT_TTL_MS - 1)).toBeNull();
    expect(isWaiting(a, T + BACK_ALERT_TTL_MS)).toBe(true);
    expect(isWaiting(a, T + BACK_ALERT_TTL_MS + 1)).toBe(false);
  });

  it('property: fires at most once, only on a "fine" verdict, and only after arming', () => {
    const step = fc.record({
      verdict: fc.constantFrom(...VERDICTS),
      dt: fc.integer({ min: 0, max: 3 * 60 * 60_000 }),
      here: fc.option(fc.record({ ok: fc.nat(10), failed: fc.boolean() }), { nil: null }),
    });
    fc.assert(fc.property(fc.constantFrom(down, failing), fc.array(step, { maxLength: 40 }), (start, steps) => {
      let a: BackAlert | null = armBackAlert(start, T);
      let now = T;
      let lastFailureAt: number | null = null;
      let fired = 0;
      for (const s of steps) {
        now += s.dt;
        if (s.here?.failed) lastFailureAt = now;
        const before = a?.firedAt ?? null;
        a = stepBackAlert(a, s.verdict, now, s.here ? { ...s.here, lastFailureAt } : null);
        if (before === null && a?.firedAt != null) {
          fired += 1;
          expect(s.verdict.kind).toBe('fine');
          expect(a.firedAt).toBe(now);
          expect(now - T).toBeLessThanOrEqual(BACK_ALERT_TTL_MS);
        }
      }
      expect(fired).toBeLessThanOrEqual(1);
    }), { numRuns: 500 });
  });
});

describe('stored form', () => {
  it('the page’s glance agrees with the whole reading on every stored form', () => {
    const a = armBackAlert(down, T);
    const forms = [a, a && { ...a, firedAt: T + 1 }, null].map((x) => JSON.parse(JSON.stringify(toStoredBackAlert(x))) as unknown);
    for (const raw of [...forms, null, 1, {}, { version: 2, alert: a }]) {
      for (const now of [T, T + BACK_ALERT_TTL_MS + 1]) expect(isWaitingRaw(raw, now)).toBe(isWaiting(readBackAlert(raw), now));
    }
  });

  it('round-trips, and anything else reads as no alert', () => {
    const a = armBackAlert(down, T);
    expect(readBackAlert(JSON.parse(JSON.stringify(toStoredBackAlert(a))))).toEqual(a);
    for (const bad of [null, 1, {}, { version: 2, alert: a }, { version: 1, alert: { ...a, basis: 'x' } }, { version: 1, alert: { ...a, okHere: -1 } }]) {
      expect(readBackAlert(bad)).toBeNull();
    }
  });
});
