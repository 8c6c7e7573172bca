// "claude.ai is failing for you; the status page has not said so yet": decided from the request window
// (request-window.ts, fed by what claude.ai's own pages see) and the status page's own word, never from
// either alone.
import { isAffected } from '../severity';
import { freshnessOf, type StatusState } from '../source';
import { CLAUDE_AI } from '../surfaces';
import { HOLD_MS } from './hold';
import { judge, RECOVERED_AFTER_OK, type RequestWindow } from './request-window';

export type LocalSignal =
  | { kind: 'none' }
  | {
    kind: 'failing';
    /** When failures began (ms, the start of the first failing 10 s bucket). */
    since: number;
    /** Failures and all answered or failed requests in the last two minutes. */
    failed: number;
    total: number;
    updatedAt: number;
  };

export const NO_SIGNAL: LocalSignal = { kind: 'none' };
/** Successes in a row that end the signal: requests work again. */
export { RECOVERED_AFTER_OK } from './request-window';
export { HOLD_MS } from './hold';
/** At most one confirming status check this often... */
export const CONFIRM_EVERY_MS = 60_000;
/** ...unless the failures began after it (a new episode), and then not more often than this. */
export const CONFIRM_NEW_EPISODE_MS = 15_000;


/** What the status page currently says about claude.ai: fine, affected, or nothing usable. */
export function officialClaudeAi(state: StatusState, now: number): 'fine' | 'affected' | 'unknown' {
  const snapshot = state.snapshot;
  if (!snapshot || !freshnessOf(state, now).fresh) return 'unknown';
  const ai = snapshot.surfaces.find((s) => s.key === CLAUDE_AI);
  if (!ai || ai.status === 'unknown') return 'unknown';
  const linked = [...snapshot.incidents, ...snapshot.maintenances].some((i) => i.componentIds.includes(ai.componentId));
  return isAffected(ai.status) || linked ? 'affected' : 'fine';
}

export interface SignalStep {
  signal: LocalSignal;
  /** Ask the status page now: to learn whether it reports this, and that the network beyond claude.ai works. */
  confirm: boolean;
}

/**
 * One step of the signal. It rises only when the window shows claude.ai failing, the status page says
 * claude.ai is fine, and the status page answered after the failures began: that answer is the proof
 * that this machine can reach other sites, so a user's own offline state never raises it. It ends when
 * the status page takes over (reports claude.ai affected), when requests succeed again, when the
 * machine looks offline, or after ten minutes without a failure.
 */
export function stepSignal(prev: LocalSignal, w: RequestWindow, state: StatusState, now: number): SignalStep {
  const j = judge(w, now);
  const official = officialClaudeAi(state, now);
  if (prev.kind === 'failing') {
    const recovered = w.okStreak >= RECOVERED_AFTER_OK || w.lastFailureAt === null || now - w.lastFailureAt > HOLD_MS;
    if (official !== 'fine' || j.offline || recovered) return { signal: NO_SIGNAL, confirm: false };
    return { signal: { ...prev, failed: j.failed, total: j.total, updatedAt: now }, confirm: false };
  }
  // Requests already succeed again: the failures still in the window are the past, not news.
  const recovering = w.okStreak >= RECOVERED_AFTER_OK;
  if (!j.failing || recovering || j.firstFailureAt === null || official === 'affected') return { signal: NO_SIGNAL, confirm: false };
  // A good answer after the failures began, not merely a check: a failed one proves nothing about the network.
  const answeredAt = state.error === null ? state.snapshot?.fetchedAt ?? null : null;
  if (official === 'fine' && answeredAt !== null && answeredAt >= j.firstFailureAt) {
    return { signal: { kind: 'failing', since: j.firstFailureAt, failed: j.failed, total: j.total, updatedAt: now }, confirm: false };
  }
  // At most one confirming check a minute; but failures that began after the last one are a new episode,
  // which may ask sooner (not sooner than CONFIRM_NEW_EPISODE_MS), or a page that failed a minute ago
  // would wait up to a minute to be believed.
  const since = w.confirmAt === null ? Infinity : now - w.confirmAt;
  const newEpisode = w.confirmAt !== null && w.confirmAt < j.firstFailureAt && since >= CONFIRM_NEW_EPISODE_MS;
  const confirm = since >= CONFIRM_EVERY_MS || newEpisode || since < 0;
  return { signal: NO_SIGNAL, confirm };
}

export const LOCAL_SIGNAL_KEY = 'localSignal';

export const toStoredSignal = (signal: LocalSignal) => ({ version: 1, signal });

/** Reads the stored signal; anything unexpected reads as no signal, so a bad value never raises one. */
export function readSignal(raw: unknown): LocalSignal {
  const s = (raw as { version?: unknown; signal?: Partial<Record<string, unknown>> } | null)?.signal;
  if ((raw as { version?: unknown } | null)?.version !== 1 || !s || s.kind !== 'failing') return NO_SIGNAL;
  const nums = [s.since, s.failed, s.total, s.updatedAt];
  return nums.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (s as LocalSignal) : NO_SIGNAL;
}
