// What a claude.ai page tells the background, and when: the content script's timing and memory as pure
// steps (sense.ts only owns the timer and the observer), so the same code is tested over generated traffic.
import { clampCounts, NO_COUNTS, type OutcomeCounts, type PageOutcome } from './page-outcome';
import { noteOutcome, takeSpreadFailures, TAB_WINDOW_MS, type TabEvent } from './tab-evidence';

/** Batches are sent at most this often: a failing page retrying fast sends a few messages, not hundreds. */
export const REPORT_EVERY_MS = 2_000;

export interface Reporter {
  /** Outcomes since the last batch: only what is worth sending is ever counted here. */
  tally: OutcomeCounts;
  /** The page's recent requests by kind (tab-evidence.ts), in memory only. */
  events: TabEvent[];
  /** When this page last sent failures spread across its requests (ms). */
  spreadAt: number;
}

export const NEW_REPORTER: Reporter = { tally: NO_COUNTS, events: [], spreadAt: -Infinity };

/** Successes are news while a signal or an outage is up, or for a while after this page sent failures. */
const reporting = (r: Reporter, now: number, inTrouble: boolean): boolean => inTrouble || now - r.spreadAt < TAB_WINDOW_MS;

/**
 * One outcome seen on the page. Returns the new state and, when a batch should follow, in how many ms
 * (null: nothing to send; while all is well successes schedule nothing and are never sent later with
 * failures as if they had happened with them).
 */
export function noteRequest(
  r: Reporter, outcome: PageOutcome | 'documentFailed', cls: string, now: number, inTrouble: boolean,
): { reporter: Reporter; flushIn: number | null } {
  const success = outcome === 'ok' || outcome === 'answered';
  const failure = outcome === 'failed' || outcome === 'documentFailed';
  const events = success || failure ? noteOutcome(r.events, cls, failure, now) : r.events;
  if (success && !reporting(r, now, inTrouble)) return { reporter: { ...r, events }, flushIn: null };
  const tally = outcome === 'failed' ? r.tally : { ...r.tally, [outcome]: r.tally[outcome] + 1 };
  return { reporter: { ...r, events, tally }, flushIn: outcome === 'documentFailed' ? 0 : REPORT_EVERY_MS };
}

/**
 * The batch due now: spread failures (tab-evidence.ts) and what else happened, or null when there is
 * nothing worth sending. `again`: failures not (yet) sent are still in the window, so look again soon.
 */
export function flushReporter(r: Reporter, now: number, inTrouble: boolean): { reporter: Reporter; batch: OutcomeCounts | null; again: boolean } {
  const spread = takeSpreadFailures(r.events, now, reporting(r, now, inTrouble));
  const spreadAt = spread.failed > 0 ? now : r.spreadAt;
  const batch = clampCounts({ ...r.tally, failed: spread.failed });
  const news = batch.failed + batch.limited + batch.overloaded + batch.offline + batch.documentFailed > 0;
  const send = news || (reporting({ ...r, spreadAt }, now, inTrouble) && batch.ok + batch.answered > 0);
  const again = spread.events.some((e) => e.failed && !e.sent && e.at > now - TAB_WINDOW_MS);
  return { reporter: { tally: NO_COUNTS, events: spread.events, spreadAt }, batch: send ? batch : null, again };
}
