import { describe, expect, it } from 'vitest';
import { httpFixture, summaryOf } from '../../test/support/fixtures';
import { stateFor, T0 } from '../../test/support/states';
import { foldOutcome, type FetchOutcome } from './check';
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
