import { cleanText } from '../core/clean-text';
import type { SurfaceState } from '../core/derive';
import { incidentUrl } from '../core/links';
import { modelsWords } from '../core/named-words';
import type { Card, CardGroup, Cards } from '../core/popup-cards';
import { incidentTitle, stageWord } from '../core/stage-words';
import type { MessageKey } from '../core/i18n';
import { formatDuration } from '../core/words';
import { formatTime } from '../shared/format-time';
import { i18n, t } from '../shared/i18n';

const HEADINGS: Record<CardGroup, MessageKey> = {
  incidents: 'openIncidents', 'maintenance-now': 'maintenanceNow', 'maintenance-soon': 'maintenanceSoon',
};

/** One card: the title (two lines at most, the whole of it in the link's name and tooltip) and one meta line. */
function IncidentCard({ card, surfaces, origin, now }: { card: Card; surfaces: SurfaceState[]; origin: string; now: number }) {
  const i = card.incident;
  const maintenance = card.group !== 'incidents';
  const started = i.startedAt ? Date.parse(i.startedAt) : NaN;
  const names = surfaces.filter((s) => i.componentIds.includes(s.componentId)).map((s) => s.label);
  const title = incidentTitle(i18n, i, 200);
  const at = (iso: string) => formatTime(Date.parse(iso), now, i18n.locale);
  // Each part is one phrase that never breaks; the separator trails the part before it, so no line of a
  // wrapped meta line ever starts with one.
  const meta = [
    stageWord(i18n, i.stage),
    maintenance ? null : t(`impact_${i.impact}`),
    maintenance && i.scheduledFor ? `${at(i.scheduledFor)}${i.scheduledUntil ? ` – ${at(i.scheduledUntil)}` : ''}` : null,
    // Two open incidents with one title are told apart by their start, in place of how long.
    card.sameTitle && i.startedAt ? t('incidentStarted', [at(i.startedAt)]) : null,
    !card.sameTitle && !maintenance && !Number.isNaN(started) ? t('lastedFor', [formatDuration(now - started, i18n.locale)]) : null,
  ].filter((p): p is string => p !== null);
  return (
    <article class={`incident impact-${i.impact}`}>
      <h3><a href={incidentUrl(origin, i)} target="_blank" rel="noreferrer" title={title}>{title}</a></h3>
      <p class="meta">{meta.map((m, n) => <span key={m} class={n === 0 ? 'stage' : undefined}>{m}</span>)}</p>
      {card.models.length > 0 && <p class="models">{modelsWords(i18n, card.models)}</p>}
      {((i.latest && i.latest.body) || names.length > 0) && (
        <details class="update">
          <summary>{t('latestUpdate')}{i.latest?.at ? ` (${at(i.latest.at)})` : ''}</summary>
          {title.length > 70 && <p class="full-title">{title}</p>}
          {names.length > 0 && <p class="affects">{t('affects', [names.join(', ')])}</p>}
          {i.latest?.body && <p>{cleanText(i.latest.body, 600)}</p>}
        </details>
      )}
    </article>
  );
}

/**
 * Open incidents and maintenances, compact and worst first (decided in core/popup-cards): a heading
 * only over cards, the rest counted with the status page one click away. Text from the page is
 * rendered as text, never as markup.
 */
export function IncidentList({ cards, surfaces, origin, now }: { cards: Cards; surfaces: SurfaceState[]; origin: string; now: number }) {
  return (
    <>
      {cards.groups.map(({ group, cards: list }, n) => (
        <section key={group} aria-label={t(HEADINGS[group])} class="incidents">
          <h2>{t(HEADINGS[group])}</h2>
          {list.map((card) => <IncidentCard key={card.incident.id} card={card} surfaces={surfaces} origin={origin} now={now} />)}
          {n === cards.groups.length - 1 && cards.more > 0 && (
            <p class="more"><a href={origin} target="_blank" rel="noreferrer">{t('moreOnStatusPage', [cards.more])}</a></p>
          )}
        </section>
      ))}
    </>
  );
}
