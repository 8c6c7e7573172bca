// How the extension polls: pure decisions about when, where and with which validators.
import { isNumber, isString } from './checks';
import { isAffected } from './severity';
import type { SourceErrorKind, StatusState } from './source';

/** Polling bookkeeping, stored beside the status (versioned; unreadable means a fresh start). */
export interface PollMeta {
  version: 1;
  /** Consecutive failed checks; 0 after a good one. */
  failures: number;
  /** Use the fallback origin until this time (ms); null while the primary is in use. */
  fallbackUntil: number | null;
  /** ETag / Last-Modified per URL, sent back so an unchanged page costs a 304 without a body. */
  validators: Record<string, { etag: string | null; lastModified: string | null }>;
  /** When a claude.ai page last said it is in use (ms); checks are faster for a while after. */
  claudeActiveAt: number | null;
  /**
   * Set by a catch-up check after a browser start or wake: the next good check picks a new random phase,
   * so installs that started together do not go on polling together.
   */
  rephase: boolean;
}

export const EMPTY_META: PollMeta = {
  version: 1, failures: 0, fallbackUntil: null, validators: {}, claudeActiveAt: null, rephase: false,
};

/** Never sooner than the gap between ordinary checks (poll-timing.ts). */
export const BACKOFF_FLOOR_MS = 60_000;
export const BACKOFF_CAP_MS = 30 * 60_000;
/** A server's Retry-After is honoured up to this: longer than our own cap, never indefinitely. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000;
/** After this many failures in a row (or one challenge), the fallback origin is tried. */
export const FALLBACK_AFTER = 3;
/** How long to stay on the fallback before trying the primary again. */
export const FALLBACK_FOR_MS = 60 * 60_000;
/** How long a claude.ai page counts as "in use" after it last said so. */
export const CLAUDE_ACTIVE_MS = 5 * 60_000;

/**
 * Delay before the next try after `failures` failures in a row: "full jitter" (a uniformly random
 * delay up to an exponentially growing bound) so that millions of installs that failed together do not
 * retry together; never under the floor, never over the cap. The base is the install's own polling
 * period: a first retry lands somewhere within one normal period, so a failing page sees no more load
 * than a working one (sim/simulate.ts measured 4.7x the steady rate with a fixed 30 s base). A
 * server's Retry-After is honoured (from the floor up to RETRY_AFTER_CAP_MS), never shortened by the jitter.
 */
export function backoffMs(failures: number, random: () => number, retryAfterMs: number | null, baseMs: number): number {
  const bound = Math.min(BACKOFF_CAP_MS, baseMs * 2 ** Math.max(0, Math.min(failures - 1, 20)));
  const jittered = Math.max(BACKOFF_FLOOR_MS, Math.floor(random() * bound));
  const asked = retryAfterMs === null ? 0 : Math.min(RETRY_AFTER_CAP_MS, Math.max(BACKOFF_FLOOR_MS, retryAfterMs));
  return Math.max(Math.min(BACKOFF_CAP_MS, jittered), asked);
}

/** Retry-After as a delay in ms: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // Only real HTTP dates: Date.parse alone would take "1" or "soon-ish 2026" too.
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(v)) return null;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * The origin to ask now. `fallbackUntil` was set by this clock; if it lies further ahead than one fallback
 * period, the clock has been set back since (or was fast then), and the fallback is over: a clock a year
 * fast during a challenge must not pin the fallback host for a year.
 */
export function originFor(meta: PollMeta, now: number, primary: string, fallback: string): string {
  const until = meta.fallbackUntil;
  return until !== null && now < until && until - now <= FALLBACK_FOR_MS ? fallback : primary;
}

