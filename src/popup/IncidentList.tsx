import { STAGE_WORDS } from '../core/banner-words';
import { cleanText } from '../core/clean-text';
import type { SurfaceState } from '../core/derive';
import { incidentUrl } from '../core/links';
import type { Incident } from '../core/types';
import { formatDuration } from '../core/words';
import { formatTime } from '../shared/format-time';

const IMPACT_WORDS: Record<Incident['impact'], string> = {
  none: 'No impact', minor: 'Minor impact', major: 'Major impact', critical: 'Critical impact',
  maintenance: 'Maintenance', unknown: 'Impact not stated',
};


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
          ? `${formatTime(Date.parse(i.scheduledFor), now)}${i.scheduledUntil ? ` – ${formatTime(Date.parse(i.scheduledUntil), now)}` : ''}`
          : null;
        return (
          <article key={i.id} class="incident">
            <h3><a href={incidentUrl(origin, i)} target="_blank" rel="noreferrer">{cleanText(i.name, 200)}</a></h3>
            <p class="meta">
              <span class="stage">{STAGE_WORDS[i.stage]}</span>
              {!maintenance && <span>{IMPACT_WORDS[i.impact]}</span>}
              {window && <span>{window}</span>}
              {!maintenance && !Number.isNaN(started) && <span>for {formatDuration(now - started)}</span>}
            </p>
            {names.length > 0 && <p class="affects">Affects: {names.join(', ')}</p>}
            {i.latest && i.latest.body && (
              <p class="update">
                {i.latest.at && <time dateTime={i.latest.at}>{formatTime(Date.parse(i.latest.at), now)}: </time>}
                {cleanText(i.latest.body, 600)}
              </p>
            )}
          </article>
        );
      })}
    </section>
  );
}
