import type { SurfaceState } from '../core/derive';
import type { Settings } from '../core/settings';
import { t } from '../shared/i18n';

interface Props { settings: Settings; surfaces: SurfaceState[]; update: (s: Settings) => void }

/**
 * Each service once, with two choices beside it: does the badge follow it, and does it notify. One table
 * instead of two lists of the same names.
 */
export function ServiceOptions({ settings, surfaces, update }: Props) {
  if (surfaces.length === 0) return null;
  const watching = (key: string): boolean => settings.watched === null || settings.watched.includes(key);
  const watch = (key: string, on: boolean): void => {
    const current = settings.watched ?? surfaces.map((s) => s.key);
    const next = on ? [...new Set([...current, key])] : current.filter((k) => k !== key);
    // Everything watched is stored as "all", so services the page adds later are watched too.
    update({ ...settings, watched: surfaces.every((s) => next.includes(s.key)) ? null : next });
  };
  const notify = (key: string, on: boolean): void => update({
    ...settings, mutedSurfaces: on ? settings.mutedSurfaces.filter((k) => k !== key) : [...settings.mutedSurfaces, key],
  });
  return (
    <fieldset>
      <legend>{t('watchLegend')}</legend>
      <p class="hint">{t('watchHint')}</p>
      <table class="services">
        <thead>
          <tr><th scope="col">{t('serviceColumn')}</th><th scope="col">{t('watchColumn')}</th><th scope="col">{t('notifyColumn')}</th></tr>
        </thead>
        <tbody>
          {surfaces.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.label}</th>
              <td>
                <input type="checkbox" aria-label={t('watchOne', [s.label])} checked={watching(s.key)}
                  onChange={(e) => watch(s.key, e.currentTarget.checked)} />
              </td>
              <td>
                {/* Off with notifications as a whole: the column says what would notify, once they are on. */}
                <input type="checkbox" aria-label={t('notifyOne', [s.label])} checked={!settings.mutedSurfaces.includes(s.key)}
                  disabled={!settings.notifications} onChange={(e) => notify(s.key, e.currentTarget.checked)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
