// "claude.ai is failing in this browser; the status page has not said so yet", and its counterpart
// "claude.ai works again in this browser; the status page still lists the incident": decided from the
// request window (fed by what claude.ai's own pages see) and the status page's own word, never from either
// alone. One state for a whole episode: a brownout is raised once and held, never flapping.
import { isCount, isNumber } from '../checks';
import { officialClaudeAi } from '../official';
import type { StatusState } from '../source';
import { HOLD_MS } from './hold';
import { hasRecovered, judge, type RequestWindow, WINDOW_MS } from './request-window';

export interface LocalSignal {
  /**
   * - `none`: nothing seen here beyond what the status page says.
   * - `failing`: failing here, the status page says claude.ai is fine.
   * - `works-here`: the status page lists claude.ai's incident, and here requests work again and hold.
   */
  kind: 'none' | 'failing' | 'works-here';
  /** When this episode began (ms): the first failure, or the moment requests held again. */
  since: number;
  /** Failures and outcomes since failures began (for the counts shown). */
  failed: number;
  total: number;
  updatedAt: number;
  /** Requests fail on and off (a brownout), not all the time: said so, and never taken for recovery. */
  onAndOff: boolean;
  /** The last 429 and the last 529-on-a-completion seen here (ms), within the window; else null. */
  limitedAt: number | null;
  overloadedAt: number | null;
}

export const NO_SIGNAL: LocalSignal = {
  kind: 'none', since: 0, failed: 0, total: 0, updatedAt: 0, onAndOff: false, limitedAt: null, overloadedAt: null,
};
export { HOLD_MS } from './hold';
/** At most one confirming status check this often, whatever the pages do. */
export const CONFIRM_EVERY_MS = 60_000;
/** Below this share of failures, with failures coming back after successes, an episode is "on and off". */
export const STEADY_SHARE = 0.8;
export const ON_AND_OFF_FLIPS = 2;
/**
 * In a brownout ("on and off") the page's failures come in bursts, and a 40 % one can leave a minute without
 * a spread failure: "you can sign in again" then waits this long instead (a generated brownout said it in
 * the middle of one, local-path.test.ts, seed 1228487724).
 */
export const ON_AND_OFF_RECOVERED_MS = 3 * 60_000;

/** How the signal ended, for the banner: only a real recovery says "you can sign in again". */
export type SignalEnd = 'recovered' | 'quiet' | null;

export interface SignalStep {
  signal: LocalSignal;
  /** Ask the status page now: to learn whether it reports this, and that the network beyond claude.ai works. */
  confirm: boolean;
  ended: SignalEnd;
}

const lastSeen = (count: number, prev: number | null, now: number): number | null =>
  count > 0 ? now : prev !== null && now - prev < WINDOW_MS && prev <= now ? prev : null;

/**
 * One step of the signal. `failing` rises only when the window shows claude.ai failing, the status page says
 * claude.ai is fine, and the status page answered after the failures began: that answer is the proof that
 * this machine reaches other sites, so a person's own offline state never raises it. It is held until
 * requests have worked for a minute (then "you can sign in again"), the status page takes over, the machine
 * looks offline, or nothing at all was seen for ten minutes (then it ends quietly). `works-here` needs the
 * same minute of success after failures seen here, while the status page still lists claude.ai's incident.
 */
