import { useEffect, useRef } from 'preact/hooks';
import type { SurfaceState } from '../core/derive';
import type { Settings } from '../core/settings';
import { t } from '../shared/i18n';

const HOUR = 3_600_000;
const toTime = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const fromTime = (t: string): number | null => {
  const match = /^(\d{2}):(\d{2})$/.exec(t);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
};

interface Props {
  settings: Settings;
  surfaces: SurfaceState[];
  openIncidents: string[];
  now: number;
  update: (next: Settings) => void;
}

/** Notification settings: on/off, recoveries, per surface, snooze and quiet hours. */
export function NotificationOptions({ settings, surfaces, openIncidents, now, update }: Props) {
  const snoozed = (settings.snoozeUntil !== null && settings.snoozeUntil > now)
    || settings.snoozeIncidents.some((id) => openIncidents.includes(id));
  // The snooze buttons swap for "End snooze" and back: focus follows to the button that took their place,
  // instead of dropping to the page (keyboard and screen-reader users would lose their place).
  const swapped = useRef(false);
  const wasSnoozed = useRef(snoozed);
  const snoozeRow = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (wasSnoozed.current === snoozed) return;
    wasSnoozed.current = snoozed;
    if (!swapped.current) return;
    swapped.current = false;
    snoozeRow.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [snoozed]);
  const swap = (next: Settings): void => {
    swapped.current = true;
    update(next);
  };
  const quiet = settings.quietHours;
  const setQuiet = (part: 'start' | 'end', value: string): void => {
    const minutes = fromTime(value);
    if (minutes === null) return;
    update({ ...settings, quietHours: { start: quiet?.start ?? 22 * 60, end: quiet?.end ?? 7 * 60, [part]: minutes } });
  };
  return (
    <fieldset>
      <legend>{t('notifyLegend')}</legend>
      <label>
        <input type="checkbox" checked={settings.notifications}
          onChange={(e) => update({ ...settings, notifications: e.currentTarget.checked })} />
        {t('notifyToggle')}
      </label>
      <label>
        <input type="checkbox" checked={settings.recoveryNotifications} disabled={!settings.notifications}
          onChange={(e) => update({ ...settings, recoveryNotifications: e.currentTarget.checked })} />
        {t('notifyRecovery')}
      </label>
      {surfaces.length > 0 && <p class="caption" aria-hidden="true">{t('notifyAbout')}</p>}
      {surfaces.length > 0 && (
        <ul aria-label={t('notifySurfacesLabel')}>
          {surfaces.map((s) => (
            <li key={s.key}>
              <label>
                <input type="checkbox" checked={!settings.mutedSurfaces.includes(s.key)} disabled={!settings.notifications}
                  onChange={(e) => update({
                    ...settings,
                    mutedSurfaces: e.currentTarget.checked
                      ? settings.mutedSurfaces.filter((k) => k !== s.key) : [...settings.mutedSurfaces, s.key],
                  })} />
                {s.label}
              </label>
            </li>
          ))}
        </ul>
      )}
      <p class="row" ref={snoozeRow}>
        {snoozed ? (
          <button type="button" onClick={() => swap({ ...settings, snoozeUntil: null, snoozeIncidents: [] })}>{t('snoozeEnd')}</button>
        ) : (
          <>
            <button type="button" onClick={() => swap({ ...settings, snoozeUntil: now + HOUR })}>{t('snoozeHour')}</button>
            <button type="button" disabled={openIncidents.length === 0}
              onClick={() => swap({ ...settings, snoozeIncidents: openIncidents })}>{t('snoozeIncident')}</button>
          </>
        )}
      </p>
      <label>
        <input type="checkbox" checked={quiet !== null}
          onChange={(e) => update({ ...settings, quietHours: e.currentTarget.checked ? { start: 22 * 60, end: 7 * 60 } : null })} />
        {t('quietHours')}
      </label>
      {quiet && (
        <p class="row">
          <label>{t('quietFrom')} <input type="time" value={toTime(quiet.start)} onChange={(e) => setQuiet('start', e.currentTarget.value)} /></label>
          <label>{t('quietTo')} <input type="time" value={toTime(quiet.end)} onChange={(e) => setQuiet('end', e.currentTarget.value)} /></label>
        </p>
      )}
    </fieldset>
  );
}
