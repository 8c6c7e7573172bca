import { describe, expect, it } from 'vitest';
import { failed, stateFor } from '../../../test/support/states';
import { CONFIRM_EVERY_MS, HOLD_MS, type LocalSignal, NO_SIGNAL, officialClaudeAi, readSignal, stepSignal, toStoredSignal } from './local-signal';
import type { OutcomeCounts } from './page-outcome';
import { EMPTY_WINDOW, observe, type RequestWindow } from './request-window';
import { EMPTY_STATE } from '../source';

type RequestOutcome = keyof OutcomeCounts;

const T = Date.parse('2026-03-02T12:00:00Z');
const fine = (checkedAt: number) => stateFor('b0-2026-03-02-baseline', checkedAt);
const outage = (checkedAt: number) => stateFor('b1-2026-03-02-investigating', checkedAt);

const feed = (w: RequestWindow, outcome: RequestOutcome, from: number, count: number, gap = 5_000): RequestWindow =>
  Array.from({ length: count }, (_, i) => from + i * gap).reduce((acc, at) => observe(acc, { [outcome]: 1 }, at), w);

/** 503s every 5 s for a minute from T: a window that is failing at T + 60 s. */
const failing = feed(EMPTY_WINDOW, 'failed', T, 12);
const NOW = T + 60_000;

describe('stepSignal', () => {
  it('asks the status page first when it last answered before the failures began', () => {
    expect(stepSignal(NO_SIGNAL, failing, fine(T - 30_000), NOW)).toEqual({ signal: NO_SIGNAL, confirm: true });
  });

  it('rises when the status page, answering after the failures began, says claude.ai is fine', () => {
    const step = stepSignal(NO_SIGNAL, failing, fine(T + 40_000), NOW);
    expect(step).toEqual({ signal: { kind: 'failing', since: T, failed: 12, total: 12, updatedAt: NOW }, confirm: false });
  });

  it('leaves it to the official incident when the status page already reports claude.ai', () => {
    expect(stepSignal(NO_SIGNAL, failing, outage(T + 40_000), NOW)).toEqual({ signal: NO_SIGNAL, confirm: false });
  });

  it('hands over to the official incident once the status page confirms', () => {
    const up = stepSignal(NO_SIGNAL, failing, fine(T + 40_000), NOW).signal;
    expect(stepSignal(up, failing, outage(NOW + 30_000), NOW + 30_000).signal).toEqual(NO_SIGNAL);
  });

  it('never rises when the status page cannot be reached either (this machine is offline)', () => {
    const unreachable = failed(fine(T - 30_000), 'offline', T + 40_000);
    const step = stepSignal(NO_SIGNAL, { ...failing, confirmAt: T + 30_000 }, unreachable, NOW);
    expect(step).toEqual({ signal: NO_SIGNAL, confirm: false });
    expect(stepSignal(NO_SIGNAL, failing, EMPTY_STATE, NOW).signal).toEqual(NO_SIGNAL);
  });

  it('asks at most once a minute', () => {
    const asked = { ...failing, confirmAt: NOW - 10_000 };
    expect(stepSignal(NO_SIGNAL, asked, fine(T - 30_000), NOW).confirm).toBe(false);
    expect(stepSignal(NO_SIGNAL, asked, fine(T - 30_000), NOW - 10_000 + CONFIRM_EVERY_MS).confirm).toBe(true);
  });

  it('does nothing while the window is not failing', () => {
    const mixed = feed(feed(EMPTY_WINDOW, 'failed', T, 4), 'ok', T + 1_000, 10);
    expect(stepSignal(NO_SIGNAL, mixed, fine(NOW), NOW)).toEqual({ signal: NO_SIGNAL, confirm: false });
  });

  describe('once up', () => {
    const up = stepSignal(NO_SIGNAL, failing, fine(T + 40_000), NOW).signal;

    it('follows the counts while failures go on', () => {
      const more = feed(failing, 'failed', NOW, 4);
      expect(stepSignal(up, more, fine(NOW + 20_000), NOW + 20_000).signal).toMatchObject({ kind: 'failing', since: T, failed: 16 });
    });

    it('clears when requests succeed again (three in a row)', () => {
      const two = feed(failing, 'ok', NOW, 2, 1_000);
      expect(stepSignal(up, two, fine(NOW), NOW + 2_000).signal.kind).toBe('failing');
      expect(stepSignal(up, observe(two, { ok: 1 }, NOW + 3_000), fine(NOW), NOW + 3_000).signal).toEqual(NO_SIGNAL);
    });

    it('stays up while the page has stopped trying, for ten minutes without a failure', () => {
      const last = T + 55_000;
      const status = fine(last + HOLD_MS - 60_000);
      expect(stepSignal(up, failing, status, last + HOLD_MS).signal.kind).toBe('failing');
      expect(stepSignal(up, failing, fine(last + HOLD_MS), last + HOLD_MS + 1).signal).toEqual(NO_SIGNAL);
    });

    it('clears when this machine goes offline, or when the status becomes unknown', () => {
      expect(stepSignal(up, observe(failing, { offline: 1 }, NOW + 1_000), fine(NOW), NOW + 1_000).signal).toEqual(NO_SIGNAL);
      expect(stepSignal(up, failing, failed(fine(NOW), 'timeout', NOW + 5_000), NOW + 5_000).signal).toEqual(NO_SIGNAL);
    });
  });
});

