import { describe, expect, it } from 'vitest';
import { classifyRequest, hasNews, isFailedDocument, NO_COUNTS, readCounts } from './page-outcome';

const req = (responseStatus: number | undefined, over: Partial<Parameters<typeof classifyRequest>[0]> = {}) =>
  classifyRequest({ initiatorType: 'fetch', sameOrigin: true, responseStatus, online: true, ...over });

describe('classifyRequest', () => {
  it.each([
    [200, 'ok'], [204, 'ok'], [304, 'ok'],
    [401, 'answered'], [403, 'answered'], [404, 'answered'], [429, 'answered'],
    [500, 'failed'], [502, 'failed'], [503, 'failed'], [504, 'failed'],
    [0, 'weak'], [100, null], [undefined, null], [600, 'answered'],
  ] as const)('status %s is %s', (status, outcome) => expect(req(status)).toBe(outcome));

  it('counts XHR like fetch', () => expect(req(503, { initiatorType: 'xmlhttprequest' })).toBe('failed'));

  it('ignores assets and other origins: images, scripts and CDNs say nothing about claude.ai', () => {
    expect(req(503, { initiatorType: 'img' })).toBeNull();
    expect(req(503, { initiatorType: 'script' })).toBeNull();
    expect(req(503, { sameOrigin: false })).toBeNull();
  });

  it('takes status 0 while the browser is offline for the person’s own network', () => {
    expect(req(0, { online: false })).toBe('offline');
  });
});

describe('documents and batches', () => {
  it('knows a 5xx document', () => {
    expect([200, 404, 500, 502, 503, undefined, 0].map(isFailedDocument)).toEqual([false, false, true, true, true, false, false]);
  });

  it('has news only when something other than success happened', () => {
    expect(hasNews({ ...NO_COUNTS, ok: 50 })).toBe(false);
    expect(hasNews({ ...NO_COUNTS, ok: 50, answered: 1 })).toBe(true);
  });

  it('reads only whole counts within bounds from a message', () => {
    expect(readCounts({ ...NO_COUNTS, failed: 3 })).toEqual({ ...NO_COUNTS, failed: 3 });
    expect(readCounts({ ...NO_COUNTS, failed: 3, url: 'x' })).toEqual({ ...NO_COUNTS, failed: 3 });
    for (const bad of [null, 'x', { ...NO_COUNTS, failed: -1 }, { ...NO_COUNTS, ok: 1.5 }, { ...NO_COUNTS, weak: 1e9 }, { failed: 1 }]) {
      expect(readCounts(bad)).toBeNull();
    }
  });
});
