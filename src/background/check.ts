import { type BannerView, decideBanner } from '../core/banner';
import { foldOutcome } from '../core/check';
import type { Settings } from '../core/settings';
import type { StatusState } from '../core/source';
import { STATUS_ORIGIN, SUMMARY_URL } from '../shared/config';
import { loadBanner, loadSettings, loadStatus, saveBanner, saveCheck } from '../shared/status-store';
import { applyBadge } from './apply-badge';
import { fetchStatus } from './fetch-status';
import { cadenceMinutes, ensureAlarm } from './schedule';

let inFlight: Promise<void> | null = null;

const HIDDEN: BannerView = { kind: 'hidden', wasAffected: false };

/** The banner for a status, unless the person turned the banner off. */
function bannerFor(prev: BannerView, state: StatusState, settings: Settings, now: number): BannerView {
  return settings.bannerEnabled ? decideBanner(prev, state, now, STATUS_ORIGIN) : HIDDEN;
}

/**
 * One check of the status page: fetch, fold into the stored status, store, show, adjust the cadence.
 * Concurrent callers (alarm, Refresh, startup) share the check under way, so at most one request is
 * in flight. That promise is only a de-duplication aid: if the worker dies it is gone, and nothing is
 * lost, because everything that matters was read from and written to storage.
 */
export function checkNow(): Promise<void> {
  inFlight ??= runCheck().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function runCheck(): Promise<void> {
  const outcome = await fetchStatus(SUMMARY_URL);
  // Read state after the fetch: another context may have written while we waited.
  const [before, prevBanner, settings] = await Promise.all([loadStatus(), loadBanner(), loadSettings()]);
  const now = Date.now();
  const after = foldOutcome(before, outcome, STATUS_ORIGIN, now);
  await saveCheck(after, bannerFor(prevBanner, after, settings, now));
  await Promise.all([applyBadge(after, now), ensureAlarm(cadenceMinutes(after))]);
}

/** Repaints the toolbar from storage without touching the network: for a worker that just woke. */
export async function restoreBadge(): Promise<void> {
  await applyBadge(await loadStatus(), Date.now());
}

/** Settings changed: re-decide what is shown from what is stored, without a fetch. */
export async function reapplySettings(): Promise<void> {
  const [state, prevBanner, settings] = await Promise.all([loadStatus(), loadBanner(), loadSettings()]);
  const now = Date.now();
  await Promise.all([saveBanner(bannerFor(prevBanner, state, settings, now)), applyBadge(state, now)]);
}
