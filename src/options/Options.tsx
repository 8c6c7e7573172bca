import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { StatusState } from '../core/source';
import { t } from '../shared/i18n';
import { loadSettings, loadStatus, onStatusChanged, saveSettings } from '../shared/status-store';
import { BrandMark } from '../popup/BrandMark';
import { SensingOptions } from './SensingOptions';
import { NotificationOptions } from './NotificationOptions';
import { ServiceOptions } from './ServiceOptions';

/** Settings, saved as soon as they change; the background re-applies them without a fetch. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<StatusState | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadStatus().then(setStatus);
    return onStatusChanged(setStatus);
  }, []);
  if (!settings) return null;
  const update = (next: Settings): void => {
    setSettings(next);
    void saveSettings(next);
  };
  const snapshot = status?.snapshot;
  return (
    <>
      <h1><BrandMark />{t('extName')}</h1>
      <fieldset>
        <legend>{t('bannerLegend')}</legend>
        <label>
          <input type="checkbox" checked={settings.bannerEnabled}
            onChange={(e) => update({ ...settings, bannerEnabled: e.currentTarget.checked })} />
          {t('bannerToggle')}
        </label>
        <p class="hint">{t('bannerHint')}</p>
        <label>
          <input type="checkbox" checked={settings.logoutGuard}
            onChange={(e) => update({ ...settings, logoutGuard: e.currentTarget.checked })} />
          {t('guardToggle')}
        </label>
      </fieldset>
      <NotificationOptions settings={settings} update={update} now={Date.now()}
        openIncidents={snapshot?.incidents.map((i) => i.id) ?? []} />
      <ServiceOptions settings={settings} update={update} surfaces={snapshot?.surfaces ?? []} />
      <SensingOptions settings={settings} update={update} />
    </>
  );
}
