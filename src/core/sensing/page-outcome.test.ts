import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampCounts, classifyRequest, isFailedDocument, MAX_PER_BATCH, NO_COUNTS, OUTCOME_KEYS, readCounts } from './page-outcome';

const req = (responseStatus: number | undefined, over: Partial<Parameters<typeof classifyRequest>[0]> = {}) =>
  classifyRequest({ initiatorType: 'fetch', sameOrigin: true, cls: 'api/bootstrap', responseStatus, online: true, ...over });

describe('classifyRequest', () => {
  it.each([
    [200, 'ok'], [204, 'ok'], [304, 'ok'],
    [401, 'answered'], [403, 'answered'], [404, 'answered'], [429, 'limited'],
    [500, 'failed'], [502, 'failed'], [503, 'failed'], [504, 'failed'], [524, 'failed'], [529, 'failed'],
    [0, null], [100, null], [undefined, null], [600, null],
  ] as const)('status %s is %s', (status, outcome) => expect(req(status)).toBe(outcome));

  it('counts XHR like fetch', () => expect(req(503, { initiatorType: 'xmlhttprequest' })).toBe('failed'));

  it('ignores assets and other origins: images, scripts and CDNs say nothing about claude.ai', () => {
    expect(req(503, { initiatorType: 'img' })).toBeNull();
    expect(req(503, { initiatorType: 'script' })).toBeNull();
    expect(req(503, { sameOrigin: false })).toBeNull();
  });

  it('says nothing about claude.ai’s own telemetry, failing or not', () => {
    for (const cls of ['api/event_logging/v2/batch', 'sentry', 'cdn-cgi/rum']) {
      expect(req(503, { cls })).toBeNull();
      expect(req(200, { cls })).toBeNull();
    }
  });

  it('takes a 529 on a completion for the models’ load, and elsewhere for a failure', () => {
    expect(req(529, { cls: 'api/organizations/*/chat_conversations/*/completion' })).toBe('overloaded');
    expect(req(529, { cls: 'api/bootstrap' })).toBe('failed');
  });

  it('takes status 0 while the browser is offline for the person’s own network, and online for nothing', () => {
    expect(req(0, { online: false })).toBe('offline');
    expect(req(0, { online: true })).toBeNull();
  });
});

describe('documents and batches', () => {
  it('knows a 5xx or a 429 ("Rate exceeded") document', () => {
    expect([200, 404, 429, 500, 502, 503, undefined, 0].map(isFailedDocument)).toEqual([false, false, true, true, true, true, false, false]);
  });

  it('reads whole counts, clamped to the cap, and refuses anything else', () => {
    expect(readCounts({ ...NO_COUNTS, failed: 3 })).toEqual({ ...NO_COUNTS, failed: 3 });
    expect(readCounts({ ...NO_COUNTS, failed: 3, url: 'x' })).toEqual({ ...NO_COUNTS, failed: 3 });
    expect(readCounts({ failed: 1 })).toEqual({ ...NO_COUNTS, failed: 1 });
    expect(readCounts({ ...NO_COUNTS, ok: 1e9 })).toEqual({ ...NO_COUNTS, ok: MAX_PER_BATCH });
    for (const bad of [null, 'x', { ...NO_COUNTS, failed: -1 }, { ...NO_COUNTS, ok: 1.5 }, { ...NO_COUNTS, limited: '3' }]) {
      expect(readCounts(bad)).toBeNull();
    }
  });

  it('for any batch, clamping keeps every count within the cap and what was within it unchanged', () => {
    const counts = fc.record(Object.fromEntries(OUTCOME_KEYS.map((k) => [k, fc.nat({ max: 5_000 })])) as Record<(typeof OUTCOME_KEYS)[number], fc.Arbitrary<number>>);
    fc.assert(fc.property(counts, (c) => {
      const clamped = clampCounts(c);
      for (const k of OUTCOME_KEYS) expect(clamped[k]).toBe(Math.min(c[k], MAX_PER_BATCH));
      expect(readCounts(c)).toEqual(clamped);
    }));
  });
});
