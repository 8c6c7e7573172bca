// The one decision: claude.ai's situation (and the watched surfaces') from the status page, what this
// browser's claude.ai pages saw and the network, decided here once. The badge, icon, tooltip, popup, banner
// and notifications word or act on this result and decide nothing again.
import type { SurfaceState } from './derive';
import { officialClaudeAi } from './official';
import type { LocalSignal } from './sensing/local-signal';
import { WINDOW_MS } from './sensing/request-window';
import { isAffected, rankOf } from './severity';
import { freshnessOf, type Freshness, type StatusState } from './source';
import { CLAUDE_AI } from './surfaces';
import type { IncidentStage, MaintenanceStage } from './types';
import type { ClaudeAiVerdict, Verdict } from './verdict';

export interface Situation {
  /** claude.ai's own situation, whatever the person watches: what the banner acts on. */
  claudeAi: ClaudeAiVerdict;
  /** What the tooltip's first line and the popup's verdict word: claude.ai's, or a summary of the watched surfaces. */
  verdict: Verdict;
  freshness: Freshness;
  /** Watched surfaces in page order (the icon's segments). */
  surfaces: SurfaceState[];
  /** The one watched surface the badge names: the worst, the first among equals; null when all are fine. */
  worst: SurfaceState | null;
  /** How many watched surfaces are affected. */
  affected: number;
  /** claude.ai, when this browser sees it failing while the status page says it is fine. */
  locallyFailing: SurfaceState | null;
}

export type Watched = readonly string[] | null;

const worstFirst = (list: SurfaceState[]): SurfaceState[] => list.filter((s) => isAffected(s.status))
  .sort((a, b) => rankOf(b.status) - rankOf(a.status));

/** The one surface whose trouble the badge names: the worst, the first on the page among equals. */
export function worstSurface(surfaces: readonly SurfaceState[]): SurfaceState | null {
  let worst: SurfaceState | null = null;
  for (const s of surfaces) if (isAffected(s.status) && (!worst || rankOf(s.status) > rankOf(worst.status))) worst = s;
  return worst;
}

const recent = (at: number | null, now: number): boolean => at !== null && at <= now && now - at < WINDOW_MS;

function decideClaudeAi(state: StatusState, now: number, local: LocalSignal, surfaces: SurfaceState[]): ClaudeAiVerdict {
  const freshness = freshnessOf(state, now);
  if (!freshness.fresh) return freshness.reason === 'offline' ? { kind: 'offline' } : { kind: 'unknown', reason: freshness.reason };
  const official = officialClaudeAi(state, now);
  const stage: IncidentStage | MaintenanceStage | null = official.incidents[0]?.stage ?? null;
  switch (official.word) {
    case 'unknown': return { kind: 'unknown', reason: 'no-data' };
    case 'unrecognised': return { kind: 'unrecognised' };
    case 'maintenance': return { kind: 'maintenance' };
    case 'down':
      if (local.kind === 'works-here') return { kind: 'works-here', stage };
      // 429s here while claude.ai has an incident: most likely that incident, not the person's usage.
      return { kind: 'down', stage, limitedHere: recent(local.limitedAt, now) };
    case 'fine':
      if (local.kind === 'failing') return { kind: 'failing-for-you', onAndOff: local.onAndOff, failed: local.failed, total: local.total };
      return {
        kind: 'fine', others: worstFirst(surfaces.filter((s) => s.key !== CLAUDE_AI)), overloaded: recent(local.overloadedAt, now),
      };
  }
}

/** Decides everything shown about the status at `now`, for the surfaces the person watches. */
export function decideSituation(state: StatusState, now: number, local: LocalSignal, watched: Watched = null): Situation {
  const all = state.snapshot?.surfaces ?? [];
  const surfaces = all.filter((s) => watched === null || watched.includes(s.key));
  const claudeAi = decideClaudeAi(state, now, local, surfaces);
  const freshness = freshnessOf(state, now);
  const watchesAi = watched === null || watched.includes(CLAUDE_AI);
  const verdict: Verdict = !watchesAi && freshness.fresh ? { kind: 'watched', affected: worstFirst(surfaces) } : claudeAi;
  const ai = surfaces.find((s) => s.key === CLAUDE_AI) ?? null;
  const locallyFailing = watchesAi && claudeAi.kind === 'failing-for-you' ? ai : null;
  return {
    claudeAi, verdict, freshness, surfaces,
    worst: freshness.fresh ? worstSurface(surfaces) : null,
    affected: freshness.fresh ? surfaces.filter((s) => isAffected(s.status)).length : 0,
    locallyFailing,
  };
}
