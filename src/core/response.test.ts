import { describe, expect, it } from 'vitest';
import { httpFixture } from '../../test/support/fixtures';
import { classifyAnswer, type RawAnswer } from './response';

const ORIGIN = 'https://status.claude.com';
const ok: RawAnswer = {
  status: 200, url: `${ORIGIN}/api/v2/summary.json`, contentType: 'application/json; charset=utf-8', wafAction: null, body: '{"a":1}',
};

describe('classifyAnswer on the shared HTTP fixtures', () => {
  it.each([
    ['200-status-json.http', null],
    ['200-html-instead-of-json.http', 'not-json'],
    ['202-waf-challenge.http', 'challenged'],
    ['304-not-modified.http', 'not-modified'],
    ['405-waf-captcha.http', 'challenged'],
    ['429-rate-limited.http', 'http'],
    ['503-origin-error.http', 'http'],
  ])('%s → %s', (file, kind) => {
    const result = classifyAnswer(httpFixture(file), ORIGIN);
    if (kind === null) expect(result).toMatchObject({ ok: true, json: expect.anything() });
    else if (kind === 'not-modified') expect(result).toEqual({ ok: true, notModified: true });
    else expect(result).toMatchObject({ ok: false, kind });
  });
});

describe('classifyAnswer edge cases', () => {
  it('rejects an answer redirected to another origin', () => {
    expect(classifyAnswer({ ...ok, url: 'https://evil.example/api/v2/summary.json' }, ORIGIN))
      .toMatchObject({ ok: false, kind: 'wrong-origin', detail: 'answered from https://evil.example' });
  });
  it('rejects truncated JSON as malformed', () => {
    expect(classifyAnswer({ ...ok, body: '{"page":{"id":' }, ORIGIN)).toMatchObject({ ok: false, kind: 'malformed' });
  });
  it('rejects a body past the size limit', () => {
    expect(classifyAnswer({ ...ok, body: null }, ORIGIN)).toMatchObject({ ok: false, kind: 'too-large' });
  });
  it('rejects a missing content type', () => {
    expect(classifyAnswer({ ...ok, contentType: null }, ORIGIN)).toMatchObject({ ok: false, kind: 'not-json' });
  });
  it('accepts a +json content type in any case', () => {
    expect(classifyAnswer({ ...ok, contentType: 'Application/Vnd.Api+JSON' }, ORIGIN).ok).toBe(true);
  });
  it('names the status code of an HTTP error', () => {
    expect(classifyAnswer({ ...ok, status: 503 }, ORIGIN)).toMatchObject({ kind: 'http', detail: 'HTTP 503' });
  });
  it('treats a WAF header as a challenge even on a 200', () => {
    expect(classifyAnswer({ ...ok, wafAction: 'challenge' }, ORIGIN)).toMatchObject({ kind: 'challenged' });
  });
  it('rejects an unreadable URL', () => {
    expect(classifyAnswer({ ...ok, url: 'not a url' }, ORIGIN)).toMatchObject({ kind: 'wrong-origin' });
  });
});
