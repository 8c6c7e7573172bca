import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { decideBadge } from '../core/badge';
import { hostPattern } from '../core/host-pattern';
import type { History } from '../core/history';
import type { LocalSignal } from '../core/sensing/local-signal';
import { freshnessOf, type StatusState } from '../core/source';
import { agoWords } from '../core/time-words';
import { formatDuration } from '../core/words';
import browser from '../shared/browser';
import { FALLBACK_ORIGIN, STATUS_ORIGIN } from '../shared/config';
import { timeAndAgo } from '../shared/format-time';
import { i18n, t } from '../shared/i18n';
import type { MessageMap } from '../shared/messages';
import { loadPopupData, type PopupData, onHistoryChanged, onSignalChanged, onStatusChanged } from '../shared/status-store';
import { BrandMark, RefreshIcon, SettingsIcon } from './BrandMark';
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
  if (f.fresh) return t('freshnessChecked', [agoWords(i18n, now - (state.checkedAt ?? now))]);
  // The verdict above already says why: this line says for how long, and how old what is shown is.
  const head = f.since === null ? '' : t('unknownFor', [d(now - f.since)]);
  return [head, state.snapshot ? t('freshnessShowingOld', [agoWords(i18n, now - state.snapshot.fetchedAt)]) : ''].filter(Boolean).join(' ');
}

/**
 * The popup: first drawn with stored data already read (main.tsx reads it before rendering, so the first
 * paint has content and no spinner), then follows storage. It never fetches the status page itself. Built
 * to answer "is it me or them, and what do I do" within 600 px: the verdict, every surface and the
 * buttons are always in view; an incident's latest update and the 14-day history fold away.
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
    if (busy) return;
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
    const origins = [STATUS_ORIGIN, FALLBACK_ORIGIN].map(hostPattern);
    if (await browser.permissions.request({ origins }).catch(() => false)) await refresh();
  };

  const freshness = freshnessOf(state, now);
  const snapshot = state.snapshot;
  const badge = decideBadge(state, now, i18n, null, signal);
  // The one verdict about claude.ai, the tooltip's first line; as a live region it speaks only when it changes.
  const verdict = badge.title.split('\n')[0];
  const maintenances = snapshot?.maintenances ?? [];
  const active = maintenances.filter((m) => m.stage === 'in_progress' || m.stage === 'verifying');
  // Upcoming: starts within a day and has not already ended (a window long past is stale news).
  const upcoming = maintenances.filter((m) => m.stage === 'scheduled' && m.scheduledFor !== null
    && Date.parse(m.scheduledFor) - now <= DAY && (m.scheduledUntil === null || Date.parse(m.scheduledUntil) > now));
  return (
    <>
      <header class="top">
        <BrandMark />
        <h1>{t('popupHeading')}</h1>
        {/* aria-disabled, not disabled: a disabled button loses keyboard focus, which would drop to the page. */}
        <button type="button" class="icon" onClick={() => void refresh()} aria-disabled={busy} aria-label={busy ? t('refreshing') : t('refresh')} title={t('refresh')}>
          <RefreshIcon />
        </button>
        <button type="button" class="icon" aria-label={t('optionsLink')} title={t('optionsLink')} onClick={() => void browser.runtime.openOptionsPage()}>
          <SettingsIcon />
        </button>
      </header>
      <section class={`verdict ${badge.verdict.kind}`} aria-label={t('verdictRegion')}>
        <p class="verdict-line" role="status" aria-live="polite">{verdict}</p>
        {badge.locallyFailing && signal.kind === 'failing' && (
          <p class="local-detail">
            {t('localCounts', [signal.failed, signal.total])} {t('sinceSentence', [timeAndAgo(i18n, signal.since, now) ?? ''])}
          </p>
        )}
        <p class={`freshness${freshness.fresh ? '' : ' unknown'}`}>
          {freshnessText(state, now)} <a href={STATUS_ORIGIN} target="_blank" rel="noreferrer">{t('fullStatusPage')}</a>
        </p>
        {!freshness.fresh && freshness.reason === 'no-permission' && (
          <button type="button" class="primary" onClick={() => void grant()}>{t('grantAccess')}</button>
        )}
      </section>
      {snapshot && (
        <>
          <SurfaceList surfaces={snapshot.surfaces} stale={!freshness.fresh} now={now} localKey={badge.locallyFailing} />
          {/* At most two cards in all (incidents first): more are counted, never pushed below the fold. */}
          <IncidentList heading={t('openIncidents')} incidents={snapshot.incidents} surfaces={snapshot.surfaces} origin={STATUS_ORIGIN} now={now} limit={2} />
          <IncidentList heading={t('maintenanceNow')} incidents={active} surfaces={snapshot.surfaces} origin={STATUS_ORIGIN} now={now} maintenance
            limit={2 - Math.min(2, snapshot.incidents.length)} />
          <IncidentList heading={t('maintenanceSoon')} incidents={upcoming} surfaces={snapshot.surfaces} origin={STATUS_ORIGIN} now={now} maintenance
            limit={2 - Math.min(2, snapshot.incidents.length + active.length)} />
          <HistoryRows history={history} surfaces={snapshot.surfaces} now={now} />
        </>
      )}
    </>
  );
}
