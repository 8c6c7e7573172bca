// The local signal's glue: the claude.ai content script sends counts of how its page's own requests ended
// (only when something other than success happened); this folds them into the window and the signal.
import { stepSignal } from '../core/sensing/local-signal';
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

async function count(counts: OutcomeCounts): Promise<void> {
  const [settings, before, prev] = await Promise.all([loadSettings(), loadWindow(), loadSignal()]);
  if (!settings.sensing) return;
  const now = Date.now();
  const observed = observe(before, counts, now);
  // Nothing to decide while the window is not failing and no signal is up: counted, the status not read.
  if (prev.kind === 'none' && !judge(observed, now).failing) {
    await saveWindow(observed);
    return;
  }
  const state = await loadStatus();
  const step = stepSignal(prev, observed, state, now);
  await saveWindow(step.confirm ? { ...observed, confirmAt: now } : observed);
  const changed = step.signal.kind !== prev.kind
    || (step.signal.kind === 'failing' && prev.kind === 'failing' && (step.signal.failed !== prev.failed || step.signal.total !== prev.total));
  if (changed) {
    // The banner changes only when the signal rises or ends; new counts alone do not redraw it.
    const banner = step.signal.kind !== prev.kind ? bannerFor(await loadBanner(), state, settings, now, step.signal) : null;
    await saveSignal(step.signal, banner);
    await applyBadge(state, now, settings.watched, step.signal);
  }
  // Failing requests, and no good word from the status page since they began: ask it now. Its answer says
  // whether it reports the problem, and that this machine can reach sites other than claude.ai. An
  // ordinary check: the 200-byte status.json probe, and summary.json only if the page has moved.
  if (step.confirm) void checkNow();
}
