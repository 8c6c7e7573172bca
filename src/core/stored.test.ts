import { describe, expect, it } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to write anything into any field
type Loose = Record<string, any>;
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

describe('readStoredStatus, element by element (#16.3)', () => {
  const good = toStored(stateFor('d-major-outage-multi-component'));
  const corrupt = (edit: (s: Loose) => void) => {
    const copy = JSON.parse(JSON.stringify(good)) as Loose;
    edit(copy);
    return copy;
  };
  it.each([
    ['a null surface', (s: Loose) => { s.state.snapshot.surfaces[0] = null; }],
    ['a surface without a key', (s: Loose) => { delete s.state.snapshot.surfaces[1].key; }],
    ['an unknown status value', (s: Loose) => { s.state.snapshot.surfaces[0].status = 'on fire'; }],
    ['an incident id that is a number', (s: Loose) => { s.state.snapshot.incidents[0].id = 5; }],
    ['component ids that are not a list', (s: Loose) => { s.state.snapshot.incidents[0].componentIds = 'x'; }],
    ['an unreadable date', (s: Loose) => { s.state.snapshot.incidents[0].startedAt = 'soon'; }],
    ['a latest update without a body', (s: Loose) => { s.state.snapshot.incidents[0].latest = { stage: 'identified' }; }],
  ])('reads %s as the empty state', (_label, edit) => {
    expect(readStoredStatus(corrupt(edit))).toBe(EMPTY_STATE);
  });
});
