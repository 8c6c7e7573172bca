import { backoffMs, cadenceMinutes, EMPTY_META, originFor } from '../core/polling';
import { NO_SIGNAL } from '../core/sensing/local-signal';
import { DEFAULT_SETTINGS } from '../core/settings';
import { EMPTY_STATE, freshnessOf } from '../core/source';
import { FALLBACK_ORIGIN, STATUS_ORIGIN } from '../shared/config';
import {
  FORGET, loadHistory, loadNotifier, loadPollMeta, loadSettings, loadSignal, loadStatus, update,
} from '../shared/status-store';
import { BANNER, POLL, SETTINGS, SIGNAL, STATUS, WINDOW } from '../shared/stored-items';
import { flushBackAlert } from './back-alert';
import { applyBadge } from './apply-badge';
import { fetchAndFold } from './fetch-flow';
import { advanceHistory } from './history-step';
import { flushNotice, showNotice } from './notifications';
import { notifyStep } from './notify-step';
import { bannerFor, type Decided, recordCheck } from './record-check';
import { alarmFitsNow, checkSoon, ensureAlarm, resumeAlarm, scheduleRetry } from './schedule';

export { bannerFor };

let inFlight: Promise<void> | null = null;
let queued: Promise<void> | null = null;

/**
 * One check of the status page: fetch, fold into the stored status, store, show, schedule the next.
 * At most one runs at a time. An alarm during a check shares it; a Refresh (`force`: straight to
 * summary.json) during a check gets one more check right after it, since it asked for news from now,
 * and further Refreshes meanwhile share that one. These promises only de-duplicate: if the worker dies
 * they are gone, and nothing is lost, because everything that matters is read from and written to storage.
 * Never rejects: whatever fails is shown and retried, not left as an unhandled rejection.
 */
export function checkNow(force = false): Promise<void> {
  if (!inFlight) {
    inFlight = runCheck(force).catch(() => undefined).finally(() => {
      inFlight = null;
    });
    return inFlight;
  }
  if (!force) return inFlight;
  queued ??= inFlight.then(() => {
    queued = null;
    return checkNow(true);
  });
  return queued;
}

async function runCheck(force: boolean): Promise<void> {
  // Storage that cannot be read is a fresh start, not a reason to skip the check.
  const [before, meta] = await Promise.all([loadStatus().catch(() => EMPTY_STATE), loadPollMeta().catch(() => EMPTY_META)]);
  const origin = originFor(meta, Date.now(), STATUS_ORIGIN, FALLBACK_ORIGIN);
  const fetched = await fetchAndFold(before, meta, origin, force);
  const after = fetched.state;
  const good = after.error === null;
  const history = good && after.snapshot
    ? await advanceHistory(await loadHistory(), after.snapshot, origin, Date.now(), Math.random, fetched.deadline).catch(() => null) : null;
  const decided: Decided = { state: after, fetched, origin, history };
  let recorded;
  try {
    recorded = await recordCheck(decided);
  } catch {
    await showUnstored(decided, meta.failures);
    return;
  }
  const { poll, signal, settings, outbox, backDue, now } = recorded;
  const period = cadenceMinutes(after, poll, now);
  await Promise.all([
    applyBadge(after, now, settings.watched, signal),
    good ? ensureAlarm(period, meta.rephase, now) : scheduleRetry(backoffMs(poll.failures, Math.random, fetched.retryAfterMs, period * 60_000), period, now),
    // Any notice still in the outbox, this check's or one a stopped worker never showed.
    outbox ? flushNotice() : undefined,
    backDue ? flushBackAlert() : undefined,
  ]);
}

/**
 * Storage refused the write (quota, or a browser refusing writes). What was fetched is still shown and
 * announced (a notice's id is that of what it announces, so a later re-show replaces it), and the check
 * is tried again after a backoff, as after a failed fetch: nothing was recorded, so it will decide again.
 */
async function showUnstored(d: Decided, failures: number): Promise<void> {
  const now = Date.now();
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const period = cadenceMinutes(d.state, EMPTY_META, now);
  const { notice } = notifyStep(await loadNotifier().catch(() => null), d.state, settings, now);
  await Promise.all([
    applyBadge(d.state, now, settings.watched, NO_SIGNAL),
    scheduleRetry(backoffMs(failures + 1, Math.random, null, period * 60_000), period, now),
    notice ? showNotice(notice).catch(() => undefined) : undefined,
  ]);
}

/**
 * Repaints the toolbar from storage without touching the network, and shows a notification the last
 * check recorded but may not have shown: for a worker that just woke.
 */
export async function restoreBadge(): Promise<void> {
  void flushNotice().catch(() => undefined);
  void flushBackAlert().catch(() => undefined);
  const [state, settings, signal] = await Promise.all([loadStatus(), loadSettings(), loadSignal()]);
  await applyBadge(state, Date.now(), settings.watched, settings.sensing ? signal : NO_SIGNAL);
}

/** Settings changed: re-decide what is shown from what is stored, without a fetch. */
export async function reapplySettings(): Promise<void> {
  const now = Date.now();
  const cur = await update({ status: STATUS, banner: BANNER, settings: SETTINGS, signal: SIGNAL, window: WINDOW }, (c) => {
    // Turning the local signal off forgets what it counted, at once.
    const on = c.settings.sensing;
    const signal = on ? c.signal : NO_SIGNAL;
    return { signal, banner: bannerFor(c.banner, c.status, c.settings, now, signal), ...(on ? {} : { window: FORGET }) };
  });
  await applyBadge(cur.status, now, cur.settings.watched, cur.signal);
}

/** A claude.ai page is in use: poll at the fast cadence for a while, without a fetch now. */
export async function noteClaudeActive(): Promise<void> {
  const { status, poll } = await update({ status: STATUS, poll: POLL }, ({ poll: meta }) => ({ poll: { ...meta, claudeActiveAt: Date.now() } }));
  const now = Date.now();
  // In use while what we know is old (after a night offline, a clock jump): check soon, not at the backoff.
  if (!freshnessOf(status, now).fresh) await checkSoon(status, poll, now);
  else await ensureAlarm(cadenceMinutes(status, poll, now), false, status.checkedAt, poll.failures);
}

/** After a browser start, an update or a wake: schedule the next check without a burst. */
export async function resumePolling(): Promise<void> {
  const now = Date.now();
  // Stale data gets a catch-up check, whose good answer then picks a new phase (rephase).
  const { status, poll } = await update({ status: STATUS, poll: POLL }, ({ status: state, poll: meta }) => {
    const rephase = !freshnessOf(state, now).fresh;
    return rephase === meta.rephase ? null : { poll: { ...meta, rephase } };
  });
  await resumeAlarm(status, poll, now);
}

/** Any wake: an alarm that is missing, or was set on a clock since set back, is made again. */
export async function reviveAlarm(): Promise<void> {
  const [state, meta] = await Promise.all([loadStatus(), loadPollMeta()]);
  const now = Date.now();
  if (!(await alarmFitsNow(state, meta, now))) await resumePolling();
}

/** The network is back: if what we know is old, one check soon. */
export async function noteOnline(): Promise<void> {
  const [state, meta] = await Promise.all([loadStatus(), loadPollMeta()]);
  await checkSoon(state, meta, Date.now());
}