export function stepSignal(prev: LocalSignal, w: RequestWindow, state: StatusState, now: number): SignalStep {
  const j = judge(w, now);
  const official = officialClaudeAi(state, now).word;
  const notes = { limitedAt: lastSeen(j.limited, prev.limitedAt, now), overloadedAt: lastSeen(j.overloaded, prev.overloadedAt, now) };
  const none = (ended: SignalEnd = null): SignalStep => ({ signal: { ...NO_SIGNAL, ...notes }, confirm: false, ended });
  const brownout = prev.kind === 'failing' && prev.onAndOff;
  const recovered = hasRecovered(w, now) && (!brownout || now - (w.lastFailureAt ?? now) >= ON_AND_OFF_RECOVERED_MS);
  if (official === 'down' || official === 'maintenance') {
    if (prev.kind === 'works-here' && (w.lastFailureAt ?? 0) <= prev.since) return { signal: { ...prev, ...notes, updatedAt: now }, confirm: false, ended: null };
    // Worked again here after failures seen here, within the last half hour: say so beside the official word.
    const seenFailing = w.lastFailureAt !== null && now - w.lastFailureAt <= 3 * HOLD_MS;
    if (official === 'down' && recovered && seenFailing) {
      return { signal: { ...NO_SIGNAL, ...notes, kind: 'works-here', since: now, updatedAt: now }, confirm: false, ended: null };
    }
    return none();
  }
  if (prev.kind === 'failing') {
    if (official !== 'fine' || j.offline) return none('quiet');
    if (recovered) return none('recovered');
    if (w.lastFailureAt === null || now - w.lastFailureAt > HOLD_MS) return none('quiet');
    const onAndOff = prev.onAndOff || (w.flips >= ON_AND_OFF_FLIPS && j.failed < STEADY_SHARE * j.total);
    return { signal: { ...prev, ...notes, failed: j.failed, total: j.total, updatedAt: now, onAndOff }, confirm: false, ended: null };
  }
  if (official !== 'fine' || !j.failing || j.firstFailureAt === null) return none(prev.kind === 'works-here' ? 'quiet' : null);
  // A good answer after the failures began, not merely a check: a failed one proves nothing about the network.
  const answeredAt = state.error === null ? state.snapshot?.fetchedAt ?? null : null;
  if (answeredAt !== null && answeredAt >= j.firstFailureAt) {
    const onAndOff = w.flips >= ON_AND_OFF_FLIPS && j.failed < STEADY_SHARE * j.total;
    return { signal: { ...notes, kind: 'failing', since: j.firstFailureAt, failed: j.failed, total: j.total, updatedAt: now, onAndOff }, confirm: false, ended: null };
  }
  // At most one confirming check a minute per install (a clock set back may ask once more).
  const since = w.confirmAt === null ? Infinity : now - w.confirmAt;
  return { signal: { ...NO_SIGNAL, ...notes }, confirm: since >= CONFIRM_EVERY_MS || since < 0, ended: null };
}

export const LOCAL_SIGNAL_KEY = 'localSignal';
const SIGNAL_VERSION = 2;

export const toStoredSignal = (signal: LocalSignal) => ({ version: SIGNAL_VERSION, signal });

const KINDS: readonly LocalSignal['kind'][] = ['none', 'failing', 'works-here'];
const timeOrNull = (v: unknown): boolean => v === null || isNumber(v);

/**
 * Whether a stored signal is up, for the claude.ai page: it only decides whether the page's successes are
 * worth sending, so a glance suffices (and keeps the page's script small); nothing is shown from it.
 */
export const isSignalUp = (raw: unknown): boolean => {
  const r = raw as { version?: unknown; signal?: { kind?: unknown } } | null;
  return r?.version === SIGNAL_VERSION && (r.signal?.kind === 'failing' || r.signal?.kind === 'works-here');
};

/** Reads the stored signal field by field; anything unexpected reads as no signal, so a bad value never raises one. */
export function readSignal(raw: unknown): LocalSignal {
  const r = raw as { version?: unknown; signal?: Partial<Record<keyof LocalSignal, unknown>> } | null;
  const s = r?.signal;
  if (r?.version !== SIGNAL_VERSION || typeof s !== 'object' || s === null) return NO_SIGNAL;
  const ok = KINDS.includes(s.kind as LocalSignal['kind']) && isNumber(s.since) && isCount(s.failed) && isCount(s.total)
    && isNumber(s.updatedAt) && typeof s.onAndOff === 'boolean' && timeOrNull(s.limitedAt) && timeOrNull(s.overloadedAt);
  if (!ok) return NO_SIGNAL;
  const { kind, since, failed, total, updatedAt, onAndOff, limitedAt, overloadedAt } = s as LocalSignal;
  return { kind, since, failed, total, updatedAt, onAndOff, limitedAt, overloadedAt };
}
