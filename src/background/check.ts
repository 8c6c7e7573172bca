import { type BannerView, decideBanner } from '../core/banner';
import { type LocalSignal, NO_SIGNAL, type SignalEnd, stepSignal } from '../core/sensing/local-signal';
import { afterCheck, backoffMs, cadenceMinutes, originFor, type PollMeta, resumeDelayMs } from '../core/polling';
import type { Settings } from '../core/settings';
import { freshnessOf, type StatusState } from '../core/source';
import { FALLBACK_ORIGIN, STATUS_ORIGIN } from '../shared/config';
import {
  loadBanner, loadHistory, loadNotifier, loadPollMeta, loadSettings, loadSignal, loadStatus, loadWindow, saveCheck,
  savePollMeta, saveSignal, saveWindow,
} from '../shared/status-store';
import { applyBadge } from './apply-badge';
import { fetchAndFold } from './fetch-flow';
import { advanceHistory } from './history-step';
import { flushNotice } from './notifications';
import { notifyStep } from './notify-step';
import { ensureAlarm, scheduleResume, scheduleRetry } from './schedule';

let inFlight: Promise<void> | null = null;
let queued: Promise<void> | null = null;

const HIDDEN: BannerView = { kind: 'hidden', wasAffected: false };

/** The banner for a status and the local signal, unless the person turned the banner off. */
export function bannerFor(
  prev: BannerView, state: StatusState, settings: Settings, now: number, signal: LocalSignal, ended: SignalEnd = null,
): BannerView {
  return settings.bannerEnabled ? decideBanner(prev, state, now, STATUS_ORIGIN, signal, ended) : HIDDEN;
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
  const history = good && after.snapshot ? await advanceHistory(await loadHistory(), after.snapshot, origin, Date.now(), Math.random, fetched.deadline) : null;
  const [prevBanner, settings, memory, prevSignal, requests] = await Promise.all([
    loadBanner(), loadSettings(), loadNotifier(), loadSignal(), loadWindow(),
  ]);
  const now = Date.now();
  // The status page's new word decides whether the local signal rises (it confirms the network is up),
  // stays, or gives way to an official incident.
  const step = settings.sensing ? stepSignal(prevSignal, requests, after, now) : { signal: NO_SIGNAL, ended: null };
  const signal = step.signal;
  const result = after.error === null ? { ok: true as const } : { ok: false as const, kind: after.error.kind };
  const poll: PollMeta = {
    ...afterCheck(meta, result, origin, STATUS_ORIGIN, now),
    validators: fetched.validators,
    rephase: meta.rephase && !good,
  };
  const notifier = notifyStep(memory, after, settings, now);
  // Record before announcing: if the worker dies in between, the next wake shows it (flushNotice).
  await saveCheck(after, bannerFor(prevBanner, after, settings, now, signal, step.ended), notifier.memory, poll, history, signal);
  const period = cadenceMinutes(after, poll, now);
  await Promise.all([
    applyBadge(after, now, settings.watched, signal),
    good ? ensureAlarm(period, meta.rephase) : scheduleRetry(backoffMs(poll.failures, Math.random, fetched.retryAfterMs, period * 60_000), period, now),
    notifier.notice ? flushNotice() : undefined,
  ]);
}

/**
 * Repaints the toolbar from storage without touching the network, and shows a notification the last
 * check recorded but may not have shown: for a worker that just woke.
 */
export async function restoreBadge(): Promise<void> {
  void flushNotice().catch(() => undefined);
  const [state, settings, signal] = await Promise.all([loadStatus(), loadSettings(), loadSignal()]);
  await applyBadge(state, Date.now(), settings.watched, settings.sensing ? signal : NO_SIGNAL);
}

/** Settings changed: re-decide what is shown from what is stored, without a fetch. */
export async function reapplySettings(): Promise<void> {
  const [state, prevBanner, settings, stored] = await Promise.all([loadStatus(), loadBanner(), loadSettings(), loadSignal()]);
  const now = Date.now();
  // Turning the local signal off forgets what it counted, at once.
  const on = settings.sensing;
  const signal = on ? stored : NO_SIGNAL;
  await Promise.all([
    saveSignal(signal, bannerFor(prevBanner, state, settings, now, signal)),
    applyBadge(state, now, settings.watched, signal),
    on ? undefined : saveWindow(null),
  ]);
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
