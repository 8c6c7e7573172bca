import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchStatus } from './fetch-status';

const URL_ = 'https://status.claude.com/api/v2/summary.json';

function streamOf(bytes: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(chunk, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchStatus', () => {
  it('stops reading a 5 MB body without a length at the 1 MiB limit', async () => {
    const pulled = streamOf(5 * 1024 * 1024);
    vi.stubGlobal('fetch', async () => new Response(pulled, { headers: { 'content-type': 'application/json' } }));
    const out = await fetchStatus(URL_);
    expect(out).toMatchObject({ ok: true, answer: { body: null } });
  });

  it('refuses a declared 5 MB body without reading it', async () => {
    vi.stubGlobal('fetch', async () => new Response(streamOf(10), { headers: { 'content-length': String(5 * 1024 * 1024) } }));
    expect(await fetchStatus(URL_)).toMatchObject({ ok: true, answer: { body: null } });
  });

  it('sends the validators it is given and reports those it gets', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', {
      status: 200, headers: { 'content-type': 'application/json', etag: 'W/"2"', 'retry-after': '5' },
    }));
    vi.stubGlobal('fetch', fetchMock);
    const out = await fetchStatus(URL_, { etag: 'W/"1"', lastModified: 'Mon, 02 Mar 2026 12:00:00 GMT' });
    expect(fetchMock).toHaveBeenCalledWith(URL_, expect.objectContaining({
      cache: 'no-store', credentials: 'omit',
      headers: { accept: 'application/json', 'if-none-match': 'W/"1"', 'if-modified-since': 'Mon, 02 Mar 2026 12:00:00 GMT' },
    }));
    expect(out).toMatchObject({ ok: true, answer: { etag: 'W/"2"', retryAfter: '5', body: '{}' } });
  });

  it('calls a hung request a timeout after 10 s', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }));
    const pending = fetchStatus(URL_);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await pending).toMatchObject({ ok: false, kind: 'timeout' });
    vi.useRealTimers();
  });

  // Reproduction (#16.2): three slow requests chained into one 28.7 s check.
  it('ends a request when the check deadline comes, and makes none after it', async () => {
    vi.useFakeTimers();
    const hung = vi.fn((_url: string, init: RequestInit) => new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }));
    vi.stubGlobal('fetch', hung);
    const deadline = Date.now() + 4_000;
    const pending = fetchStatus(URL_, undefined, deadline);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(await pending).toMatchObject({ ok: false, kind: 'timeout' });
    expect(await fetchStatus(URL_, undefined, deadline)).toMatchObject({ ok: false, kind: 'timeout' });
    expect(hung).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  // Reproduction (#16.9): redirects were followed to any host before the answer was rejected.
  it('follows no redirect, and says that it was one', async () => {
    const fetchMock = vi.fn(async () => {
      const r = new Response(null, { status: 200 });
      Object.defineProperty(r, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(r, 'status', { value: 0 });
      return r;
    });
    vi.stubGlobal('fetch', fetchMock);
    expect(await fetchStatus(URL_)).toMatchObject({ ok: false, kind: 'redirected' });
    expect(fetchMock).toHaveBeenCalledWith(URL_, expect.objectContaining({ redirect: 'manual' }));
    vi.stubGlobal('fetch', async () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } }));
    expect(await fetchStatus(URL_)).toMatchObject({ ok: false, kind: 'redirected' });
  });

  it('calls a network error offline', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchStatus(URL_)).toMatchObject({ ok: false, kind: 'offline' });
  });
});
