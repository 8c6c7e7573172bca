// What claude.ai's own requests say, seen from the page itself through the Resource Timing API: needs no
// permission beyond the content script's. Each entry is classified where it is seen and dropped at once;
// only counts are kept, and they leave this script only when something other than success happened.
import {
  classifyRequest, hasNews, isFailedDocument, NO_COUNTS, type OutcomeCounts, type PageOutcome,
} from '../core/sensing/page-outcome';

/** Batches are sent at most this often: a failing page retrying fast sends a few messages, not hundreds. */
const REPORT_EVERY_MS = 2_000;
/** After any news, successes are sent too for this long: they are what ends the signal. */
const KEEP_REPORTING_MS = 2 * 60_000;

export interface SenseCallbacks {
  /** Called with a batch worth telling the background. */
  report: (counts: OutcomeCounts) => void;
  /** The claude.ai document itself came back as a server error. */
  documentFailed: () => void;
}

/** Starts watching; returns nothing to keep: the observer lives as long as the page. */
export function startSensing(callbacks: SenseCallbacks): void {
  let tally: OutcomeCounts = { ...NO_COUNTS };
  let newsAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    timer = undefined;
    const batch = tally;
    tally = { ...NO_COUNTS };
    if (hasNews(batch) || Date.now() - newsAt < KEEP_REPORTING_MS) callbacks.report(batch);
  };
  const note = (outcome: PageOutcome | 'documentFailed'): void => {
    tally[outcome] += 1;
    if (outcome !== 'ok') newsAt = Date.now();
    // While all is well (only successes, nothing recent), nothing is scheduled and nothing is sent.
    if (timer === undefined && Date.now() - newsAt < KEEP_REPORTING_MS) timer = setTimeout(flush, outcome === 'documentFailed' ? 0 : REPORT_EVERY_MS);
  };

  const navigation = performance.getEntriesByType('navigation')[0] as (PerformanceEntry & { responseStatus?: number }) | undefined;
  if (isFailedDocument(navigation?.responseStatus)) {
    callbacks.documentFailed();
    note('documentFailed');
  }

  const origin = location.origin;
  const sameOrigin = (name: string): boolean => {
    try {
      return new URL(name).origin === origin;
    } catch {
      return false;
    }
  };
  if (typeof PerformanceObserver === 'undefined') return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceResourceTiming & { responseStatus?: number })[]) {
      const outcome = classifyRequest({
        initiatorType: entry.initiatorType, sameOrigin: sameOrigin(entry.name), responseStatus: entry.responseStatus, online: navigator.onLine,
      });
      if (outcome) note(outcome);
    }
  }).observe({ type: 'resource', buffered: true });
  // Going offline says the person's network is down: it ends the signal and keeps it from rising.
  addEventListener('offline', () => note('offline'));
}
