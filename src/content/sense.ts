// What claude.ai's own requests say, seen from the page itself through the Resource Timing API: needs no
// permission beyond the content script's. Each entry is classified where it is seen and its URL dropped at
// once; the page keeps, in memory only, the coarse kind of each recent request (tab-evidence.ts) to tell one
// broken endpoint from claude.ai failing. Only counts leave this script, and only when they matter
// (tab-reporter.ts decides what and when; this file owns the observer and the timer).
import { classifyRequest, isFailedDocument, type OutcomeCounts, type PageOutcome } from '../core/sensing/page-outcome';
import { requestClass } from '../core/sensing/request-class';
import { flushReporter, NEW_REPORTER, noteRequest, REPORT_EVERY_MS } from '../core/sensing/tab-reporter';

export interface SenseCallbacks {
  /** Called with a batch worth telling the background. */
  report: (counts: OutcomeCounts) => void;
  /** The claude.ai document itself came back broken: a 5xx, or a 429 page (`rate`). */
  documentFailed: (rate: boolean) => void;
  /** Whether claude.ai is in trouble as far as the background knows: then successes are news too. */
  inTrouble: () => boolean;
}

/** Starts watching; returns nothing to keep: the observer lives as long as the page. */
export function startSensing(callbacks: SenseCallbacks): void {
  let reporter = NEW_REPORTER;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (ms: number): void => {
    if (timer === undefined) timer = setTimeout(flush, ms);
  };
  function flush(): void {
    timer = undefined;
    const step = flushReporter(reporter, Date.now(), callbacks.inTrouble());
    reporter = step.reporter;
    if (step.batch) callbacks.report(step.batch);
    if (step.again) schedule(REPORT_EVERY_MS);
  }
  const note = (outcome: PageOutcome | 'documentFailed', cls: string): void => {
    const step = noteRequest(reporter, outcome, cls, Date.now(), callbacks.inTrouble());
    reporter = step.reporter;
    if (step.flushIn !== null) schedule(step.flushIn);
  };

  const navigation = performance.getEntriesByType('navigation')[0] as (PerformanceEntry & { responseStatus?: number }) | undefined;
  if (isFailedDocument(navigation?.responseStatus)) {
    callbacks.documentFailed(navigation?.responseStatus === 429);
    note('documentFailed', 'document');
  }

  const origin = location.origin;
  /** The path of a same-origin URL, or null: the URL itself goes no further than this function. */
  const ownPath = (name: string): string | null => {
    try {
      const url = new URL(name);
      return url.origin === origin ? url.pathname : null;
    } catch {
      return null;
    }
  };
  if (typeof PerformanceObserver === 'undefined') return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceResourceTiming & { responseStatus?: number })[]) {
      const path = ownPath(entry.name);
      const cls = path === null ? '' : requestClass(path);
      const outcome = classifyRequest({
        initiatorType: entry.initiatorType, sameOrigin: path !== null, cls, responseStatus: entry.responseStatus, online: navigator.onLine,
      });
      if (outcome) note(outcome, cls);
    }
  }).observe({ type: 'resource', buffered: true });
  // Going offline says the person's network is down: it ends the signal and keeps it from rising.
  addEventListener('offline', () => note('offline', ''));
}