/** Bookkeeping after a check on `origin`: failures counted, the fallback entered or left. */
export function afterCheck(
  meta: PollMeta, result: { ok: true } | { ok: false; kind: SourceErrorKind }, origin: string, primary: string, now: number,
): PollMeta {
  if (result.ok) {
    // A good answer from the fallback keeps it until its time is up; then the primary is tried again.
    return { ...meta, failures: 0, fallbackUntil: origin === primary ? null : meta.fallbackUntil };
  }
  const failures = meta.failures + 1;
  const onPrimary = origin === primary;
  const switchNow = onPrimary && (result.kind === 'challenged' || failures >= FALLBACK_AFTER);
  // A failing fallback sends us back to the primary at once rather than waiting out the hour.
  const fallbackUntil = switchNow ? now + FALLBACK_FOR_MS : onPrimary ? meta.fallbackUntil : null;
  return { ...meta, failures, fallbackUntil };
}

export const CATCH_UP_MIN_MS = 60_000;
export const CATCH_UP_MAX_MS = 90_000;

/**
 * After a browser start or a wake from sleep: when the first check should run. Fresh data needs no
 * catch-up, so the check lands at a random point of the period (a restart wave then adds no load at all);
 * stale data gets one catch-up check within a minute, at a random moment.
 */
export function resumeDelayMs(fresh: boolean, periodMinutes: number, random: () => number): { delayMs: number; rephase: boolean } {
  // A random point of the period, not clamped to the minimum gap: clamping put every install whose moment
  // fell in the first minute at the same second (a 1.5x peak after a restart wave in the simulation).
  // The gap is kept where it belongs, after each install's own last check (phasedAt, poll-timing.ts).
  if (fresh) return { delayMs: random() * periodMinutes * 60_000, rephase: false };
  return { delayMs: CATCH_UP_MIN_MS + random() * (CATCH_UP_MAX_MS - CATCH_UP_MIN_MS), rephase: true };
}

/** Whether checks should run at the fast cadence: something is wrong, or claude.ai is in use. */
export function wantsFastCadence(meta: PollMeta, troubled: boolean, now: number): boolean {
  return troubled || (meta.claudeActiveAt !== null && now - meta.claudeActiveAt >= 0 && now - meta.claudeActiveAt < CLAUDE_ACTIVE_MS);
}

export const CALM_MINUTES = 5;
export const FAST_MINUTES = 1;

/** Every minute while anything is wrong or claude.ai is in use (so news shows quickly), else every five. */
export function cadenceMinutes(state: StatusState, meta: PollMeta, now: number): number {
  const s = state.snapshot;
  const troubled = s !== null && (s.incidents.length > 0 || s.surfaces.some((x) => isAffected(x.status)));
  return wantsFastCadence(meta, troubled, now) ? FAST_MINUTES : CALM_MINUTES;
}

const isTimeOrNull = (v: unknown): v is number | null => v === null || isNumber(v);
const isStringOrNull = (v: unknown): v is string | null => v === null || isString(v);
/** Validators are kept for the few status URLs only; more is not ours. */
const MAX_VALIDATORS = 8;

/** Reads stored bookkeeping element by element; anything unexpected is a fresh start (never a throw). */
export function readPollMeta(raw: unknown): PollMeta {
  const m = raw as Partial<Record<keyof PollMeta, unknown>> | null;
  if (typeof m !== 'object' || m === null || m.version !== 1 || typeof m.failures !== 'number' || !Number.isInteger(m.failures)
    || m.failures < 0 || !isTimeOrNull(m.fallbackUntil) || !isTimeOrNull(m.claudeActiveAt)
    || typeof m.validators !== 'object' || m.validators === null || Array.isArray(m.validators)) return EMPTY_META;
  const validators: PollMeta['validators'] = {};
  for (const [url, v] of Object.entries(m.validators).slice(0, MAX_VALIDATORS)) {
    const { etag, lastModified } = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
    // Keys are our own request URLs; defineProperty keeps even a "__proto__" key an ordinary entry.
    if (url.startsWith('https://') && isStringOrNull(etag) && isStringOrNull(lastModified)) {
      Object.defineProperty(validators, url, { value: { etag, lastModified }, enumerable: true, writable: true, configurable: true });
    }
  }
  return {
    version: 1, failures: Math.min(m.failures, 1000), fallbackUntil: m.fallbackUntil, validators,
    claudeActiveAt: m.claudeActiveAt, rephase: m.rephase === true,
  };
}
