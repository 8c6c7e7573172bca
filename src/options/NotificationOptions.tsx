import { useEffect, useRef } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { formatTime } from '../shared/format-time';
import { i18n, t } from '../shared/i18n';

const HOUR = 3_600_000;
const toTime = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const fromTime = (t: string): number | null => {
  const match = /^(\d{2}):(\d{2})$/.exec(t);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
};

/** "Notifications are snoozed until 01:52.", or until the incident resolves. */
function untilWords(settings: Settings, now: number): string {
  if (settings.snoozeUntil !== null && settings.snoozeUntil > now) {
    return t('snoozedUntil', [formatTime(settings.snoozeUntil, now, i18n.locale)]);
  }
  return t('snoozedIncident');
}

interface Props {
  settings: Settings;
  openIncidents: string[];
  now: number;
  update: (next: Settings) => void;
}

/** Notification settings: on/off, recoveries, snooze (and until when) and quiet hours; per service in ServiceOptions. */
export function NotificationOptions({ settings, openIncidents, now, update }: Props) {
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
      <p class="row" ref={snoozeRow}>
        {snoozed ? (
          <>
            <span class="snoozed">{untilWords(settings, now)}</span>
            <button type="button" onClick={() => swap({ ...settings, snoozeUntil: null, snoozeIncidents: [] })}>{t('snoozeEnd')}</button>
          </>
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
