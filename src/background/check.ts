import { type BannerView, decideBanner } from '../core/banner';
import { foldOutcome } from '../core/check';
import { type Notice, type NotifyMemory, stepNotifier } from '../core/notify';
import { notifyPrefs, type Settings } from '../core/settings';
import type { StatusState } from '../core/source';
import { STATUS_ORIGIN, SUMMARY_URL } from '../shared/config';
import { loadBanner, loadNotifier, loadSettings, loadStatus, saveBanner, saveCheck } from '../shared/status-store';
import { applyBadge } from './apply-badge';
import { fetchStatus } from './fetch-status';
import { showNotice } from './notifications';
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
  const [before, prevBanner, settings, memory] = await Promise.all([loadStatus(), loadBanner(), loadSettings(), loadNotifier()]);
  const now = Date.now();
  const after = foldOutcome(before, outcome, STATUS_ORIGIN, now);
  // Only a good answer reaches the notifier: "unknown" never notifies and never moves its memory.
  let notifier: { memory: NotifyMemory | null; notice: Notice | null } = { memory: null, notice: null };
  if (after.error === null && after.snapshot && after.snapshot.fetchedAt === now) {
    const local = new Date(now);
    notifier = stepNotifier(memory, after.snapshot, notifyPrefs(settings), {
      now, localMinutes: local.getHours() * 60 + local.getMinutes(), origin: STATUS_ORIGIN,
      formatTime: (ms) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(ms),
    });
  }
  // Record before announcing: if the worker dies in between, a notification is lost, never repeated.
  await saveCheck(after, bannerFor(prevBanner, after, settings, now), notifier.memory);
  await Promise.all([
    applyBadge(after, now), ensureAlarm(cadenceMinutes(after)), notifier.notice ? showNotice(notifier.notice) : undefined,
  ]);
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
