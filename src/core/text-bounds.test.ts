// Text a person reads stays within its rule wherever it comes from: the status page, or storage.
import { describe, expect, it } from 'vitest';
import { stateFor, T0 } from '../../test/support/states';
import { decideBanner } from './banner';
import { EMPTY_STATE, type StatusState } from './source';
import { readStoredStatus, toStored } from './stored';

const ORIGIN = 'https://status.claude.com';

function withTitle(name: string): StatusState {
  const s = stateFor('b1-2026-03-02-investigating');
  const snapshot = s.snapshot;
  if (!snapshot) throw new Error('no snapshot');
  return { ...s, snapshot: { ...snapshot, incidents: snapshot.incidents.map((i) => ({ ...i, name })) } };
}

describe("the banner's incident title", () => {
  // Reproduction (#22.10): titles were cut at 160 characters where the rule says 140.
  it('is cut at 140 characters, ellipsis included', () => {
    const view = decideBanner(null, withTitle('Elevated errors '.repeat(20)), T0 + 1_000, ORIGIN);
    expect(view.kind).toBe('outage');
    const title = 'title' in view ? view.title : '';
    expect(Array.from(title)).toHaveLength(140);
    expect(title.endsWith('…')).toBe(true);
  });

  it('of fillers alone is empty, so the banner words the status instead of showing a blank', () => {
    const view = decideBanner(null, withTitle('\u3164\u115f\u1160\uffa0\u2800'), T0 + 1_000, ORIGIN);
    expect('title' in view ? view.title : null).toBe('');
  });
});

describe('stored strings, bounded on read', () => {
  // Reproduction (#22.10): a stored label or title of any length was read back and shown.
  it.each([
    ['a surface label', (s: StatusState) => s.snapshot?.surfaces[0] && (s.snapshot.surfaces[0].label = 'x'.repeat(10_000))],
    ['an incident name', (s: StatusState) => s.snapshot?.incidents[0] && (s.snapshot.incidents[0].name = 'x'.repeat(10_000))],
    ['an update body', (s: StatusState) => s.snapshot?.incidents[0]?.latest && (s.snapshot.incidents[0].latest.body = 'x'.repeat(10_000))],
    ['a thousand surfaces', (s: StatusState) => s.snapshot && (s.snapshot.surfaces = Array.from({ length: 1_000 }, () => s.snapshot?.surfaces[0]).filter((x) => x !== undefined))],
  ])('%s longer than we ever write reads as the empty state', (_what, edit) => {
    const state = structuredClone(stateFor('b1-2026-03-02-investigating'));
    edit(state);
    expect(readStoredStatus(JSON.parse(JSON.stringify(toStored(state))))).toBe(EMPTY_STATE);
  });
});
