import { cleanText } from '../core/clean-text';
import type { SurfaceState } from '../core/derive';
import { incidentUrl } from '../core/links';
import { incidentTitle, stageWord } from '../core/stage-words';
import type { Incident } from '../core/types';
import { formatDuration } from '../core/words';
import { formatTime } from '../shared/format-time';
import { i18n, t } from '../shared/i18n';


/**
 * Open incidents (or maintenances): title linking to the status page, stage, impact, how long, which
 * surfaces, and the latest update. Text from the page is rendered as text by Preact, never as markup.
 */
export function IncidentList(props: {
  incidents: Incident[]; surfaces: SurfaceState[]; origin: string; now: number; heading: string; maintenance?: boolean;
}) {
  const { incidents, surfaces, origin, now, heading, maintenance = false } = props;
  if (incidents.length === 0) return null;
  return (
    <section aria-label={heading}>
      <h2>{heading}</h2>
      {incidents.map((i) => {
        const started = i.startedAt ? Date.parse(i.startedAt) : NaN;
        const names = surfaces.filter((s) => i.componentIds.includes(s.componentId)).map((s) => s.label);
        const window = maintenance && i.scheduledFor
          ? `${formatTime(Date.parse(i.scheduledFor), now, i18n.locale)}${i.scheduledUntil ? ` – ${formatTime(Date.parse(i.scheduledUntil), now, i18n.locale)}` : ''}`
          : null;
        return (
          <article key={i.id} class="incident">
            <h3><a href={incidentUrl(origin, i)} target="_blank" rel="noreferrer">{incidentTitle(i18n, i, 200)}</a></h3>
            <p class="meta">
              <span class="stage">{stageWord(i18n, i.stage)}</span>
              {!maintenance && <span>{t(`impact_${i.impact}`)}</span>}
              {window && <span>{window}</span>}
              {!maintenance && !Number.isNaN(started) && <span>{t('lastedFor', [formatDuration(now - started, i18n.locale)])}</span>}
            </p>
            {names.length > 0 && <p class="affects">{t('affects', [names.join(', ')])}</p>}
            {i.latest && i.latest.body && (
              <p class="update">
                {i.latest.at && <time dateTime={i.latest.at}>{formatTime(Date.parse(i.latest.at), now, i18n.locale)}: </time>}
                {cleanText(i.latest.body, 600)}
              </p>
            )}
          </article>
        );
      })}
    </section>
  );
}
