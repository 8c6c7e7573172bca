import { describe, expect, it } from 'vitest';
import { failed, stateFor } from '../../../test/support/states';
import { CONFIRM_EVERY_MS, HOLD_MS, type LocalSignal, NO_SIGNAL, ON_AND_OFF_RECOVERED_MS, readSignal, stepSignal, toStoredSignal } from './local-signal';
import type { OutcomeCounts } from './page-outcome';
import { EMPTY_WINDOW, observe, type RequestWindow } from './request-window';
import { EMPTY_STATE } from '../source';

type RequestOutcome = keyof OutcomeCounts;

const T = Date.parse('2026-03-02T12:00:00Z');
const fine = (checkedAt: number) => stateFor('b0-2026-03-02-baseline', checkedAt);
const outage = (checkedAt: number) => stateFor('b1-2026-03-02-investigating', checkedAt);

const feed = (w: RequestWindow, outcome: RequestOutcome, from: number, count: number, gap = 5_000): RequestWindow =>
  Array.from({ length: count }, (_, i) => from + i * gap).reduce((acc, at) => observe(acc, { [outcome]: 1 }, at), w);

/** Spread failures every 5 s for a minute from T: a window that is failing at T + 60 s (last failure T + 55 s). */
const failing = feed(EMPTY_WINDOW, 'failed', T, 12);
const NOW = T + 60_000;
const LAST = T + 55_000;
const up = stepSignal(NO_SIGNAL, failing, fine(T + 40_000), NOW).signal;
/** Successes every 10 s from NOW until a minute has passed since the last failure: a recovery. */
const recovered = feed(failing, 'ok', NOW, 7, 10_000);
const RECOVERED_AT = NOW + 60_000;

describe('stepSignal', () => {
  it('asks the status page first when it last answered before the failures began', () => {
    expect(stepSignal(NO_SIGNAL, failing, fine(T - 30_000), NOW)).toEqual({ signal: NO_SIGNAL, confirm: true, ended: null });
  });

  it('rises when the status page, answering after the failures began, says claude.ai is fine', () => {
    expect(stepSignal(NO_SIGNAL, failing, fine(T + 40_000), NOW)).toEqual({
      signal: { ...NO_SIGNAL, kind: 'failing', since: T, failed: 12, total: 12, updatedAt: NOW }, confirm: false, ended: null,
    });
  });

  it('leaves it to the official incident when the status page already reports claude.ai', () => {
    expect(stepSignal(NO_SIGNAL, failing, outage(T + 40_000), NOW)).toEqual({ signal: NO_SIGNAL, confirm: false, ended: null });
  });

  it('hands over to the official incident once the status page confirms', () => {
    expect(stepSignal(up, failing, outage(NOW + 30_000), NOW + 30_000).signal).toEqual(NO_SIGNAL);
  });

  it('never rises when the status page cannot be reached either (this machine is offline)', () => {
    const unreachable = failed(fine(T - 30_000), 'offline', T + 40_000);
    expect(stepSignal(NO_SIGNAL, { ...failing, confirmAt: T + 30_000 }, unreachable, NOW)).toEqual({ signal: NO_SIGNAL, confirm: false, ended: null });
    expect(stepSignal(NO_SIGNAL, failing, EMPTY_STATE, NOW).signal).toEqual(NO_SIGNAL);
  });

  it('does nothing while the window is not failing', () => {
    const mixed = feed(feed(EMPTY_WINDOW, 'failed', T, 1), 'ok', T + 1_000, 10);
    expect(stepSignal(NO_SIGNAL, mixed, fine(NOW), NOW)).toEqual({ signal: NO_SIGNAL, confirm: false, ended: null });
  });

  describe('once up', () => {
    it('follows the counts while failures go on', () => {
      const more = feed(failing, 'failed', NOW, 4);
      expect(stepSignal(up, more, fine(NOW + 20_000), NOW + 20_000)).toMatchObject({ signal: { kind: 'failing', since: T, failed: 16 }, ended: null });
    });

    it('stays up through a few successes, and ends as a recovery only after a minute of them', () => {
      const few = feed(failing, 'ok', NOW, 10, 1_000);
      expect(stepSignal(up, few, fine(NOW), NOW + 10_000).signal.kind).toBe('failing');
      expect(stepSignal(up, recovered, fine(NOW), RECOVERED_AT)).toEqual({ signal: NO_SIGNAL, confirm: false, ended: 'recovered' });
    });

    it('stays up while the page has stopped trying, for ten minutes without a failure, then ends quietly', () => {
      expect(stepSignal(up, failing, fine(LAST + HOLD_MS - 60_000), LAST + HOLD_MS).signal.kind).toBe('failing');
      expect(stepSignal(up, failing, fine(LAST + HOLD_MS), LAST + HOLD_MS + 1)).toEqual({ signal: NO_SIGNAL, confirm: false, ended: 'quiet' });
    });

    it('ends quietly when this machine goes offline, or when the status becomes unknown', () => {
      expect(stepSignal(up, observe(failing, { offline: 1 }, NOW + 1_000), fine(NOW), NOW + 1_000)).toMatchObject({ signal: NO_SIGNAL, ended: 'quiet' });
      expect(stepSignal(up, failing, failed(fine(NOW), 'timeout', NOW + 5_000), NOW + 5_000)).toMatchObject({ signal: NO_SIGNAL, ended: 'quiet' });
    });
  });

  it('says "on and off" for failures that keep coming back after successes, and holds it for the episode', () => {
    let w = EMPTY_WINDOW;
    for (let i = 0; i < 6; i++) w = observe(observe(w, { failed: 1 }, T + i * 10_000), { ok: 1 }, T + i * 10_000 + 5_000);
    const brownout = stepSignal(NO_SIGNAL, w, fine(T + 56_000), T + 56_000).signal;
    expect(brownout).toMatchObject({ kind: 'failing', onAndOff: true });
    const steady = feed(w, 'failed', T + 60_000, 30, 1_000);
    expect(stepSignal(brownout, steady, fine(T + 56_000), T + 90_000).signal).toMatchObject({ kind: 'failing', onAndOff: true });
    expect(up.onAndOff).toBe(false);
  });

  it('after on-and-off failures, a minute of success is a lull, not a recovery: "sign in again" waits three minutes', () => {
    const brownout: LocalSignal = { ...up, onAndOff: true };
    // The same minute of successes that ends a steady episode as a recovery.
    expect(stepSignal(brownout, recovered, fine(NOW), RECOVERED_AT)).toMatchObject({ signal: { kind: 'failing', onAndOff: true }, ended: null });
    const longer = feed(recovered, 'ok', RECOVERED_AT, 13, 10_000);
    const at = LAST + ON_AND_OFF_RECOVERED_MS;
    expect(stepSignal(brownout, longer, fine(at - 5_000), at - 1)).toMatchObject({ signal: { kind: 'failing' }, ended: null });
    expect(stepSignal(brownout, longer, fine(at - 5_000), at)).toEqual({ signal: NO_SIGNAL, confirm: false, ended: 'recovered' });
  });

  it('remembers a 429 or a 529 seen here while it is in the window, whatever else happens', () => {
    const limited = observe(EMPTY_WINDOW, { limited: 1 }, T);
    expect(stepSignal(NO_SIGNAL, limited, fine(T), T).signal).toEqual({ ...NO_SIGNAL, limitedAt: T });
    const overloaded = observe(EMPTY_WINDOW, { overloaded: 2 }, T);
    expect(stepSignal(NO_SIGNAL, overloaded, outage(T), T).signal).toEqual({ ...NO_SIGNAL, overloadedAt: T });
  });
});