describe('officialClaudeAi', () => {
  it.each([
    ['b0-2026-03-02-baseline', 'fine'], ['b1-2026-03-02-investigating', 'affected'], ['c3-2026-03-02-resolved', 'fine'],
  ])('%s: claude.ai is %s', (scenario, expected) => {
    expect(officialClaudeAi(stateFor(scenario, T), T)).toBe(expected);
  });

  it('is unknown without fresh data', () => {
    expect(officialClaudeAi(fine(T), T + 16 * 60_000)).toBe('unknown');
    expect(officialClaudeAi(EMPTY_STATE, T)).toBe('unknown');
  });
});

describe('readSignal', () => {
  const signal: LocalSignal = { kind: 'failing', since: T, failed: 7, total: 9, updatedAt: T + 1 };

  it('reads back what it stored', () => expect(readSignal(toStoredSignal(signal))).toEqual(signal));

  it.each([null, {}, { version: 2, signal }, { version: 1, signal: { ...signal, failed: 'x' } }])('reads %o as none', (raw) => {
    expect(readSignal(raw)).toEqual(NO_SIGNAL);
  });
});

describe('stepSignal after recovery', () => {
  it('does not rise again from failures that successes already followed', () => {
    const recovered = feed(failing, 'ok', NOW, 3, 1_000);
    expect(stepSignal(NO_SIGNAL, recovered, fine(NOW + 3_000), NOW + 3_000).signal).toEqual(NO_SIGNAL);
    // New failures after that do raise it again.
    const again = feed(recovered, 'failed', NOW + 10_000, 4, 5_000);
    expect(stepSignal(NO_SIGNAL, again, fine(NOW + 30_000), NOW + 30_000).signal.kind).toBe('failing');
  });
});

describe('confirming checks', () => {
  it('asks again at once for a new episode of failures, but never more than once in 15 s', () => {
    // The last confirming check was 30 s ago, before these failures began.
    const late = { ...feed(EMPTY_WINDOW, 'failed', NOW - 20_000, 5, 4_000), confirmAt: NOW - 30_000 };
    expect(stepSignal(NO_SIGNAL, late, fine(NOW - 60_000), NOW).confirm).toBe(true);
    expect(stepSignal(NO_SIGNAL, { ...late, confirmAt: NOW - 10_000 }, fine(NOW - 60_000), NOW).confirm).toBe(false);
    // Failures that began before the last check: within the minute, no second one.
    const old = { ...failing, confirmAt: NOW - 30_000 };
    expect(stepSignal(NO_SIGNAL, old, fine(T - 30_000), NOW).confirm).toBe(false);
  });
});
