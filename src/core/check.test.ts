import { describe, expect, it } from 'vitest';
import { httpFixture, summaryOf } from '../../test/support/fixtures';
import { stateFor, T0 } from '../../test/support/states';
import { foldOutcome, type FetchOutcome, readStatusProbe } from './check';
import { EMPTY_STATE } from './source';

const ORIGIN = 'https://status.claude.com';
const answer = (body: unknown): FetchOutcome => ({
  ok: true,
  answer: {
    status: 200, url: `${ORIGIN}/api/v2/summary.json`, contentType: 'application/json', wafAction: null, body: JSON.stringify(body),
  },
});

describe('foldOutcome', () => {
  it('stores a good answer as the snapshot and clears any error', () => {
    const broken = foldOutcome(EMPTY_STATE, { ok: false, kind: 'offline', detail: 'x' }, ORIGIN, T0);
    const state = foldOutcome(broken, answer(summaryOf('c2-2026-03-02-monitoring')), ORIGIN, T0 + 1);
    expect(state.error).toBeNull();
    expect(state.checkedAt).toBe(T0 + 1);
    expect(state.snapshot?.surfaces.find((s) => s.key === 'claude-ai')?.status).toBe('degraded_performance');
  });

  it('keeps the last good snapshot through failures and remembers when they began', () => {
    const good = stateFor('d-major-outage-multi-component');
    const once = foldOutcome(good, { ok: true, answer: httpFixture('405-waf-captcha.http') }, ORIGIN, T0 + 60_000);
    const twice = foldOutcome(once, { ok: false, kind: 'timeout', detail: 't' }, ORIGIN, T0 + 120_000);
    expect(twice.snapshot).toBe(good.snapshot);
    expect(twice.error).toMatchObject({ kind: 'timeout', since: T0 + 60_000, lastAt: T0 + 120_000 });
  });

  it('records JSON that is not a status page as malformed', () => {
    const state = foldOutcome(EMPTY_STATE, answer({ hello: 'world' }), ORIGIN, T0);
    expect(state.error).toMatchObject({ kind: 'malformed', detail: 'no components list' });
  });
});

describe('readStatusProbe and 304s', () => {
  const status = (updatedAt: unknown): FetchOutcome => answer({ page: { updated_at: updatedAt }, status: { indicator: 'none' } });
  const current = stateFor('b1-2026-03-02-investigating');

  it('is unchanged when page.updated_at has not moved, changed when it has', () => {
    expect(readStatusProbe(current, status('2026-03-02T12:21:27.925Z'), ORIGIN)).toEqual({ kind: 'unchanged' });
    expect(readStatusProbe(current, status('2026-03-02T13:22:05.000Z'), ORIGIN)).toEqual({ kind: 'changed' });
    expect(readStatusProbe(EMPTY_STATE, status('2026-03-02T12:21:27.925Z'), ORIGIN)).toEqual({ kind: 'changed' });
  });

  it('takes a 304 as unchanged, and records bad answers as failures', () => {
    expect(readStatusProbe(current, { ok: true, answer: httpFixture('304-not-modified.http') }, ORIGIN)).toEqual({ kind: 'unchanged' });
    expect(readStatusProbe(current, status(42), ORIGIN)).toMatchObject({ kind: 'failed', error: { kind: 'malformed' } });
    expect(readStatusProbe(current, { ok: true, answer: httpFixture('202-waf-challenge.http') }, ORIGIN))
      .toMatchObject({ kind: 'failed', error: { kind: 'challenged' } });
  });

  it('confirms the snapshot as current on a 304 for summary.json', () => {
    const later = foldOutcome(current, { ok: true, answer: httpFixture('304-not-modified.http') }, ORIGIN, T0 + 600_000);
    expect(later.snapshot?.fetchedAt).toBe(T0 + 600_000);
    expect(later.snapshot?.surfaces).toEqual(current.snapshot?.surfaces);
    expect(later.error).toBeNull();
  });

  it('fails a 304 when there is nothing to confirm', () => {
    expect(foldOutcome(EMPTY_STATE, { ok: true, answer: httpFixture('304-not-modified.http') }, ORIGIN, T0).error?.kind).toBe('http');
  });
});

// Reproduction (#16.4): over summaries identified, investigating, identified (a lagging CDN edge or the
// fallback host), the older page replaced the newer one.
describe('answers out of order', () => {
  it('never steps back to an older page, and a probe with an older page is no news', () => {
    const identified = stateFor('c1-2026-03-02-identified', T0);
    // The "investigating" page as a lagging copy serves it: 10 minutes behind the one we hold.
    const lagging = { ...(summaryOf('b1-2026-03-02-investigating') as object), page: { id: 'p', updated_at: '2026-03-02T13:12:05.645Z' } };
    const older = foldOutcome(identified, answer(lagging), ORIGIN, T0 + 60_000);
    expect(older.snapshot?.incidents[0]?.stage).toBe('identified');
    expect(older.snapshot?.fetchedAt).toBe(T0 + 60_000);
    expect(older.error).toBeNull();
    const probe = answer({ page: { updated_at: '2026-03-02T13:12:05.645Z' } });
    expect(readStatusProbe(identified, probe, ORIGIN)).toEqual({ kind: 'unchanged' });
  });

  it('takes a page that moved back by hours for the page’s own truth (reset, or an incident deleted)', () => {
    const identified = stateFor('c1-2026-03-02-identified', T0);
    const reset = foldOutcome(identified, answer(summaryOf('b0-2026-03-02-baseline')), ORIGIN, T0 + 60_000);
    expect(reset.snapshot?.incidents).toEqual([]);
  });
});
