import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyRequest, EMPTY_WINDOW, judge, observe, readWindow, type RequestOutcome, type RequestWindow, WINDOW_MS,
} from './request-window';

const T = Date.parse('2026-03-02T12:00:00Z');

/** Feeds a stream of [ms after T, outcome] and returns the window after the last. */
function feed(stream: Array<[number, RequestOutcome]>, w: RequestWindow = EMPTY_WINDOW): RequestWindow {
  return stream.reduce((acc, [at, outcome]) => observe(acc, outcome, T + at), w);
}

/** One outcome every `every` ms from `from` for `count` requests. */
const every = (from: number, count: number, gap: number, outcome: RequestOutcome): Array<[number, RequestOutcome]> =>
  Array.from({ length: count }, (_, i) => [from + i * gap, outcome]);

describe('classifyRequest', () => {
  it.each([
    [{ statusCode: 200 }, 'ok'], [{ statusCode: 304 }, 'ok'], [{ statusCode: 204 }, 'ok'],
    [{ statusCode: 401 }, 'answered'], [{ statusCode: 403 }, 'answered'], [{ statusCode: 429 }, 'answered'],
    [{ statusCode: 500 }, 'failed'], [{ statusCode: 503 }, 'failed'], [{ statusCode: 522 }, 'failed'],
    [{ error: 'net::ERR_CONNECTION_REFUSED' }, 'failed'], [{ error: 'net::ERR_CONNECTION_RESET' }, 'failed'],
    [{ error: 'net::ERR_TIMED_OUT' }, 'failed'], [{ error: 'net::ERR_EMPTY_RESPONSE' }, 'failed'],
    [{ error: 'net::ERR_HTTP2_PROTOCOL_ERROR' }, 'failed'], [{ error: 'NS_ERROR_NET_RESET' }, 'failed'],
    [{ error: 'NS_ERROR_CONNECTION_REFUSED' }, 'failed'], [{ error: 'NS_ERROR_NET_TIMEOUT' }, 'failed'],
    [{ error: 'net::ERR_INTERNET_DISCONNECTED' }, 'offline'], [{ error: 'net::ERR_NAME_NOT_RESOLVED' }, 'offline'],
    [{ error: 'net::ERR_NETWORK_CHANGED' }, 'offline'], [{ error: 'net::ERR_PROXY_CONNECTION_FAILED' }, 'offline'],
    [{ error: 'net::ERR_TUNNEL_CONNECTION_FAILED' }, 'offline'], [{ error: 'NS_ERROR_OFFLINE' }, 'offline'],
    [{ error: 'NS_ERROR_UNKNOWN_HOST' }, 'offline'],
    [{ error: 'net::ERR_ABORTED' }, null], [{ error: 'net::ERR_BLOCKED_BY_CLIENT' }, null],
    [{ error: 'NS_BINDING_ABORTED' }, null], [{ error: 'net::ERR_CACHE_MISS' }, null], [{ statusCode: 0 }, null], [{}, null],
  ] as const)('%o is %s', (end, outcome) => expect(classifyRequest(end)).toBe(outcome));
});

describe('judge', () => {
  it('sees a steady run of 503s as failing once it has lasted 20 s', () => {
    const w = feed(every(0, 3, 10_000, 'failed'));
    expect(judge(w, T + 20_000)).toMatchObject({ failing: false, failed: 3 });
    const more = feed(every(21_000, 3, 2_000, 'failed'), w);
    expect(judge(more, T + 26_000)).toMatchObject({ failing: true, failed: 6, total: 6, firstFailureAt: T });
  });

  it('does not take one burst, however large, for an outage', () => {
    expect(judge(feed(every(0, 40, 100, 'failed')), T + 4_000).failing).toBe(false);
  });

  it('does not take a slow trickle of failures among successes for an outage', () => {
    const mixed = [...every(0, 6, 15_000, 'failed'), ...every(1_000, 12, 8_000, 'ok')].sort((a, b) => a[0] - b[0]);
    expect(judge(feed(mixed), T + 100_000)).toMatchObject({ failing: false, failed: 6, total: 18 });
  });

  it('sees a slow failure (errors creeping up to most requests) once it is most of them', () => {
    const start = [...every(0, 10, 5_000, 'ok'), ...every(2_500, 4, 12_000, 'failed')].sort((a, b) => a[0] - b[0]);
    const w = feed(start);
    expect(judge(w, T + 50_000).failing).toBe(false);
    const worse = feed(every(60_000, 12, 5_000, 'failed'), w);
    expect(judge(worse, T + 115_000).failing).toBe(true);
  });

  it('never fires on 4xx answers, however many (401 after a sign-out, 429 rate limits)', () => {
    const storm = [...every(0, 60, 2_000, 'answered')];
    expect(judge(feed(storm), T + 119_000)).toMatchObject({ failing: false, failed: 0, total: 60 });
  });

  it('never fires while this machine looks offline', () => {
    const w = feed([...every(0, 12, 5_000, 'failed'), [61_000, 'offline']]);
    expect(judge(w, T + 62_000)).toMatchObject({ failing: false, offline: true });
  });

  it('forgets what is older than two minutes', () => {
    const w = feed(every(0, 12, 5_000, 'failed'));
    expect(judge(w, T + 60_000).failing).toBe(true);
    expect(judge(w, T + 60_000 + WINDOW_MS)).toMatchObject({ failing: false, failed: 0, total: 0 });
  });

  it('never fires on any stream without server failures (property)', () => {
    const outcome = fc.constantFrom<RequestOutcome>('ok', 'answered', 'offline');
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(WINDOW_MS), outcome)), (stream) => {
      const sorted = [...stream].sort((a, b) => a[0] - b[0]);
      return !judge(feed(sorted), T + WINDOW_MS).failing;
    }));
  });

  it('keeps only counts: a window has no place for a URL or a body', () => {
    const w = feed(every(0, 3, 1_000, 'failed'));
    expect(Object.keys(w.buckets[0] ?? {}).sort()).toEqual(['answered', 'at', 'failed', 'offline', 'ok']);
  });
});

describe('observe', () => {
  it('counts successes in a row since the last failure', () => {
    const w = feed([[0, 'failed'], [1_000, 'ok'], [2_000, 'answered'], [3_000, 'ok']]);
    expect(w).toMatchObject({ okStreak: 2, lastFailureAt: T });
    expect(observe(w, 'failed', T + 4_000)).toMatchObject({ okStreak: 0, lastFailureAt: T + 4_000 });
  });
});

describe('readWindow', () => {
  it('reads back what it stored', () => {
    const w = feed(every(0, 3, 1_000, 'failed'));
    expect(readWindow(JSON.parse(JSON.stringify(w)))).toEqual(w);
  });

  it.each([null, 1, {}, { version: 2, buckets: [] }, { version: 1, buckets: 'x', okStreak: 0 }])('reads %o as empty', (raw) => {
    expect(readWindow(raw)).toEqual(EMPTY_WINDOW);
  });

  it('drops a bad bucket and keeps the rest', () => {
    const raw = { ...EMPTY_WINDOW, buckets: [{ at: T, ok: 1, answered: 0, failed: 0, offline: 0 }, { at: T, ok: -1 }] };
    expect(readWindow(raw).buckets).toHaveLength(1);
  });
});
