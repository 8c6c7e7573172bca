// The opt-in local signal's glue: counts how this browser's requests to claude.ai end, and turns the
// counts into the signal. Listeners exist only where the person granted the optional permissions.
import { stepSignal } from '../core/local-signal';
import { classifyRequest, judge, observe, type RequestOutcome } from '../core/request-window';
import browser from '../shared/browser';
import { CLAUDE_MATCH } from '../shared/local-permissions';
import {
  loadBanner, loadSettings, loadSignal, loadStatus, loadWindow, saveSignal, saveWindow,
} from '../shared/status-store';
import { applyBadge } from './apply-badge';
import { bannerFor, checkNow, reapplySettings } from './check';

// Only what claude.ai's own pages and API calls do; its assets come from elsewhere.
const FILTER = { urls: [CLAUDE_MATCH], types: ['main_frame', 'sub_frame', 'xmlhttprequest'] as const };

type CompletedListener = Parameters<typeof browser.webRequest.onCompleted.addListener>[0];
type ErrorListener = Parameters<typeof browser.webRequest.onErrorOccurred.addListener>[0];
const onCompleted: CompletedListener = ({ statusCode }) => void noteRequest({ statusCode });
const onError: ErrorListener = ({ error }) => void noteRequest({ error });
let listening = false;

/**
 * Adds the request listeners if the browser has granted webRequest. Called at the top level (so an
 * event can wake the background) and again when the permission is granted. The listeners read only
 * the status code or the error name of each request: never its URL, headers or body.
 */
export function listenToRequests(): void {
  const webRequest = browser.webRequest as typeof browser.webRequest | undefined;
  if (!webRequest || listening) return;
  listening = true;
  const filter = { urls: [...FILTER.urls], types: [...FILTER.types] };
  webRequest.onCompleted.addListener(onCompleted, filter);
  webRequest.onErrorOccurred.addListener(onError, filter);
}

/** The permission was revoked: drop the listeners, so a later grant does not count every request twice. */
function stopListening(): void {
  const webRequest = browser.webRequest as typeof browser.webRequest | undefined;
  listening = false;
  try {
    webRequest?.onCompleted.removeListener(onCompleted);
    webRequest?.onErrorOccurred.removeListener(onError);
  } catch {
    // The API went with the permission; so did the listeners.
  }
}

// Events arrive faster than storage answers: each read-modify-write waits for the one before. This only
// orders the writes; the window itself lives in session storage and survives the worker stopping.
let chain: Promise<void> = Promise.resolve();

export function noteRequest(end: { statusCode?: number; error?: string }): Promise<void> {
  const outcome = classifyRequest(end);
  if (!outcome) return chain;
  chain = chain.then(() => count(outcome)).catch(() => undefined);
  return chain;
}

async function count(outcome: RequestOutcome): Promise<void> {
  const [settings, before, prev] = await Promise.all([loadSettings(), loadWindow(), loadSignal()]);
  if (!settings.localSignal) return;
  const now = Date.now();
  const observed = observe(before, outcome, now);
  // The common case on every request while all is well: counted, nothing to decide, the status not read.
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
  // Failing requests, and no word from the status page since they began: ask it now. Its answer says
  // whether it reports the problem, and that this machine can reach sites other than claude.ai. An
  // ordinary check: the 200-byte status.json probe, and summary.json only if the page has moved.
  if (step.confirm) void checkNow();
}

/** The person revoked the permission in the browser's own settings: forget the signal at once. */
export async function forgetRequests(): Promise<void> {
  stopListening();
  await reapplySettings({ forgetSignal: true });
}