describe('works again here', () => {
  it('says so once requests seen failing here have held for a minute while the status page still lists the incident', () => {
    expect(stepSignal(NO_SIGNAL, failing, outage(NOW), NOW).signal.kind).toBe('none');
    const few = feed(failing, 'ok', NOW, 10, 1_000);
    expect(stepSignal(NO_SIGNAL, few, outage(NOW), NOW + 10_000).signal.kind).toBe('none');
    const works = stepSignal(NO_SIGNAL, recovered, outage(RECOVERED_AT), RECOVERED_AT).signal;
    expect(works).toMatchObject({ kind: 'works-here', since: RECOVERED_AT });
    // Held while nothing fails again; a new failure takes it back.
    expect(stepSignal(works, recovered, outage(RECOVERED_AT + 60_000), RECOVERED_AT + 60_000).signal.kind).toBe('works-here');
    const again = observe(recovered, { failed: 1 }, RECOVERED_AT + 70_000);
    expect(stepSignal(works, again, outage(RECOVERED_AT + 70_000), RECOVERED_AT + 70_000).signal.kind).toBe('none');
  });

  it('never says so on successes alone, without failures seen here', () => {
    const calm = feed(EMPTY_WINDOW, 'ok', T, 30, 5_000);
    expect(stepSignal(NO_SIGNAL, calm, outage(T + 150_000), T + 150_000).signal.kind).toBe('none');
  });
});

describe('confirming checks', () => {
  it('asks at most once a minute, whatever the pages do (a clock set back may ask once more)', () => {
    const asked = { ...failing, confirmAt: NOW - 10_000 };
    expect(stepSignal(NO_SIGNAL, asked, fine(T - 30_000), NOW).confirm).toBe(false);
    expect(stepSignal(NO_SIGNAL, asked, fine(T - 30_000), NOW - 10_000 + CONFIRM_EVERY_MS).confirm).toBe(true);
    expect(stepSignal(NO_SIGNAL, { ...failing, confirmAt: NOW + 60_000 }, fine(T - 30_000), NOW).confirm).toBe(true);
  });
});

describe('readSignal', () => {
  const signal: LocalSignal = { kind: 'failing', since: T, failed: 7, total: 9, updatedAt: T + 1, onAndOff: true, limitedAt: T, overloadedAt: null };

  it('reads back what it stored', () => {
    expect(readSignal(JSON.parse(JSON.stringify(toStoredSignal(signal))))).toEqual(signal);
    expect(readSignal(toStoredSignal({ ...signal, kind: 'works-here' }))).toEqual({ ...signal, kind: 'works-here' });
  });

  it.each([
    null, {}, { version: 1, signal }, { version: 2, signal: { ...signal, failed: 'x' } }, { version: 2, signal: { ...signal, kind: 'down' } },
    { version: 2, signal: { ...signal, onAndOff: undefined } }, { version: 2, signal: { ...signal, limitedAt: 'now' } },
  ])('reads %o as none', (raw) => expect(readSignal(raw)).toEqual(NO_SIGNAL));
});
