import { type BannerView, decideBanner } from '../core/banner';
import { afterCheck, backoffMs, cadenceMinutes, originFor, type PollMeta, resumeDelayMs } from '../core/polling';
import type { Settings } from '../core/settings';
import { freshnessOf, type StatusState } from '../core/source';
import { FALLBACK_ORIGIN, STATUS_ORIGIN } from '../shared/config';
import {
  loadBanner, loadHistory, loadNotifier, loadPollMeta, loadSettings, loadStatus, saveBanner, saveCheck, savePollMeta,
} from '../shared/status-store';
import { applyBadge } from './apply-badge';
import { fetchAndFold } from './fetch-flow';
import { advanceHistory } from './history-step';
import { showNotice } from './notifications';
import { notifyStep } from './notify-step';
import { ensureAlarm, scheduleResume, scheduleRetry } from './schedule';

let inFlight: Promise<void> | null = null;
let queued: Promise<void> | null = null;

const HIDDEN: BannerView = { kind: 'hidden', wasAffected: false };

/** The banner for a status, unless the person turned the banner off. */
function bannerFor(prev: BannerView, state: StatusState, settings: Settings, now: number): BannerView {
  return settings.bannerEnabled ? decideBanner(prev, state, now, STATUS_ORIGIN) : HIDDEN;
}

/**
 * One check of the status page: fetch, fold into the stored status, store, show, schedule the next.
 * At most one runs at a time. An alarm during a check shares it; a Refresh (`force`: straight to
 * summary.json) during a check gets one more check right after it, since it asked for news from now,
 * and further Refreshes meanwhile share that one. These promises only de-duplicate: if the worker dies
 * they are gone, and nothing is lost, because everything that matters is read from and written to storage.
 */
export function checkNow(force = false): Promise<void> {
  if (!inFlight) {
    inFlight = runCheck(force).finally(() => {
      inFlight = null;
    });
    return inFlight;
  }
  if (!force) return inFlight;
  queued ??= inFlight.catch(() => undefined).then(() => {
    queued = null;
    return checkNow(true);
  });
  return queued;
}

async function runCheck(force: boolean): Promise<void> {
  const [before, meta] = await Promise.all([loadStatus(), loadPollMeta()]);
  const origin = originFor(meta, Date.now(), STATUS_ORIGIN, FALLBACK_ORIGIN);
  const fetched = await fetchAndFold(before, meta, origin, force);
  // Read the rest after the fetch: the options or the banner's dismissal may have changed meanwhile.
  const after = fetched.state;
  const good = after.error === null;
  const history = good && after.snapshot ? await advanceHistory(await loadHistory(), after.snapshot, origin, Date.now(), Math.random) : null;
  const [prevBanner, settings, memory] = await Promise.all([loadBanner(), loadSettings(), loadNotifier()]);
  const now = Date.now();
  const result = after.error === null ? { ok: true as const } : { ok: false as const, kind: after.error.kind };
  const poll: PollMeta = {
    ...afterCheck(meta, result, origin, STATUS_ORIGIN, now),
    validators: fetched.validators,
    rephase: meta.rephase && !good,
  };
  const notifier = notifyStep(memory, after, settings, now);
  // Record before announcing: if the worker dies in between, a notification is lost, never repeated.
  await saveCheck(after, bannerFor(prevBanner, after, settings, now), notifier.memory, poll, history);
  const period = cadenceMinutes(after, poll, now);
  await Promise.all([
    applyBadge(after, now, settings.watched),
    good ? ensureAlarm(period, meta.rephase) : scheduleRetry(backoffMs(poll.failures, Math.random, fetched.retryAfterMs, period * 60_000), period, now),
    notifier.notice ? showNotice(notifier.notice) : undefined,
  ]);
}

/** Repaints the toolbar from storage without touching the network: for a worker that just woke. */
export async function restoreBadge(): Promise<void> {
  const [state, settings] = await Promise.all([loadStatus(), loadSettings()]);
  await applyBadge(state, Date.now(), settings.watched);
}

/** Settings changed: re-decide what is shown from what is stored, without a fetch. */
export async function reapplySettings(): Promise<void> {
  const [state, prevBanner, settings] = await Promise.all([loadStatus(), loadBanner(), loadSettings()]);
  const now = Date.now();
  await Promise.all([saveBanner(bannerFor(prevBanner, state, settings, now)), applyBadge(state, now, settings.watched)]);
}

/** A claude.ai page is in use: poll at the fast cadence for a while, without a fetch now. */
export async function noteClaudeActive(): Promise<void> {
  const [state, meta] = await Promise.all([loadStatus(), loadPollMeta()]);
  const now = Date.now();
  const next = { ...meta, claudeActiveAt: now };
  await savePollMeta(next);
  await ensureAlarm(cadenceMinutes(state, next, now));
}

/** After a browser start, an update or a wake: schedule the next check without a burst. */
export async function resumePolling(): Promise<void> {
  const [state, meta] = await Promise.all([loadStatus(), loadPollMeta()]);
  const now = Date.now();
  const period = cadenceMinutes(state, meta, now);
  const { delayMs, rephase } = resumeDelayMs(freshnessOf(state, now).fresh, period, Math.random);
  if (rephase !== meta.rephase) await savePollMeta({ ...meta, rephase });
  scheduleResume(delayMs, period);
}
