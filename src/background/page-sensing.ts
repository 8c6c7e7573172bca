// The local signal's glue: claude.ai content scripts send counts of how their page's own requests ended
// (only when they matter); this folds them into the window and the signal, and shows the result.
import { isDue, isWaiting, stepBackAlert } from '../core/back-alert';
import { type LocalSignal, stepSignal } from '../core/sensing/local-signal';
import type { OutcomeCounts } from '../core/sensing/page-outcome';
import { judge, observe } from '../core/sensing/request-window';
import { decideSituation } from '../core/situation';
import type { StatusState } from '../core/source';
import { update } from '../shared/status-store';
import { BACK_ALERT, BANNER, SETTINGS, SIGNAL, STATUS, WINDOW } from '../shared/stored-items';
import { applyBadge } from './apply-badge';
import { flushBackAlert } from './back-alert';
import { bannerFor, checkNow } from './check';

/** What the banner depends on, beyond the counts: when it changes, the banner is decided again. */
const shape = (s: LocalSignal): string => JSON.stringify([s.kind, s.since, s.onAndOff, s.limitedAt === null, s.overloadedAt === null]);

interface Outcome { show: { state: StatusState; signal: LocalSignal; watched: string[] | null } | null; confirm: boolean; backDue: boolean; now: number }

/**
 * Counts one batch from a claude.ai page. Resolves once it is stored and shown. The batch is one step of
 * the background's one writer (`update`), so no check or other batch writes between its read and its write.
 */
export async function notePageOutcomes(counts: OutcomeCounts): Promise<void> {
  let out: Outcome | null = null;
  try {
    await update({ settings: SETTINGS, window: WINDOW, signal: SIGNAL, status: STATUS, banner: BANNER, backAlert: BACK_ALERT }, (cur) => {
      if (!cur.settings.sensing) return null;
      const now = Date.now();
      const prev = cur.signal;
      const observed = observe(cur.window, counts, now);
      // Nothing to decide while no signal is up, nothing fails, nothing was ever seen failing here, no 429
      // or 529 came and nobody waits to hear that claude.ai is back: counted, nothing else.
      const quiet = prev.kind === 'none' && prev.limitedAt === null && prev.overloadedAt === null && counts.limited + counts.overloaded === 0;
      if (quiet && observed.lastFailureAt === null && !judge(observed, now).failing && !isWaiting(cur.backAlert, now)) {
        out = { show: null, confirm: false, backDue: false, now };
        return { window: observed };
      }
      const step = stepSignal(prev, observed, cur.status, now);
      const changed = JSON.stringify(step.signal) !== JSON.stringify({ ...prev, updatedAt: step.signal.updatedAt });
      // The banner is decided again only when what it shows changes; new counts alone do not redraw it.
      const banner = changed && (shape(step.signal) !== shape(prev) || step.ended)
        ? bannerFor(cur.banner, cur.status, cur.settings, now, step.signal, step.ended) : null;
      const here = { ok: counts.ok, failed: counts.failed > 0, lastFailureAt: observed.lastFailureAt };
      const backAlert = stepBackAlert(cur.backAlert, decideSituation(cur.status, now, step.signal).claudeAi, now, here);
      out = {
        show: changed ? { state: cur.status, signal: step.signal, watched: cur.settings.watched } : null,
        confirm: step.confirm, backDue: isDue(backAlert, now), now,
      };
      return {
        window: step.confirm ? { ...observed, confirmAt: now } : observed,
        ...(changed ? { signal: step.signal } : {}), ...(banner ? { banner } : {}), ...(backAlert !== cur.backAlert ? { backAlert } : {}),
      };
    });
  } catch {
    return;
  }
  const o = out as Outcome | null;
  if (!o) return;
  if (o.show) await applyBadge(o.show.state, o.now, o.show.watched, o.show.signal).catch(() => undefined);
  if (o.backDue) await flushBackAlert().catch(() => undefined);
  // Failing requests, and no good word from the status page since they began: ask it now (at most once a
  // minute). Its answer says whether it reports the problem, and that this machine can reach other sites.
  if (o.confirm) void checkNow();
}
