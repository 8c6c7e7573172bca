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

/**
 * One GET of the status page. `cache: 'no-cache'` lets the browser's HTTP cache revalidate with the
 * ETag the page sends, so an unchanged page costs a 304 and no body. No cookies are sent or stored.
 */
export async function fetchStatus(url: string): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      cache: 'no-cache', credentials: 'omit', redirect: 'follow', signal: controller.signal,
      headers: { accept: 'application/json' },
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
