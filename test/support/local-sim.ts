// The whole local path over simulated time, with the real code at each step: pages' requests -> each
// page's reporter (tab-reporter.ts) -> the background's window and signal (request-window.ts,
// local-signal.ts) -> the banner (banner.ts). The status page answers "all is well" (or the scenario's
// answer) at each minute's check and at each confirming check. Used by the property tests and the bench's
// simulated rows; nothing here is shipped.
import { type BannerView, decideBanner } from '../../src/core/banner';
import { type LocalSignal, NO_SIGNAL, stepSignal } from '../../src/core/sensing/local-signal';
import { classifyRequest } from '../../src/core/sensing/page-outcome';
import { requestClass } from '../../src/core/sensing/request-class';
import { EMPTY_WINDOW, observe, type RequestWindow } from '../../src/core/sensing/request-window';
import { flushReporter, NEW_REPORTER, noteRequest, type Reporter } from '../../src/core/sensing/tab-reporter';
import type { StatusState } from '../../src/core/source';
import { stateFor } from './states';

/** One request a claude.ai page made: when it ended, in which tab, its path and its status (0: aborted). */
export interface SimRequest { at: number; tab: number; path: string; status: number }

export interface SimStep { at: number; signal: LocalSignal; banner: BannerView }

export interface SimResult {
  steps: SimStep[];
  /** Banner kinds in order, each change once. */
  kinds: string[];
  /** Confirming checks asked. */
  confirms: number[];
  /** Batches sent by the pages. */
  batches: number;
}

const ORIGIN = 'https://status.claude.com';

/** Runs the requests (any order) from `start` until `end`; `status(at)` is what the status page says then. */
export function simulate(
  requests: readonly SimRequest[], start: number, end: number, status: (at: number) => string = () => 'a-all-operational',
): SimResult {
  const sorted = [...requests].sort((a, b) => a.at - b.at);
  const tabs = new Map<number, { reporter: Reporter; dueAt: number | null }>();
  let w: RequestWindow = EMPTY_WINDOW;
  let signal: LocalSignal = NO_SIGNAL;
  let banner: BannerView = { kind: 'hidden', wasAffected: false };
  let state: StatusState = stateFor(status(start), start);
  let nextCheck = start + 60_000;
  const steps: SimStep[] = [];
  const kinds: string[] = [];
  const confirms: number[] = [];
  let batches = 0;
  const trouble = (): boolean => signal.kind !== 'none' || (banner.kind !== 'hidden' && banner.kind !== 'recovered');
  const record = (at: number): void => {
    steps.push({ at, signal, banner });
    const kind = banner.kind === 'local' && banner.onAndOff ? 'local-on-and-off' : banner.kind === 'outage' && banner.worksHere ? 'works-here' : banner.kind;
    if (kinds.at(-1) !== kind) kinds.push(kind);
  };
  const check = (at: number): void => {
    state = stateFor(status(at), at);
    const step = stepSignal(signal, w, state, at);
    banner = decideBanner(banner, state, at, ORIGIN, step.signal, step.ended);
    signal = step.signal;
    record(at);
  };
  const receive = (counts: ReturnType<typeof flushReporter>['batch'], at: number): void => {
    if (!counts) return;
    batches++;
    w = observe(w, counts, at);
    const step = stepSignal(signal, w, state, at);
    if (step.confirm) {
      confirms.push(at);
      w = { ...w, confirmAt: at };
    }
    if (step.signal.kind !== signal.kind || step.signal.onAndOff !== signal.onAndOff || step.ended) {
      banner = decideBanner(banner, state, at, ORIGIN, step.signal, step.ended);
    }
    signal = step.signal;
    record(at);
    // A confirming check answers about a second later.
    if (step.confirm) check(at + 1_000);
  };
  const flushDue = (until: number): void => {
    for (;;) {
      let next: [number, { reporter: Reporter; dueAt: number | null }] | null = null;
      for (const entry of tabs) if (entry[1].dueAt !== null && entry[1].dueAt <= until && (!next || entry[1].dueAt < (next[1].dueAt ?? Infinity))) next = entry;
      const due = next?.[1].dueAt ?? Infinity;
      if (!next || due > until) return;
      while (nextCheck <= due) {
        check(nextCheck);
        nextCheck += 60_000;
      }
      const tab = next[1];
      const step = flushReporter(tab.reporter, due, trouble());
      tab.reporter = step.reporter;
      tab.dueAt = step.again ? due + 2_000 : null;
      receive(step.batch, due);
    }
  };
  for (const r of sorted) {
    if (r.at > end) break;
    flushDue(r.at);
    while (nextCheck <= r.at) {
      check(nextCheck);
      nextCheck += 60_000;
    }
    const tab = tabs.get(r.tab) ?? { reporter: NEW_REPORTER, dueAt: null };
    tabs.set(r.tab, tab);
    const cls = requestClass(r.path);
    const outcome = classifyRequest({ initiatorType: 'fetch', sameOrigin: true, cls, responseStatus: r.status, online: true });
    if (!outcome) continue;
    const step = noteRequest(tab.reporter, outcome, cls, r.at, trouble());
    tab.reporter = step.reporter;
    if (step.flushIn !== null && tab.dueAt === null) tab.dueAt = r.at + step.flushIn;
  }
  flushDue(end);
  while (nextCheck <= end) {
    check(nextCheck);
    nextCheck += 60_000;
  }
  return { steps, kinds, confirms, batches };
}
