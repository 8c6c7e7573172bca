import { MAX_JSON_DEPTH, nestsDeeper } from './json-depth';
import type { SourceErrorKind } from './source';

/** The parts of an HTTP answer the classifier looks at; the glue fills this from `fetch`. */
export interface RawAnswer {
  status: number;
  /** The final URL after redirects. */
  url: string;
  contentType: string | null;
  /** `x-amzn-waf-action`, present on CloudFront WAF challenges (NOTES.md, section 3). */
  wafAction: string | null;
  /** The body as text, or null when it was larger than the limit and reading stopped. */
  body: string | null;
  /** Validators to send back next time, and the server's Retry-After, as given. */
  etag?: string | null;
  lastModified?: string | null;
  retryAfter?: string | null;
}

export type Classified =
  | { ok: true; json: unknown }
  /** 304: what we have is still current. */
  | { ok: true; notModified: true }
  | { ok: false; kind: SourceErrorKind; detail: string };

/** A summary.json for Claude is ~15 KB; anything past 1 MiB is not a status answer. */
export const MAX_BODY_BYTES = 1024 * 1024;

const fail = (kind: SourceErrorKind, detail: string): Classified => ({ ok: false, kind, detail });

/**
 * Decides whether an answer is status data. Order matters: a WAF challenge is recognised before its
 * status code (it comes as 405 or 202), and content type before parsing.
 */
export function classifyAnswer(answer: RawAnswer, expectedOrigin: string): Classified {
  let origin: string;
  try {
    origin = new URL(answer.url).origin;
  } catch {
    return fail('wrong-origin', 'unreadable URL');
  }
  if (origin !== expectedOrigin) return fail('wrong-origin', `answered from ${origin}`);
  if (answer.wafAction) return fail('challenged', `WAF ${answer.wafAction} (HTTP ${answer.status})`);
  if (answer.status === 304) return { ok: true, notModified: true };
  if (answer.status !== 200) return fail('http', `HTTP ${answer.status}`);
  const type = (answer.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/json' && !type.endsWith('+json')) {
    // A 200 HTML page is an error or interstitial page (some bot checks answer this way), never data.
    return fail('not-json', type === '' ? 'no content type' : type);
  }
  if (answer.body === null) return fail('too-large', `over ${MAX_BODY_BYTES} bytes`);
  if (nestsDeeper(answer.body)) return fail('malformed', `nested deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return { ok: true, json: JSON.parse(answer.body) as unknown };
  } catch {
    return fail('malformed', 'invalid JSON');
  }
}
