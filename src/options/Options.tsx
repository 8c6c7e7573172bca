import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { loadSettings, saveSettings } from '../shared/status-store';

/** Settings, saved as soon as they change; the background re-applies them without a fetch. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  const update = (next: Settings): void => {
    setSettings(next);
    void saveSettings(next);
  };
  return (
    <>
      <h1>Claude Status Notifier</h1>
      <label>
        <input
          type="checkbox"
          checked={settings.bannerEnabled}
          onChange={(e) => update({ ...settings, bannerEnabled: e.currentTarget.checked })}
        />
        Show a banner on claude.ai during an outage that affects it
      </label>
      <p class="hint">
        It advises you not to clear cookies, log out or reinstall while claude.ai is down, and tells you when
        it has recovered. {DEFAULT_SETTINGS.bannerEnabled ? 'On by default.' : ''}
      </p>
    </>
  );
}
