// "Seen here 14 min before the status page": by how much this browser was ahead, decided once, at the check
// where the status page's incident takes over from the local signal, from stored times only.
import { officialClaudeAi } from '../official';
import type { StatusState } from '../source';
import type { LocalSignal } from './local-signal';

/** A lead shorter than this is noise (the page and this browser saw it together). */
export const LEAD_MIN_MS = 60_000;
/** A lead longer than this is not believed: a machine asleep, a clock that jumped. */
export const LEAD_MAX_MS = 6 * 3_600_000;
/**
 * When the page's start time does not say when it posted the incident, the first check that saw it does,
 * but only to within the time since the check before it: beyond this, when it was posted is unknown.
 */
export const POSTED_WITHIN_MS = 15 * 60_000;

export interface Lead { incidentId: string; ms: number }

const time = (iso: string | null): number | null => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? null : t;
};

/**
 * The lead, if this check is the takeover: the signal was `failing` (raised only while the page said
 * claude.ai was fine) and the page now lists an open incident on claude.ai. The page "first showed it" at
 * the incident's start if that is after the local failures began, else at this check, when the check
 * before it (`previousCheckAt`, which saw the page without it) was recent. Only a lead of a minute to six
 * hours counts, and none when a clock went back (a time after now).
 */
export function leadAtTakeover(prev: LocalSignal, state: StatusState, previousCheckAt: number | null, now: number): Lead | null {
  if (prev.kind !== 'failing' || prev.since > now) return null;
  const checkAt = state.error === null ? state.snapshot?.fetchedAt ?? null : null;
  const incident = officialClaudeAi(state, now).incidents[0];
  if (!incident || checkAt === null || checkAt > now) return null;
  const started = time(incident.startedAt);
  let posted: number | null;
  if (started !== null && started > prev.since) posted = Math.min(started, checkAt);
  else posted = previousCheckAt !== null && previousCheckAt <= checkAt && checkAt - previousCheckAt <= POSTED_WITHIN_MS ? checkAt : null;
  if (posted === null) return null;
  const ms = posted - prev.since;
  return ms >= LEAD_MIN_MS && ms <= LEAD_MAX_MS ? { incidentId: incident.id, ms } : null;
}
