import type { SurfaceState } from './derive';
import { type LocalSignal, NO_SIGNAL } from './sensing/local-signal';
import { decideSituation, type Watched } from './situation';
import { type Verdict, verdictWords } from './verdict';
import { COLOURS, isAffected } from './severity';
import type { StatusState } from './source';
import { agoWords } from './time-words';
import type { I18n } from './i18n';
import { formatDuration, statusWord } from './words';

/** Which surfaces the user watches: surface keys, or null for all (the default). */
export type { Watched } from './situation';
export { worstSurface } from './situation';

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

function surfaceLine(i18n: I18n, s: SurfaceState, now: number, local: boolean): string {
  const status = statusWord(i18n, s.status);
  if (local) return i18n.t('surfaceLineLocal', [s.label, status]);
  const since = s.since === null || !isAffected(s.status) ? NaN : Date.parse(s.since);
  return Number.isNaN(since)
    ? i18n.t('surfaceLine', [s.label, status])
    : i18n.t('surfaceLineFor', [s.label, status, formatDuration(now - since, i18n.locale)]);
}


/**
 * The toolbar for a stored status, wording the one situation (situation.ts). When this browser sees
 * claude.ai failing while the page says it is fine, claude.ai is badged as `AI!` in its own colour, and the
 * tooltip says it was seen here and not reported. It never shows over an unknown status (it needs the page's word).
 */
export function decideBadge(
  state: StatusState, now: number, i18n: I18n, watched: Watched = null, local: LocalSignal = NO_SIGNAL,
): BadgeDecision {
  const d = (ms: number): string => formatDuration(ms, i18n.locale);
  const situation = decideSituation(state, now, local, watched);
  const { surfaces, freshness, worst, verdict: decided } = situation;
  const locallyFailing = situation.locallyFailing?.key ?? null;
  const lines = surfaces.map((s) => surfaceLine(i18n, s, now, s.key === locallyFailing));
  // The first line is the one verdict, in the same words as the popup and the banner.
  const verdict = verdictWords(i18n, decided);
  const base = { surfaces, locallyFailing, verdict: decided };
  if (!freshness.fresh) {
    const since = freshness.since === null ? '' : i18n.t('unknownFor', [d(now - freshness.since)]);
    const stale = state.snapshot ? [i18n.t('tooltipStale', [d(now - state.snapshot.fetchedAt)]), ...lines] : [];
    return { ...base, text: '?', ...colours('source-unknown'), title: [verdict, since, ...stale].filter(Boolean).join('\n'), unknown: true };
  }
  const checked = state.checkedAt === null ? '' : i18n.t('checkedAgo', [agoWords(i18n, now - state.checkedAt)]);
  const title = (...extra: string[]): string => [verdict, ...extra, ...lines, checked].filter(Boolean).join('\n');
  const more = situation.affected > 0 ? '+' : '';
  if (situation.locallyFailing && decided.kind === 'failing-for-you') {
    return {
      ...base, text: `${situation.locallyFailing.code}${LOCAL_MARK}${more}`, ...colours('local-failing'),
      title: title(i18n.t('localCounts', [decided.failed, decided.total])), unknown: false,
    };
  }
  if (!worst) {
    // A status this version cannot read is not an all-clear: grey, and the verdict says so where it is claude.ai's.
    const unreadable = surfaces.some((s) => s.status === 'unknown');
    return { ...base, text: '', ...colours(unreadable ? 'unknown' : 'operational'), title: title(), unknown: false };
  }
  // 429s here during claude.ai's incident: said at once, before anyone upgrades a plan over it.
  const note = decided.kind === 'down' && decided.limitedHere ? i18n.t('adviceLimitedIsOutage') : '';
  return { ...base, text: worst.code + (situation.affected > 1 ? '+' : ''), ...colours(worst.status), title: title(note), unknown: false };
}

function colours(key: keyof typeof COLOURS): { background: string; textColor: string } {
  return { background: COLOURS[key].background, textColor: COLOURS[key].text };
}
