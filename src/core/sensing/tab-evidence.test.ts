// One page's own judgement of its requests: failures spread across kinds of request, or one broken endpoint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpread, noteOutcome, TAB_MAX_EVENTS, TAB_WINDOW_MS, type TabEvent, takeSpreadFailures } from './tab-evidence';

const T = Date.parse('2026-03-02T12:00:00Z');
/** [ms after T, class, failed] in time order, as the page sees them. */
const events = (list: Array<[number, string, boolean]>): TabEvent[] =>
  [...list].sort((a, b) => a[0] - b[0]).reduce<TabEvent[]>((acc, [at, cls, failed]) => noteOutcome(acc, cls, failed, T + at), []);
const fail = (cls: string, ...ats: number[]): Array<[number, string, boolean]> => ats.map((at) => [at, cls, true]);
const work = (cls: string, ...ats: number[]): Array<[number, string, boolean]> => ats.map((at) => [at, cls, false]);
const last = (list: Array<[number, string, boolean]>) => T + Math.max(...list.map(([at]) => at));

describe('isSpread', () => {
  it('never takes one kind of request failing for claude.ai failing, however often (property)', () => {
    const traffic = fc.array(fc.tuple(fc.nat(TAB_WINDOW_MS - 1), fc.constantFrom('api/bootstrap', 'api/account_profile', 'api/organizations'), fc.boolean()));
    fc.assert(fc.property(traffic, fc.nat(TAB_WINDOW_MS - 1), fc.integer({ min: 1, max: 60 }), (others, from, count) => {
      // One broken kind among others that only succeed.
      const broken = Array.from({ length: count }, (_, i): [number, string, boolean] => [Math.min(TAB_WINDOW_MS - 1, from + i * 500), 'api/sync', true]);
      const list = [...others.map(([at, cls]): [number, string, boolean] => [at, cls, false]), ...broken];
      expect(isSpread(events(list), T + TAB_WINDOW_MS - 1)).toBe(false);
    }), { numRuns: 300 });
  });

  it('takes failures in two kinds of request, making up at least 30 % of what happened since they began, for spread', () => {
    const two = [...fail('api/bootstrap', 0, 2_000), ...fail('api/auth/session', 1_000, 3_000), ...work('api/organizations', 500, 1_500, 2_500)];
    expect(isSpread(events(two), last(two))).toBe(true);
    // The same failures among many more successes: below the share.
    const diluted = [...two, ...work('api/organizations', ...Array.from({ length: 20 }, (_, i) => 100 + i * 150))];
    expect(isSpread(events(diluted), last(diluted))).toBe(false);
  });

  it('leaves the worst kind out: one busy broken endpoint and a stray error elsewhere are not enough', () => {
    const stray = [...fail('api/sync', 0, 500, 1_000, 1_500, 2_000, 3_000), ...fail('api/bootstrap', 2_500), ...work('api/bootstrap', 600, 1_200, 1_800, 2_400, 2_800)];
    expect(isSpread(events(stray), last(stray))).toBe(false);
    // The second kind failing too, at the share: spread.
    const both = [...fail('api/sync', 0, 500, 1_000, 1_500, 2_000, 3_000), ...fail('api/bootstrap', 2_500, 2_900), ...work('api/bootstrap', 600, 1_200, 1_800)];
    expect(isSpread(events(both), last(both))).toBe(true);
  });

  it('never takes a single burst shorter than 3 s for spread, however many kinds fail', () => {
    const burst = [...fail('api/bootstrap', 0, 400, 800), ...fail('api/auth/session', 200, 600, 2_900), ...fail('api/organizations', 100, 700)];
    expect(isSpread(events(burst), T + 2_900)).toBe(false);
    const longer = [...burst, ...fail('api/organizations', 3_000)];
    expect(isSpread(events(longer), T + 3_000)).toBe(true);
  });

  it('once an episode is on, keeps one kind failing on and off, but not one that is simply broken', () => {
    const flaky = [...fail('api/bootstrap', 0, 10_000, 20_000), ...work('api/bootstrap', 5_000, 15_000), ...work('api/organizations', 7_000, 17_000)];
    expect(isSpread(events(flaky), T + 20_000, true)).toBe(true);
    expect(isSpread(events(flaky), T + 20_000, false)).toBe(false);
    const broken = [...fail('api/sync', 0, 10_000, 20_000), ...work('api/organizations', 5_000, 15_000)];
    expect(isSpread(events(broken), T + 20_000, true)).toBe(false);
  });

  it('forgets what is older than two minutes', () => {
    const two = [...fail('api/bootstrap', 0, 2_000), ...fail('api/auth/session', 1_000, 3_000)];
    expect(isSpread(events(two), T + 3_000)).toBe(true);
    expect(isSpread(events(two), T + TAB_WINDOW_MS + 1)).toBe(false);
  });
});

describe('noteOutcome and takeSpreadFailures', () => {
  it('keeps memory bounded however busy the page is', () => {
    const many = Array.from({ length: 3 * TAB_MAX_EVENTS }, (_, i): [number, string, boolean] => [i, 'api/x', i % 2 === 0]);
    expect(events(many)).toHaveLength(TAB_MAX_EVENTS);
  });

  it('reports each spread failure once, those from before it became clear included, and nothing while not spread', () => {
    const early = events(fail('api/bootstrap', 0, 1_000));
    expect(takeSpreadFailures(early, T + 1_000)).toMatchObject({ failed: 0 });
    const spread = events([...fail('api/bootstrap', 0, 1_000), ...fail('api/auth/session', 2_000, 3_500)]);
    const first = takeSpreadFailures(spread, T + 3_500);
    expect(first.failed).toBe(4);
    expect(takeSpreadFailures(first.events, T + 3_500).failed).toBe(0);
    const more = noteOutcome(first.events, 'api/auth/session', true, T + 4_000);
    expect(takeSpreadFailures(more, T + 4_000).failed).toBe(1);
  });
});

describe('the share is taken over the recent past', () => {
  it('an endpoint that failed a minute and a half ago does not let the successes since outvote a new outage', () => {
    const calm = Array.from({ length: 90 }, (_, i) => i * 1_000);
    const list = [
      ...fail('api/organizations/*/sync/settings', 0),
      ...work('api/organizations/*/chat_conversations', ...calm),
      ...fail('api/bootstrap', 90_000, 91_000, 93_000, 97_000),
      ...fail('api/auth/session', 90_500, 91_500, 93_500),
      ...fail('api/organizations/*/chat_conversations', 91_000, 94_000, 97_000),
    ];
    expect(isSpread(events(list), T + 97_000)).toBe(true);
    // Over the whole window, the 90 earlier successes would have outvoted it.
    expect(list.filter(([, , failed]) => failed).length / list.length).toBeLessThan(0.3);
  });
});
