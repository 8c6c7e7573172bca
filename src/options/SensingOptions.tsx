import type { Settings } from '../core/settings';
import { t } from '../shared/i18n';

interface Props {
  settings: Settings;
  update: (next: Settings) => void;
}

/**
 * The local signal: on by default. It reads only what the claude.ai content script already sees, so
 * turning it on or off asks the browser for nothing; off, nothing is counted and what was is forgotten.
 */
export function SensingOptions({ settings, update }: Props) {
  return (
    <fieldset>
      <legend>{t('localLegend')}</legend>
      <label>
        <input type="checkbox" checked={settings.sensing} onChange={(e) => update({ ...settings, sensing: e.currentTarget.checked })} />
        {t('localToggle')}
      </label>
      <p class="hint">{t('localHint')}</p>
    </fieldset>
  );
}
