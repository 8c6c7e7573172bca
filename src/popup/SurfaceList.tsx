import type { SurfaceState } from '../core/derive';
import { COLOURS, isAffected } from '../core/severity';
import { statusWord } from '../core/words';
import { timeAndAgo } from '../shared/format-time';
import { i18n, t } from '../shared/i18n';

/** Each surface with its status in words (the dot is decoration), and since when if affected. */
export function SurfaceList({ surfaces, stale, now }: { surfaces: SurfaceState[]; stale: boolean; now: number }) {
  return (
    <ul class={`surfaces${stale ? ' stale' : ''}`} aria-label={stale ? t('surfacesStaleLabel') : t('surfacesLabel')}>
      {surfaces.map((s) => {
        const since = isAffected(s.status) ? timeAndAgo(i18n, s.since, now) : null;
        return (
        <li key={s.key} class={isAffected(s.status) ? 'affected' : ''}>
          <span class="dot" style={{ background: COLOURS[s.status].background }} aria-hidden="true" />
          <span class="name">{s.label}</span>
          <span class="status">
            {statusWord(i18n, s.status)}
            {since && <small>{t('sinceTime', [since])}</small>}
          </span>
        </li>
        );
      })}
    </ul>
  );
}
