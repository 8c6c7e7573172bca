import type { SurfaceState } from '../core/derive';
import { COLOURS, isAffected } from '../core/severity';
import { statusWord } from '../core/words';
import { formatDuration } from '../core/words';
import { i18n, t } from '../shared/i18n';

/**
 * Each surface with its status in words (the dot is decoration), and since when if affected. A grid, so
 * the dot stays beside the first line of a name that wraps.
 */
export function SurfaceList({ surfaces, stale, now, localKey }: { surfaces: SurfaceState[]; stale: boolean; now: number; localKey: string | null }) {
  return (
    <ul class={`surfaces${stale ? ' stale' : ''}`} aria-label={stale ? t('surfacesStaleLabel') : t('surfacesLabel')}>
      {surfaces.map((s) => {
        const local = s.key === localKey;
        // How long, in a few characters: the exact time is one hover or one click away (the incident).
        const start = isAffected(s.status) && s.since !== null ? Date.parse(s.since) : NaN;
        const lasted = Number.isNaN(start) ? null : formatDuration(now - start, i18n.locale);
        return (
          <li key={s.key} class={isAffected(s.status) || local ? 'affected' : ''}>
            <span class={`dot ${s.status}${local ? ' local' : ''}`} style={{ background: COLOURS[local ? 'local-failing' : s.status].background }} aria-hidden="true" />
            <span class="name">{s.label}</span>
            <span class="status" title={lasted ? t('lastedFor', [lasted]) : undefined}>
              {local ? t('surfaceStatusLocal') : statusWord(i18n, s.status)}
              {lasted && <small> · {lasted}</small>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
