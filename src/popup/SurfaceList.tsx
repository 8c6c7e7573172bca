import type { SurfaceState } from '../core/derive';
import { COLOURS, isAffected } from '../core/severity';
import { formatDuration, statusWord } from '../core/words';
import { i18n, t } from '../shared/i18n';

/**
 * Each service with its status in words (the dot is decoration). Name and status are each one
 * unbreakable phrase on a shared baseline: when a row is too narrow, the status moves whole to the next
 * line instead of wrapping word by word. How long is on hover here and in words on the incident card:
 * in German a duration on every row made each row two lines and pushed the popup past 600 px.
 */
export function SurfaceList({ surfaces, stale, now, localKey }: { surfaces: SurfaceState[]; stale: boolean; now: number; localKey: string | null }) {
  return (
    <ul class="surfaces" aria-label={stale ? t('surfacesStaleLabel') : t('surfacesLabel')}>
      {surfaces.map((s) => {
        const local = s.key === localKey;
        // How long, in a few characters: the exact time is one hover or one click away (the incident).
        const start = isAffected(s.status) && s.since !== null ? Date.parse(s.since) : NaN;
        const lasted = Number.isNaN(start) ? null : formatDuration(now - start, i18n.locale);
        return (
          <li key={s.key} class={isAffected(s.status) || local ? 'affected' : ''}>
            <span class="name">
              <span class={`dot ${s.status}${local ? ' local' : ''}`} style={{ background: COLOURS[local ? 'local-failing' : s.status].background }} aria-hidden="true" />
              {s.label}
            </span>
            <span class="status" title={lasted ? t('lastedFor', [lasted]) : undefined}>{local ? t('surfaceStatusLocal') : statusWord(i18n, s.status)}</span>
          </li>
        );
      })}
    </ul>
  );
}
