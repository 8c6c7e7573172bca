import { describe, expect, it } from 'vitest';
import { failed, stateFor, T0 } from '../../test/support/states';
import { EMPTY_STATE } from './source';
import { readStoredStatus, STATE_VERSION, toStored } from './stored';

describe('readStoredStatus', () => {
  it('round-trips a stored state through JSON', () => {
    const state = failed(stateFor('d-major-outage-multi-component'), 'timeout', T0 + 5);
    expect(readStoredStatus(JSON.parse(JSON.stringify(toStored(state))))).toEqual(state);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'hello'],
    ['another version', { version: STATE_VERSION + 1, state: stateFor('a-all-operational') }],
    ['no version', { state: stateFor('a-all-operational') }],
    ['a snapshot without surfaces', { version: STATE_VERSION, state: { snapshot: { fetchedAt: 1 }, error: null, checkedAt: 1 } }],
    ['an error without a kind', { version: STATE_VERSION, state: { snapshot: null, error: { since: 1 }, checkedAt: 1 } }],
    ['a non-numeric checkedAt', { version: STATE_VERSION, state: { snapshot: null, error: null, checkedAt: 'x' } }],
  ])('reads %s as the empty state', (_label, raw) => {
    expect(readStoredStatus(raw)).toBe(EMPTY_STATE);
  });
});
