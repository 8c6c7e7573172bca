import { useEffect, useState } from 'preact/hooks';
import { freshnessOf, type StatusState } from '../core/source';
import { COLOURS } from '../core/severity';
import { formatDuration, SOURCE_ERROR_WORDS, STATUS_WORDS } from '../core/words';
import browser from '../shared/browser';
import { STATUS_ORIGIN } from '../shared/config';
import type { MessageMap } from '../shared/messages';
import { loadStatus, onStatusChanged } from '../shared/status-store';

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
  const f = freshnessOf(state, now);
  if (f.fresh) return `Checked ${formatDuration(now - (state.checkedAt ?? now))} ago`;
  const since = f.since === null ? '' : ` (for ${formatDuration(now - f.since)})`;
  return `Status unknown: ${SOURCE_ERROR_WORDS[f.reason]}${since}`;
}

export function Popup() {
  const [state, setState] = useState<StatusState | null>(null);
  const [busy, setBusy] = useState(false);
  const now = useNow(5000);
  useEffect(() => {
    void loadStatus().then(setState);
    return onStatusChanged(setState);
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

  if (!state) return null;
  const fresh = freshnessOf(state, now).fresh;
  return (
    <>
      <h1>Claude status</h1>
      <p class="freshness" role="status">{freshnessText(state, now)}</p>
      {state.snapshot && (
        <ul class={fresh ? '' : 'stale'} aria-label={fresh ? 'Surfaces' : 'Surfaces (stale)'}>
          {state.snapshot.surfaces.map((s) => (
            <li key={s.key}>
              <span class="dot" style={{ background: COLOURS[s.status].background }} aria-hidden="true" />
              <span class="name">{s.label}</span>
              <span class="status">{STATUS_WORDS[s.status]}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="actions">
        <button type="button" onClick={() => void refresh()} disabled={busy}>
          {busy ? 'Refreshing…' : 'Refresh'}
        </button>
        <a href={STATUS_ORIGIN} target="_blank" rel="noreferrer">Full status page</a>
      </p>
    </>
  );
}
