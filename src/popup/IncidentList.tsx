import { cleanText } from '../core/clean-text';
import type { SurfaceState } from '../core/derive';
import { incidentUrl } from '../core/links';
import { incidentTitle, stageWord } from '../core/stage-words';
import type { Incident } from '../core/types';
import { formatDuration } from '../core/words';
import { formatTime } from '../shared/format-time';
import { i18n, t } from '../shared/i18n';

/**
 * Open incidents (or maintenances), compact: the title linking to the status page, and one line of stage,
 * impact, how long and which surfaces. The latest update folds away (a person asks for it), so the popup
 * answers "is it me or them" without scrolling. Text from the page is rendered as text, never as markup.
 */
export function IncidentList(props: {
  incidents: Incident[]; surfaces: SurfaceState[]; origin: string; now: number; heading: string; maintenance?: boolean;
  /** At most this many are drawn; the rest are counted, with the status page one click away. */
  limit?: number;
}) {
  const { incidents, surfaces, origin, now, heading, maintenance = false, limit = Infinity } = props;
  if (incidents.length === 0) return null;
  const shown = incidents.slice(0, Math.max(0, limit));
  return (
    <section aria-label={heading} class="incidents">
      <h2>{heading}</h2>
      {shown.map((i) => {
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
            {((i.latest && i.latest.body) || names.length > 0) && (
              <details class="update">
                <summary>{t('latestUpdate')}{i.latest?.at ? ` · ${formatTime(Date.parse(i.latest.at), now, i18n.locale)}` : ''}</summary>
                {names.length > 0 && <p class="affects">{t('affects', [names.join(', ')])}</p>}
                {i.latest?.body && <p>{cleanText(i.latest.body, 600)}</p>}
              </details>
            )}
          </article>
        );
      })}
      {incidents.length > shown.length && (
        <p class="more"><a href={origin} target="_blank" rel="noreferrer">{t('moreOnStatusPage', [incidents.length - shown.length])}</a></p>
      )}
    </section>
  );
}
