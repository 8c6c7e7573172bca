// The local signal's glue: claude.ai content scripts send counts of how their page's own requests ended
// (only when they matter); this folds them into the window and the signal, and shows the result.
import { type LocalSignal, stepSignal } from '../core/sensing/local-signal';
import type { OutcomeCounts } from '../core/sensing/page-outcome';
import { judge, observe } from '../core/sensing/request-window';
import {
  exclusive, loadBanner, loadSettings, loadSignal, loadStatus, loadWindow, saveSignal, saveWindow,
} from '../shared/status-store';
import { applyBadge } from './apply-badge';
import { bannerFor, checkNow } from './check';

/**
 * Counts one batch from a claude.ai page. Resolves once it is stored and shown. Each batch is one step of
 * the background's one writer (storage-lock.ts), so no check or other batch writes in between its read
 * and its write.
 */
export function notePageOutcomes(counts: OutcomeCounts): Promise<void> {
  return exclusive(() => count(counts)).catch(() => undefined);
}

/** What the banner depends on, beyond the counts: when it changes, the banner is decided again. */
const shape = (s: LocalSignal): string => JSON.stringify([s.kind, s.since, s.onAndOff, s.limitedAt === null, s.overloadedAt === null]);

async function count(counts: OutcomeCounts): Promise<void> {
  const [settings, before, prev] = await Promise.all([loadSettings(), loadWindow(), loadSignal()]);
  if (!settings.sensing) return;
  const now = Date.now();
  const observed = observe(before, counts, now);
  // Nothing to decide while no signal is up, nothing fails, nothing was ever seen failing here and no 429
  // or 529 came: counted, the status not read.
  const quiet = prev.kind === 'none' && prev.limitedAt === null && prev.overloadedAt === null && counts.limited + counts.overloaded === 0;
  if (quiet && observed.lastFailureAt === null && !judge(observed, now).failing) {
    await saveWindow(observed);
    return;
  }
  const state = await loadStatus();
  const step = stepSignal(prev, observed, state, now);
  await saveWindow(step.confirm ? { ...observed, confirmAt: now } : observed);
  const changed = JSON.stringify(step.signal) !== JSON.stringify({ ...prev, updatedAt: step.signal.updatedAt });
  if (changed) {
    // The banner is decided again only when what it shows changes; new counts alone do not redraw it.
    const banner = shape(step.signal) !== shape(prev) || step.ended ? bannerFor(await loadBanner(), state, settings, now, step.signal, step.ended) : null;
    await saveSignal(step.signal, banner);
    await applyBadge(state, now, settings.watched, step.signal);
  }
  // Failing requests, and no good word from the status page since they began: ask it now (at most once a
  // minute). Its answer says whether it reports the problem, and that this machine can reach other sites.
  if (step.confirm) void checkNow();
}
