import type { SurfaceState } from './derive';
import type { LocalSignal } from './local-signal';
import { COLOURS, isAffected, rankOf } from './severity';
import { freshnessOf, type StatusState } from './source';
import { formatDuration, LOCAL_WORDS, SOURCE_ERROR_WORDS, STATUS_WORDS } from './words';

/** Which surfaces the user watches: surface keys, or null for all (the default). */
export type Watched = readonly string[] | null;

export interface BadgeDecision {
  /** Empty when all watched surfaces are fine, `?` when the status is unknown, else a surface code. */
  text: string;
  background: string;
  textColor: string;
  /** Action title (tooltip): every watched surface with its status in words. */
  title: string;
  /** True when the picture is not current: the icon greys out. */
  unknown: boolean;
  /** Watched surfaces in page order, for the icon's segments. */
  surfaces: SurfaceState[];
  /** The surface this browser sees failing though the status page says it is fine (the opt-in local signal). */
  locallyFailing: string | null;
}

const CLAUDE_AI = 'claude-ai';
/** The local signal's badge mark: claude.ai's code and "!", seen here, not (yet) on the status page. */
export const LOCAL_MARK = '!';

const isWatched = (watched: Watched) => (s: SurfaceState): boolean => watched === null || watched.includes(s.key);

function surfaceLine(s: SurfaceState, now: number, local: boolean): string {
  const since = s.since !== null && isAffected(s.status) ? ` for ${formatDuration(now - Date.parse(s.since))}` : '';
  return `${s.label}: ${STATUS_WORDS[s.status]}${since}${local ? LOCAL_WORDS.surfaceNote : ''}`;
}

/** The local signal's one line: what was seen, and that the status page has not said so. */
export function localHeadline(signal: LocalSignal): string {
  return signal.kind === 'failing' ? LOCAL_WORDS.headline(signal.failed, signal.total) : '';
}

/** The one surface whose trouble the badge names: the worst, the first on the page among equals. */
export function worstSurface(surfaces: readonly SurfaceState[]): SurfaceState | null {
  let worst: SurfaceState | null = null;
  for (const s of surfaces) if (isAffected(s.status) && (!worst || rankOf(s.status) > rankOf(worst.status))) worst = s;
  return worst;
}

/**
 * The toolbar for a stored status. `local` is the opt-in local signal: when this browser sees claude.ai
 * failing while the page says it is fine, claude.ai is badged as `AI!` in its own colour, and the tooltip
 * says it was seen here and not reported. It never shows over an unknown status (it needs the page's word).
 */
export function decideBadge(state: StatusState, now: number, watched: Watched = null, local: LocalSignal = { kind: 'none' }): BadgeDecision {
  const surfaces = (state.snapshot?.surfaces ?? []).filter(isWatched(watched));
  const freshness = freshnessOf(state, now);
  const locallyFailing = freshness.fresh && local.kind === 'failing'
    && surfaces.some((s) => s.key === CLAUDE_AI && !isAffected(s.status)) ? CLAUDE_AI : null;
  const lines = surfaces.map((s) => surfaceLine(s, now, s.key === locallyFailing));
  if (!freshness.fresh) {
    const since = freshness.since === null ? '' : ` (for ${formatDuration(now - freshness.since)})`;
    const head = `Claude status unknown: ${SOURCE_ERROR_WORDS[freshness.reason]}${since}.`;
    const stale = state.snapshot
      ? [`Last known, stale (${formatDuration(now - state.snapshot.fetchedAt)} old):`, ...lines]
      : [];
    return {
      text: '?', ...colours('source-unknown'), title: [head, ...stale].join('\n'), unknown: true, surfaces, locallyFailing,
    };
  }
  const affected = surfaces.filter((s) => isAffected(s.status));
  const worst = worstSurface(surfaces);
  const checked = state.checkedAt === null ? '' : `Checked ${formatDuration(now - state.checkedAt)} ago.`;
  if (locallyFailing) {
    return {
      text: `AI${LOCAL_MARK}${affected.length > 0 ? '+' : ''}`, ...colours('local-failing'),
      title: [localHeadline(local), ...lines, checked].filter(Boolean).join('\n'),
      unknown: false, surfaces, locallyFailing,
    };
  }
  if (!worst) {
    return {
      text: '', ...colours('operational'),
      title: ['Claude: all watched surfaces operational', ...lines, checked].filter(Boolean).join('\n'),
      unknown: false, surfaces, locallyFailing,
    };
  }
  const others = affected.length > 1 ? ` and ${affected.length - 1} more` : '';
  return {
    text: worst.code + (affected.length > 1 ? '+' : ''),
    ...colours(worst.status),
    title: [`Claude: ${worst.label} ${STATUS_WORDS[worst.status].toLowerCase()}${others}`, ...lines, checked]
      .filter(Boolean).join('\n'),
    unknown: false,
    surfaces,
    locallyFailing,
  };
}

function colours(key: keyof typeof COLOURS): { background: string; textColor: string } {
  return { background: COLOURS[key].background, textColor: COLOURS[key].text };
}
