import type { SurfaceState } from './derive';
import { COLOURS, isAffected, rankOf } from './severity';
import { freshnessOf, type StatusState } from './source';
import { formatDuration, SOURCE_ERROR_WORDS, STATUS_WORDS } from './words';

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
}

const isWatched = (watched: Watched) => (s: SurfaceState): boolean => watched === null || watched.includes(s.key);

function surfaceLine(s: SurfaceState, now: number): string {
  const since = s.since !== null && isAffected(s.status) ? ` for ${formatDuration(now - Date.parse(s.since))}` : '';
  return `${s.label}: ${STATUS_WORDS[s.status]}${since}`;
}

/** The one surface whose trouble the badge names: the worst, the first on the page among equals. */
export function worstSurface(surfaces: readonly SurfaceState[]): SurfaceState | null {
  let worst: SurfaceState | null = null;
  for (const s of surfaces) if (isAffected(s.status) && (!worst || rankOf(s.status) > rankOf(worst.status))) worst = s;
  return worst;
}

export function decideBadge(state: StatusState, now: number, watched: Watched = null): BadgeDecision {
  const surfaces = (state.snapshot?.surfaces ?? []).filter(isWatched(watched));
  const lines = surfaces.map((s) => surfaceLine(s, now));
  const freshness = freshnessOf(state, now);
  if (!freshness.fresh) {
    const since = freshness.since === null ? '' : ` (for ${formatDuration(now - freshness.since)})`;
    const head = `Claude status unknown: ${SOURCE_ERROR_WORDS[freshness.reason]}${since}.`;
    const stale = state.snapshot
      ? [`Last known, stale (${formatDuration(now - state.snapshot.fetchedAt)} old):`, ...lines]
      : [];
    return {
      text: '?', ...colours('source-unknown'), title: [head, ...stale].join('\n'), unknown: true, surfaces,
    };
  }
  const affected = surfaces.filter((s) => isAffected(s.status));
  const worst = worstSurface(surfaces);
  const checked = state.checkedAt === null ? '' : `Checked ${formatDuration(now - state.checkedAt)} ago.`;
  if (!worst) {
    return {
      text: '', ...colours('operational'),
      title: ['Claude: all watched surfaces operational', ...lines, checked].filter(Boolean).join('\n'),
      unknown: false, surfaces,
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
  };
}

function colours(key: keyof typeof COLOURS): { background: string; textColor: string } {
  return { background: COLOURS[key].background, textColor: COLOURS[key].text };
}
