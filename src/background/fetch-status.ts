import { MAX_BODY_BYTES } from '../core/response';
import type { FetchOutcome } from '../core/check';

export const FETCH_TIMEOUT_MS = 10_000;
/**
 * Every request of one check (the probe, summary.json, the daily incident list) shares this deadline,
 * so slow answers cannot chain into a long check: three slow requests used to take 28.7 s.
 */
export const CHECK_DEADLINE_MS = 15_000;


/** Reads at most `limit` bytes; null when the body is larger, so a huge answer is never held whole. */
async function readLimited(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export interface Validators { etag: string | null; lastModified: string | null }

/**
 * One GET of the status page. The extension sends its own validators and bypasses the HTTP cache
 * (`no-store`), so that a 304 reaches it as a 304: an unchanged page then costs no body. No cookies.
 * Redirects are not followed (`manual`): the status API does not redirect, and following one would send
 * a request to a host the extension never meant to contact before the answer could be rejected.
 * `deadline` (ms, this clock) ends the request early when the check's time is up.
 */
export async function fetchStatus(url: string, validators?: Validators, deadline = Infinity): Promise<FetchOutcome> {
  const timeoutMs = Math.min(FETCH_TIMEOUT_MS, deadline - Date.now());
  if (timeoutMs <= 0) return { ok: false, kind: 'timeout', detail: 'no time left in this check' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    const response = await fetch(url, {
      cache: 'no-store', credentials: 'omit', redirect: 'manual', signal: controller.signal, headers,
    });
    // An unfollowed redirect is an opaque answer (status 0), or a 3xx where a browser exposes it.
    if (response.type === 'opaqueredirect' || (response.status >= 301 && response.status <= 308 && response.status !== 304)) {
      return { ok: false, kind: 'redirected', detail: `redirect${response.status ? ` (HTTP ${response.status})` : ''} not followed` };
    }
    const body = await readLimited(response, MAX_BODY_BYTES);
    return {
      ok: true,
      answer: {
        status: response.status,
        url: response.url || url,
        contentType: response.headers.get('content-type'),
        wafAction: response.headers.get('x-amzn-waf-action'),
        body,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        retryAfter: response.headers.get('retry-after'),
      },
    };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, kind: 'timeout', detail: `no answer in ${Math.round(timeoutMs / 1000)} s` };
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return { ok: false, kind: 'offline', detail: offline ? 'browser is offline' : String(error).slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}
