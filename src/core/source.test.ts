import { describe, expect, it } from 'vitest';
import { stateFor } from '../../test/support/states';
import { freshnessOf, FUTURE_SLACK_MS, recordFailure, STALE_AFTER_MS } from './source';

const T0 = Date.parse('2026-03-02T12:00:00Z');

describe('freshnessOf', () => {
  it('is fresh from the answer until STALE_AFTER_MS later, stale after', () => {
    const state = stateFor('a-all-operational', T0);
    expect(freshnessOf(state, T0)).toEqual({ fresh: true });
    expect(freshnessOf(state, T0 + STALE_AFTER_MS)).toEqual({ fresh: true });
    expect(freshnessOf(state, T0 + STALE_AFTER_MS + 1)).toEqual({ fresh: false, reason: 'stale', since: T0 });
  });

  // Reproduction (#22.4): with the clock set back 48 h, data "from the future" counted as fresh for good.
  it('calls data from the future stale, with or without a blip since', () => {
    const state = stateFor('a-all-operational', T0);
    expect(freshnessOf(state, T0 - 48 * 3_600_000)).toEqual({ fresh: false, reason: 'stale', since: T0 });
    expect(freshnessOf(state, T0 - FUTURE_SLACK_MS - 1)).toMatchObject({ fresh: false, reason: 'stale' });
    const blip = recordFailure(state, { kind: 'timeout', detail: 'slow' }, T0 - 3_600_000);
    expect(freshnessOf(blip, T0 - 3_600_000)).toMatchObject({ fresh: false, reason: 'timeout' });
  });

  it('takes a view whose clock trails a check that just landed (up to a minute) as the same moment', () => {
    expect(freshnessOf(stateFor('a-all-operational', T0), T0 - 5_000)).toEqual({ fresh: true });
  });
});
