import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { decideBadge } from '../core/badge';
import { freshnessOf, type StatusState } from '../core/source';
import { formatDuration, sourceErrorWord } from '../core/words';
import type { LocalSignal } from '../core/sensing/local-signal';
import browser from '../shared/browser';
import { FALLBACK_ORIGIN, STATUS_ORIGIN } from '../shared/config';
import type { MessageMap } from '../shared/messages';
import type { History } from '../core/history';
import { timeAndAgo } from '../shared/format-time';
import { i18n, t } from '../shared/i18n';
import { loadPopupData, type PopupData, onHistoryChanged, onSignalChanged, onStatusChanged } from '../shared/status-store';
import { HistoryRows } from './HistoryRows';
import { IncidentList } from './IncidentList';
import { SurfaceList } from './SurfaceList';

const DAY = 24 * 3_600_000;

/** Ticks every few seconds so "checked 40 s ago" stays true while the popup is open. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function freshnessText(state: StatusState, now: number): string {
  const d = (ms: number): string => formatDuration(ms, i18n.locale);
  const f = freshnessOf(state, now);
  if (f.fresh) return t('freshnessChecked', [d(now - (state.checkedAt ?? now))]);
  const reason = sourceErrorWord(i18n, f.reason);
  const head = f.since === null ? t('freshnessUnknown', [reason]) : t('freshnessUnknownFor', [reason, d(now - f.since)]);
  return state.snapshot ? `${head} ${t('freshnessShowingOld', [d(now - state.snapshot.fetchedAt)])}` : head;
}

/**
 * The popup: first drawn with stored data already read (main.tsx reads it before rendering, so the first
 * paint has content and no spinner), then follows storage. It never fetches the status page itself.
 */
export function Popup({ initial }: { initial: PopupData }) {
  const [state, setState] = useState<StatusState>(initial.state);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<History>(initial.history);
  const [signal, setSignal] = useState<LocalSignal>(initial.signal);
  const now = useNow(5000);
  useEffect(() => {
    const unsubscribe = [onStatusChanged(setState), onHistoryChanged(setHistory), onSignalChanged(setSignal)];
    // Anything stored between the first read and these subscriptions is read once more.
    void loadPopupData().then((data) => {
      setHistory(data.history);
      setSignal(data.signal);
      setState(data.state);
    });
    return () => unsubscribe.forEach((u) => u());
  }, []);
  // For the benchmark: the moment stored data is in the DOM (a layout effect runs before the paint).
  useLayoutEffect(() => {
    if (performance.getEntriesByName('popup-rendered').length === 0) performance.mark('popup-rendered');
  }, []);

  const refresh = async (): Promise<void> => {
    setBusy(true);
    try {
      const request: MessageMap['refresh']['request'] = { type: 'refresh' };
      await browser.runtime.sendMessage(request);
    } finally {
      setBusy(false);
    }
  };

  // Firefox lets a person take back the status page's host permission: offer it back, in a click (browsers
  // ask only on a user action), then check at once.
  const grant = async (): Promise<void> => {
    const origins = [STATUS_ORIGIN, FALLBACK_ORIGIN].map((o) => `${new URL(o).protocol}//${new URL(o).hostname}/*`);
    if (await browser.permissions.request({ origins }).catch(() => false)) await refresh();
  };

  const freshness = freshnessOf(state, now);
  const fresh = freshness.fresh;
  const snapshot = state.snapshot;
  // The one verdict about claude.ai, the tooltip's first line; as a live region it speaks only when it changes.
  const badge = decideBadge(state, now, i18n, null, signal);
  const headline = badge.title.split('\n')[0];
  const maintenances = snapshot?.maintenances ?? [];
  const active = maintenances.filter((m) => m.stage === 'in_progress' || m.stage === 'verifying');
  // Upcoming: starts within a day and has not already ended (a window long past is stale news).
  const upcoming = maintenances.filter((m) => m.stage === 'scheduled' && m.scheduledFor !== null
    && Date.parse(m.scheduledFor) - now <= DAY && (m.scheduledUntil === null || Date.parse(m.scheduledUntil) > now));
  return (
    <>
      <header>
        <h1>{t('popupHeading')}</h1>
        <p class="headline" role="status" aria-live="polite">{headline}</p>
        <p class={`freshness${fresh ? '' : ' unknown'}`}>{freshnessText(state, now)}</p>
        {!freshness.fresh && freshness.reason === 'no-permission' && (
          <button type="button" onClick={() => void grant()}>{t('grantAccess')}</button>
        )}
      </header>
      {badge.locallyFailing && signal.kind === 'failing' && (
        <section class="local" aria-label={t('localRegion')}>
          <p>{t('localCounts', [signal.failed, signal.total])}</p>
          <p class="meta">{t('sinceTime', [timeAndAgo(i18n, signal.since, now) ?? ''])}</p>
        </section>
      )}
      {snapshot && (
        <>
          <SurfaceList surfaces={snapshot.surfaces} stale={!fresh} now={now} />
          <IncidentList heading={t('openIncidents')} incidents={snapshot.incidents} surfaces={snapshot.surfaces} origin={STATUS_ORIGIN} now={now} />
          <IncidentList heading={t('maintenanceNow')} incidents={active} surfaces={snapshot.surfaces} origin={STATUS_ORIGIN} now={now} maintenance />
          <IncidentList heading={t('maintenanceSoon')} incidents={upcoming} surfaces={snapshot.surfaces} origin={STATUS_ORIGIN} now={now} maintenance />
          <HistoryRows history={history} surfaces={snapshot.surfaces} now={now} />
        </>
      )}
      <p class="actions">
        <button type="button" onClick={() => void refresh()} disabled={busy}>
          {busy ? t('refreshing') : t('refresh')}
        </button>
        <a href={STATUS_ORIGIN} target="_blank" rel="noreferrer">{t('fullStatusPage')}</a>
        <a href="#" onClick={(e) => {
          e.preventDefault();
          void browser.runtime.openOptionsPage();
        }}>{t('optionsLink')}</a>
      </p>
    </>
  );
}
