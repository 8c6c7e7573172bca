// What the status page itself says about claude.ai, decided once for the local signal and the situation:
// nothing from this browser enters here.
import type { SurfaceState } from './derive';
import { isOpen } from './implied-status';
import { isAffected } from './severity';
import { freshnessOf, type StatusState } from './source';
import { CLAUDE_AI } from './surfaces';
import type { Incident } from './types';

export type OfficialWord =
  /** An open incident on claude.ai, or its component in trouble. */
  | 'down'
  /** A maintenance in progress on claude.ai (one scheduled for later never counts). */
  | 'maintenance'
  | 'fine'
  /** No fresh answer, or no claude.ai on the page. */
  | 'unknown'
  /** claude.ai has a status this version cannot read. */
  | 'unrecognised';

export interface OfficialClaudeAi {
  word: OfficialWord;
  ai: SurfaceState | null;
  /** The open incidents linked to claude.ai. */
  incidents: Incident[];
}

/** The status page's word on claude.ai, from fresh data only. */
export function officialClaudeAi(state: StatusState, now: number): OfficialClaudeAi {
  const snapshot = state.snapshot;
  const ai = snapshot?.surfaces.find((s) => s.key === CLAUDE_AI) ?? null;
  if (!snapshot || !freshnessOf(state, now).fresh || !ai) return { word: 'unknown', ai, incidents: [] };
  const incidents = snapshot.incidents.filter((i) => isOpen(i) && i.componentIds.includes(ai.componentId));
  if (incidents.length > 0) return { word: 'down', ai, incidents };
  if (ai.status === 'unknown') return { word: 'unrecognised', ai, incidents };
  if (ai.status === 'under_maintenance') return { word: 'maintenance', ai, incidents };
  return { word: isAffected(ai.status) ? 'down' : 'fine', ai, incidents };
}
