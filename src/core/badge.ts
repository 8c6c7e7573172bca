import type { SurfaceState } from './derive';
import type { LocalSignal } from './sensing/local-signal';
import { decideVerdict, type Verdict, verdictWords } from './verdict';
import { COLOURS, isAffected, rankOf } from './severity';
import { freshnessOf, type StatusState } from './source';
import { CLAUDE_AI } from './surfaces';
import { agoWords } from './time-words';
import type { I18n } from './i18n';
import { formatDuration, statusWord } from './words';

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
  /** The surface this browser sees failing though the status page says it is fine (the local signal). */
  locallyFailing: string | null;
  /** The one verdict about claude.ai; the title's first line words it. */
  verdict: Verdict;
}

/** The local signal's badge mark: claude.ai's code and "!", seen here, not (yet) on the status page. */
const LOCAL_MARK = '!';

const isWatched = (watched: Watched) => (s: SurfaceState): boolean => watched === null || watched.includes(s.key);

function surfaceLine(i18n: I18n, s: SurfaceState, now: number, local: boolean): string {
  const status = statusWord(i18n, s.status);
  if (local) return i18n.t('surfaceLineLocal', [s.label, status]);
  const since = s.since === null || !isAffected(s.status) ? NaN : Date.parse(s.since);
  return Number.isNaN(since)
    ? i18n.t('surfaceLine', [s.label, status])
    : i18n.t('surfaceLineFor', [s.label, status, formatDuration(now - since, i18n.locale)]);
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
export function decideBadge(
  state: StatusState, now: number, i18n: I18n, watched: Watched = null, local: LocalSignal = { kind: 'none' },
): BadgeDecision {
  const d = (ms: number): string => formatDuration(ms, i18n.locale);
  const surfaces = (state.snapshot?.surfaces ?? []).filter(isWatched(watched));
  const freshness = freshnessOf(state, now);
  const ai = surfaces.find((s) => s.key === CLAUDE_AI);
  const locallyFailing = freshness.fresh && local.kind === 'failing' && ai && !isAffected(ai.status) && ai.status !== 'unknown' ? ai.key : null;
  const lines = surfaces.map((s) => surfaceLine(i18n, s, now, s.key === locallyFailing));
  // The first line is the one verdict about claude.ai, in the same words as the popup and the banner.
  const decided = decideVerdict(state, now, locallyFailing ? local : { kind: 'none' }, watched);
  const verdict = verdictWords(i18n, decided);
  if (!freshness.fresh) {
    const since = freshness.since === null ? '' : i18n.t('unknownFor', [d(now - freshness.since)]);
    const stale = state.snapshot ? [i18n.t('tooltipStale', [d(now - state.snapshot.fetchedAt)]), ...lines] : [];
    return {
      text: '?', ...colours('source-unknown'), title: [verdict, since, ...stale].filter(Boolean).join('\n'), unknown: true, surfaces, locallyFailing, verdict: decided,
    };
  }
  const affected = surfaces.filter((s) => isAffected(s.status));
  const worst = worstSurface(surfaces);
  const checked = state.checkedAt === null ? '' : i18n.t('checkedAgo', [agoWords(i18n, now - state.checkedAt)]);
  const title = (...extra: string[]): string => [verdict, ...extra, ...lines, checked].filter(Boolean).join('\n');
  if (locallyFailing && ai && local.kind === 'failing') {
    return {
      text: `${ai.code}${LOCAL_MARK}${affected.length > 0 ? '+' : ''}`, ...colours('local-failing'),
      title: title(i18n.t('localCounts', [local.failed, local.total])), unknown: false, surfaces, locallyFailing, verdict: decided,
    };
  }
  if (!worst) {
    // A status this version cannot read is not an all-clear: grey, and the verdict says so where it is claude.ai's.
    const unreadable = surfaces.some((s) => s.status === 'unknown');
    return { text: '', ...colours(unreadable ? 'unknown' : 'operational'), title: title(), unknown: false, surfaces, locallyFailing, verdict: decided };
  }
  return {
    text: worst.code + (affected.length > 1 ? '+' : ''), ...colours(worst.status), title: title(), unknown: false, surfaces, locallyFailing, verdict: decided,
  };
}

function colours(key: keyof typeof COLOURS): { background: string; textColor: string } {
  return { background: COLOURS[key].background, textColor: COLOURS[key].text };
}
