// A check's one write: everything it decided, computed from what storage holds at the moment of writing,
// inside the background's one writer. Values read before the fetch (seconds earlier) would overwrite what
// happened meanwhile: a "claude.ai in use" mark, or a batch from the page that ended the local signal (#22).
import { isDue, stepBackAlert } from '../core/back-alert';
import { type BannerView, decideBanner } from '../core/banner';
import { type History, recordLead } from '../core/history';
import { withLead } from '../core/notify/incidents';
import { afterCheck, type PollMeta } from '../core/polling';
import { leadAtTakeover } from '../core/sensing/lead';
import { type LocalSignal, NO_SIGNAL, type SignalEnd, stepSignal } from '../core/sensing/local-signal';
import type { Settings } from '../core/settings';
import { decideSituation } from '../core/situation';
import type { StatusState } from '../core/source';
import { STATUS_ORIGIN } from '../shared/config';
import { update } from '../shared/status-store';
import { BACK_ALERT, BANNER, HISTORY, NOTIFIER, POLL, SETTINGS, SIGNAL, STATUS, WINDOW } from '../shared/stored-items';
import type { Fetched } from './fetch-flow';
import { notifyStep } from './notify-step';

const HIDDEN: BannerView = { kind: 'hidden', wasAffected: false };

/** The banner for a status and the local signal, unless the person turned the banner off. */
export function bannerFor(
  prev: BannerView, state: StatusState, settings: Settings, now: number, signal: LocalSignal, ended: SignalEnd = null,
): BannerView {
  return settings.bannerEnabled ? decideBanner(prev, state, now, STATUS_ORIGIN, signal, ended) : HIDDEN;
}

export interface Recorded {
  poll: PollMeta;
  signal: LocalSignal;
  settings: Settings;
  /** A notice recorded and not yet confirmed shown: this check's, or an earlier one's. */
  outbox: boolean;
  /** "claude.ai is back" became due (or still awaits showing): show it. */
  backDue: boolean;
  now: number;
}

/** What the check decided, before storage: also what is shown when storage refuses the write. */
export interface Decided { state: StatusState; fetched: Fetched; origin: string; history: History | null }

/**
 * Stores a check's outcome, the banner it implies, the poll bookkeeping, the local signal and what the
 * notifier now remembers in one write, so readers never see them apart, and a notification is recorded
 * before it is shown (never shown twice).
 */
export async function recordCheck(d: Decided): Promise<Recorded> {
  const after = d.state;
  const good = after.error === null;
  const result = after.error === null ? { ok: true as const } : { ok: false as const, kind: after.error.kind };
  let out: Recorded | undefined;
  await update({
    status: STATUS, banner: BANNER, poll: POLL, signal: SIGNAL, window: WINDOW, notifier: NOTIFIER, settings: SETTINGS, history: HISTORY,
    backAlert: BACK_ALERT,
  }, (cur) => {
    const now = Date.now();
    // The status page's new word decides whether the local signal rises (it confirms the network is up),
    // stays, or gives way to an official incident; from the window as it is now.
    const step = cur.settings.sensing ? stepSignal(cur.signal, cur.window, after, now) : { signal: NO_SIGNAL, ended: null };
    const signal = step.signal;
    const poll: PollMeta = {
      ...afterCheck(cur.poll, result, d.origin, STATUS_ORIGIN, now), validators: d.fetched.validators, rephase: cur.poll.rephase && !good,
    };
    // The page just took over from a local signal raised before it: by how much this browser was ahead,
    // recorded once, from stored times, on the incident (for its end) and on today's history.
    const lead = cur.settings.sensing ? leadAtTakeover(cur.signal, after, cur.status.snapshot?.fetchedAt ?? null, now) : null;
    const stepped = notifyStep(cur.notifier, after, cur.settings, now).memory;
    const notifier = stepped && lead ? { ...stepped, incidents: withLead(stepped.incidents, lead.incidentId, lead.ms) } : stepped;
    const history = lead ? recordLead(d.history ?? cur.history, now, lead.ms, now) : d.history;
    const memory = notifier ?? cur.notifier;
    // The one decision on the new answer: what "tell me when it's back" waits for may have happened.
    const backAlert = stepBackAlert(cur.backAlert, decideSituation(after, now, signal).claudeAi, now);
    out = { poll, signal, settings: cur.settings, outbox: Boolean(memory?.outbox), backDue: isDue(backAlert, now), now };
    return {
      status: after, banner: bannerFor(cur.banner, after, cur.settings, now, signal, step.ended), poll, signal,
      ...(notifier ? { notifier } : {}), ...(history ? { history } : {}),
      ...(backAlert !== cur.backAlert ? { backAlert } : {}),
    };
  });
  if (!out) throw new Error('unreachable: update ran its step');
  return out;
}
