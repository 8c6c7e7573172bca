import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { LOCAL_PERMISSIONS } from '../shared/local-permissions';

interface Props {
  settings: Settings;
  update: (next: Settings) => void;
}

/**
 * The opt-in local signal. On only when the setting is on and this browser granted the permissions
 * (settings sync across browsers, permissions do not). The permission is asked for in the click itself,
 * since browsers show the prompt only for a user action, and given back when the option is turned off.
 */
export function LocalSignalOptions({ settings, update }: Props) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const recheck = (): void => void browser.permissions.contains(LOCAL_PERMISSIONS).then(setGranted, () => setGranted(false));
    recheck();
    browser.permissions.onAdded.addListener(recheck);
    browser.permissions.onRemoved.addListener(recheck);
    return () => {
      browser.permissions.onAdded.removeListener(recheck);
      browser.permissions.onRemoved.removeListener(recheck);
    };
  }, []);
  const on = settings.localSignal && granted === true;

  const toggle = async (want: boolean): Promise<void> => {
    if (want) {
      const ok = await browser.permissions.request(LOCAL_PERMISSIONS).catch(() => false);
      setGranted(ok);
      setRefused(!ok);
      if (ok) update({ ...settings, localSignal: true });
      return;
    }
    setRefused(false);
    update({ ...settings, localSignal: false });
    // A test build grants these at install and cannot give them back; the setting alone then stops counting.
    if (await browser.permissions.remove(LOCAL_PERMISSIONS).catch(() => false)) setGranted(false);
  };

  return (
    <fieldset>
      <legend>{t('localLegend')}</legend>
      <label>
        <input type="checkbox" checked={on} onClick={(e) => void toggle(e.currentTarget.checked)} />
        {t('localToggle')}
      </label>
      <p class="hint">{t('localHint')}</p>
      {refused && <p class="hint" role="alert">{t('localRefused')}</p>}
      {settings.localSignal && granted === false && !refused && <p class="hint">{t('localElsewhere')}</p>}
    </fieldset>
  );
}
