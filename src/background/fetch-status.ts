import { MAX_BODY_BYTES } from '../core/response';
import type { FetchOutcome } from '../core/check';

export const FETCH_TIMEOUT_MS = 10_000;


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
 */
export async function fetchStatus(url: string, validators?: Validators): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    const response = await fetch(url, {
      cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: controller.signal, headers,
    });
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
    if (controller.signal.aborted) return { ok: false, kind: 'timeout', detail: `no answer in ${FETCH_TIMEOUT_MS / 1000} s` };
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return { ok: false, kind: 'offline', detail: offline ? 'browser is offline' : String(error).slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}
