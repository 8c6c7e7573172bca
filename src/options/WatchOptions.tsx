import type { SurfaceState } from '../core/derive';
import type { Settings } from '../core/settings';
import { t } from '../shared/i18n';

/** Which surfaces drive the badge, the icon and notifications; all of them unless the person chooses. */
export function WatchOptions({ settings, surfaces, update }: { settings: Settings; surfaces: SurfaceState[]; update: (s: Settings) => void }) {
  if (surfaces.length === 0) return null;
  const watching = (key: string): boolean => settings.watched === null || settings.watched.includes(key);
  const toggle = (key: string, on: boolean): void => {
    const current = settings.watched ?? surfaces.map((s) => s.key);
    const next = on ? [...new Set([...current, key])] : current.filter((k) => k !== key);
    // Everything watched is stored as "all", so surfaces the page adds later are watched too.
    update({ ...settings, watched: surfaces.every((s) => next.includes(s.key)) ? null : next });
  };
  return (
    <fieldset>
      <legend>{t('watchLegend')}</legend>
      <p class="hint">{t('watchHint')}</p>
      <ul aria-label={t('watchLegend')}>
        {surfaces.map((s) => (
          <li key={s.key}>
            <label>
              <input type="checkbox" checked={watching(s.key)} onChange={(e) => toggle(s.key, e.currentTarget.checked)} />
              {s.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
