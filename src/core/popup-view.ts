// The popup's hero card, decided from the badge the toolbar shows: its tone (the badge's colour), the
// headline and second line, and the one thing to do. Derived from today's BadgeDecision and Verdict so
// that the popup, the badge and the card can never disagree on colour (#21, defects 1, 2, 8 and 13).
import { type BadgeDecision, decideBadge, worstSurface } from './badge';
import type { SurfaceState } from './derive';
import type { I18n, MessageKey } from './i18n';
import { type LocalSignal, NO_SIGNAL } from './sensing/local-signal';
import type { COLOURS } from './severity';
import { freshnessOf, type StatusState } from './source';
import { CLAUDE_AI } from './surfaces';
import { decideSituation } from './situation';
import { stillWorking } from './still-works';
import { stillWorksWords } from './named-words';
import { adviceWords, isTrouble, type Verdict, verdictWords } from './verdict';
import { statusWord } from './words';

/** The card's colour, one to one with the badge's background. */
export type Tone = 'ok' | 'degraded' | 'partial' | 'major' | 'maintenance' | 'local' | 'unknown';

/** Which badge colour each tone stands for (the browser suite compares the two). */
export const TONE_COLOUR: Record<Tone, keyof typeof COLOURS> = {
  ok: 'operational',
  degraded: 'degraded_performance',
  partial: 'partial_outage',
  major: 'major_outage',
  maintenance: 'under_maintenance',
  local: 'local-failing',
  unknown: 'unknown',
};

const TONE_OF: Partial<Record<SurfaceState['status'], Tone>> = {
  degraded_performance: 'degraded', partial_outage: 'partial', major_outage: 'major', under_maintenance: 'maintenance',
};

/** The tone of what the badge shows: grey when unknown, purple when failing here, else its worst surface. */
export function toneOf(badge: BadgeDecision): Tone {
  if (badge.unknown) return 'unknown';
  if (badge.locallyFailing) return 'local';
  const worst = worstSurface(badge.surfaces);
  if (worst) return TONE_OF[worst.status] ?? 'ok';
  return badge.surfaces.some((s) => s.status === 'unknown') ? 'unknown' : 'ok';
}

export interface Hero {
  tone: Tone;
  headline: string;
  /** claude.ai's own state, when the headline is about another service; else null. */
  second: string | null;
  /** What to do (or not do), for the states where people open the popup in trouble. */
  advice: string | null;
  /** claude.ai is in trouble now, for the person who watches it: "tell me when it's back" is offered. */
  offerBack: boolean;
  /**
   * Set when the status is unknown but an older answer exists: the headline is that answer's verdict,
   * and this is when it was known (ms), for "Last known at 12:48".
   */
  lastKnownAt: number | null;
  /** "Claude API and Claude Code are working.": only while claude.ai is in trouble and the data is fresh. */
  stillWorks: string | null;
}

/** Advice for the states the one verdict's words (verdict.ts, shared with the banner) leave without any. */
const ADVICE: Partial<Record<Verdict['kind'], MessageKey>> = {
  offline: 'adviceOffline',
  unknown: 'adviceUnknown',
  unrecognised: 'adviceUnknown',
};

/** "Claude API: Degraded performance", or "... and 2 more" when several have problems. */
function othersHeadline(i18n: I18n, others: SurfaceState[]): string {
  const worst = worstSurface(others);
  if (!worst) return i18n.t('verdictFine');
  const word = statusWord(i18n, worst.status);
  const more = others.filter((s) => s.status !== 'operational' && s.status !== 'unknown').length - 1;
  return more > 0 ? i18n.t('heroSurfaceMore', [worst.label, word, more]) : i18n.t('heroSurface', [worst.label, word]);
}

function wordsFor(i18n: I18n, verdict: Verdict): Pick<Hero, 'headline' | 'second'> {
  if (verdict.kind === 'fine' && verdict.others.length === 0 && verdict.overloaded) return { headline: verdictWords(i18n, verdict), second: null };
  if (verdict.kind === 'fine' && verdict.others.length > 0) {
    return { headline: othersHeadline(i18n, verdict.others), second: i18n.t('verdictFine') };
  }
  if (verdict.kind === 'fine') return { headline: i18n.t('verdictFine'), second: i18n.t('heroAllFine') };
  return { headline: verdictWords(i18n, verdict), second: null };
}

/**
 * The hero for a stored status. Unknown with an older answer in hand: the last verdict stays, marked as
 * last known (one failed check must not turn "down for everyone" into a bare "unknown"); the tone stays
 * grey like the badge, because nothing current backs a colour.
 */
export function decideHero(state: StatusState, now: number, i18n: I18n, local: LocalSignal, watched: readonly string[] | null = null): Hero {
  const badge = decideBadge(state, now, i18n, watched, local);
  const tone = toneOf(badge);
  const snapshot = state.snapshot;
  const aiWatched = watched === null || watched.includes(CLAUDE_AI);
  // The same advice as the banner's for the same verdict; unknown and offline get the popup's own.
  const adviceFor = (...verdicts: Verdict[]): string | null => {
    if (!aiWatched) return null;
    for (const v of verdicts) {
      // The popup's own, shorter words for an outage (it must fit 380x600 in German too); the same advice.
      if (v.kind === 'down') return [v.limitedHere ? i18n.t('adviceLimitedIsOutage') : '', i18n.t('adviceDown')].filter(Boolean).join(' ');
      const said = adviceWords(i18n, v);
      if (said) return said;
      const key = ADVICE[v.kind];
      if (key) return i18n.t(key);
    }
    return null;
  };
  // Offline keeps its own headline: "it is you, not them" is the answer, whatever was known before.
  if (badge.verdict.kind === 'unknown' && snapshot) {
    const known: StatusState = { snapshot, error: null, checkedAt: snapshot.fetchedAt };
    const last = decideSituation(known, snapshot.fetchedAt, NO_SIGNAL, watched).verdict;
    // Nothing current backs an offer or a "still works": the background would refuse the one, and the other is never claimed from the last known answer.
    return { tone, ...wordsFor(i18n, last), advice: adviceFor(last, badge.verdict), offerBack: false, lastKnownAt: snapshot.fetchedAt, stillWorks: null };
  }
  const works = stillWorking(badge.verdict, freshnessOf(state, now), snapshot?.surfaces ?? []);
  return {
    tone, ...wordsFor(i18n, badge.verdict), advice: adviceFor(badge.verdict),
    offerBack: aiWatched && isTrouble(badge.verdict), lastKnownAt: null, stillWorks: stillWorksWords(i18n, works),
  };
}
