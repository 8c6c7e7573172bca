import type { BackAlert } from '../core/back-alert';
import type { Hero } from '../core/popup-view';
import type { LocalSignal } from '../core/sensing/local-signal';
import { type Freshness, type StatusState } from '../core/source';
import { sourceErrorWord } from '../core/words';
import { STATUS_ORIGIN } from '../shared/config';
import { i18n, t } from '../shared/i18n';
import { BackButton } from './BackButton';
import { checkedWords, lastKnownWords, sinceWords } from './time-words';

interface Props {
  hero: Hero;
  state: StatusState;
  freshness: Freshness;
  /** The local signal, when it is what the card is about. */
  signal: LocalSignal | null;
  now: number;
  /** The stored "tell me when it's back" alert. */
  backAlert: BackAlert | null;
  onGrant: () => void;
}

/**
 * The hero: the answer in one look (the card's colour is the badge's), what to do under it, and how fresh
 * it is. Each sentence is its own element, so none is glued to a fragment of another.
 */
export function HeroCard({ hero, state, freshness, signal, now, backAlert, onGrant }: Props) {
  const lines: string[] = [];
  if (signal) lines.push(t('localCounts', [signal.failed, signal.total]), sinceWords(i18n, signal.since, now));
  if (freshness.fresh) {
    if (state.checkedAt !== null) lines.push(checkedWords(i18n, state.checkedAt, now));
  } else {
    if (hero.lastKnownAt !== null) lines.push(t('freshnessUnknown', [sourceErrorWord(i18n, freshness.reason)]));
    if (freshness.since !== null) lines.push(sinceWords(i18n, freshness.since, now));
  }
  return (
    <section class={`verdict tone-${hero.tone}`} aria-label={t('verdictRegion')}>
      {hero.lastKnownAt !== null && <p class="eyebrow">{lastKnownWords(i18n, hero.lastKnownAt, now)}</p>}
      {/* As a live region it speaks only when it changes. */}
      <p class="verdict-line" role="status" aria-live="polite">{hero.headline}</p>
      {hero.second && <p class="second">{hero.second}</p>}
      {/* What still works closes the advice's paragraph: the two are one answer to "what now", and a line of
          its own pushed the longest German cards past the popup's 600 px. */}
      {(hero.advice || hero.stillWorks) && (
        <p class="advice">
          {hero.advice && <span>{hero.advice}</span>}
          {hero.advice && hero.stillWorks && ' '}
          {hero.stillWorks && <span class="still-works">{hero.stillWorks}</span>}
        </p>
      )}
      <p class="freshness">
        {lines.filter(Boolean).map((l) => <span key={l}>{l} </span>)}
        <a href={STATUS_ORIGIN} target="_blank" rel="noreferrer">{t('fullStatusPage')}</a>
        {' '}<BackButton offer={hero.offerBack} alert={backAlert} now={now} />
      </p>
      {!freshness.fresh && freshness.reason === 'no-permission' && (
        <button type="button" class="primary" onClick={onGrant}>{t('grantAccess')}</button>
      )}
    </section>
  );
}
