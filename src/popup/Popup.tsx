import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { BackAlert } from '../core/back-alert';
import { hostPattern } from '../core/host-pattern';
import type { History } from '../core/history';
import { decideCards } from '../core/popup-cards';
import { decideHero } from '../core/popup-view';
import type { LocalSignal } from '../core/sensing/local-signal';
import { freshnessOf, type StatusState } from '../core/source';
import { CLAUDE_AI } from '../core/surfaces';
import browser from '../shared/browser';
import { FALLBACK_ORIGIN, STATUS_ORIGIN } from '../shared/config';
import { i18n, t } from '../shared/i18n';
import type { MessageMap } from '../shared/messages';
import {
  loadPopupData, onBackAlertChanged, onHistoryChanged, onSignalChanged, onStatusChanged, type PopupData,
} from '../shared/status-store';
import { BrandMark, RefreshIcon, SettingsIcon } from './BrandMark';
import { HeroCard } from './Hero';
import { HistoryRows } from './HistoryRows';
import { IncidentList } from './IncidentList';
import { SurfaceList } from './SurfaceList';

/** Ticks every few seconds so "checked 40 s ago" stays true while the popup is open. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * The popup: first drawn with stored data already read (main.tsx reads it before rendering, so the first
 * paint has content and no spinner), then follows storage. It never fetches the status page itself. Built
 * to answer "what is wrong and what do I do" in one look: a hero card in the badge's colour with the
 * advice under it, every service, then at most two incident cards, worst first.
 */
export function Popup({ initial }: { initial: PopupData }) {
  const [state, setState] = useState<StatusState>(initial.state);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<History>(initial.history);
  const [signal, setSignal] = useState<LocalSignal>(initial.signal);
  const [backAlert, setBackAlert] = useState<BackAlert | null>(initial.backAlert);
  const now = useNow(5000);
  useEffect(() => {
    const unsubscribe = [onStatusChanged(setState), onHistoryChanged(setHistory), onSignalChanged(setSignal), onBackAlertChanged(setBackAlert)];
    // Anything stored between the first read and these subscriptions is read once more.
    void loadPopupData().then((data) => {
      setHistory(data.history);
      setSignal(data.signal);
      setBackAlert(data.backAlert);
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
  const hero = decideHero(state, now, i18n, signal);
  const local = hero.tone === 'local' && signal.kind === 'failing' ? signal : null;
  // In trouble the advice takes the room of a second card: one card, the rest counted (fits 380x600).
  const cards = snapshot ? decideCards(snapshot.incidents, snapshot.maintenances, now, hero.advice ? 1 : 2) : null;
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
      <HeroCard hero={hero} state={state} freshness={freshness} signal={local} now={now} backAlert={backAlert} onGrant={() => void grant()} />
      {snapshot && cards && (
        // Not current: the whole block dims evenly, names, statuses and cards alike.
        <div class={freshness.fresh ? 'body' : 'body stale'}>
          <SurfaceList surfaces={snapshot.surfaces} stale={!freshness.fresh} now={now} localKey={local ? CLAUDE_AI : null} />
          <IncidentList cards={cards} surfaces={snapshot.surfaces} origin={STATUS_ORIGIN} now={now} />
          <HistoryRows history={history} surfaces={snapshot.surfaces} now={now} />
        </div>
      )}
    </>
  );
}
