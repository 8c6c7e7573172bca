// One claude.ai page's own view of its requests, kept in that page's memory only: which kinds of request
// (request-class.ts) failed and which worked in the last two minutes. It answers one question the counts
// alone cannot: is claude.ai failing, or is one endpoint broken while the rest of the app works? Only the
// answer leaves the page, as the number of failures it may count (never a class, never a path).

export const TAB_WINDOW_MS = 2 * 60_000;
/** The page keeps at most this many recent outcomes: memory stays small however busy the page is. */
export const TAB_MAX_EVENTS = 400;
/** At least this many server failures in the window... */
export const TAB_MIN_FAILURES = 4;
/** ...in at least this many kinds of request (one broken endpoint is not claude.ai failing)... */
export const TAB_MIN_CLASSES = 2;
/** ...spread over at least this long (one burst at page load, or one retry storm, is not an outage)... */
export const TAB_MIN_SPAN_MS = 3_000;
/**
 * ...making up at least this share of the outcomes since the failures began, and this share again once the
 * worst kind of request is left out (so one busy broken endpoint plus a stray error elsewhere is not enough).
 * Low enough that a brownout failing 40 % of requests counts.
 */
export const TAB_MIN_SHARE = 0.3;
/**
 * The shares are taken over at most this much of the recent past: a stray failure a minute and a half ago
 * must not make the hundred successes since then outvote an outage that began ten seconds ago.
 */
export const TAB_SHARE_HORIZON_MS = 15_000;

export interface TabEvent {
  at: number;
  cls: string;
  failed: boolean;
  /** Already counted toward the background as a spread failure. */
  sent: boolean;
}

export type TabEvidence = readonly TabEvent[];

/** Adds one outcome (a failure or a success of a class); old and excess events are dropped. */
export function noteOutcome(events: TabEvidence, cls: string, failed: boolean, now: number): TabEvent[] {
  const kept = events.filter((e) => e.at > now - TAB_WINDOW_MS && e.at <= now);
  kept.push({ at: now, cls, failed, sent: false });
  return kept.length > TAB_MAX_EVENTS ? kept.slice(-TAB_MAX_EVENTS) : kept;
}

const share = (list: readonly TabEvent[]): number => (list.length ? list.filter((e) => e.failed).length / list.length : 0);

/** Once an episode is on, failures keep counting while at least this many go on, in two kinds of request... */
export const TAB_GOING_ON_FAILURES = 3;
/** ...at this share: a brownout's unlucky minute must not read as a recovery. */
export const TAB_GOING_ON_SHARE = 0.2;

/**
 * Whether this page's failures are spread across its requests: what claude.ai failing looks like. `going`:
 * an episode is already on (this page sent failures lately, or the background has a signal or an outage up),
 * so fewer failures at a lower share still count, in two kinds of request or in one that fails on and off:
 * a brownout stays one episode, while one endpoint left broken after an outage counts for nothing.
 */
export function isSpread(events: TabEvidence, now: number, going = false): boolean {
  const live = events.filter((e) => e.at > now - TAB_WINDOW_MS && e.at <= now);
  const at = live.filter((e) => e.failed).map((e) => e.at);
  if (at.length < (going ? TAB_GOING_ON_FAILURES : TAB_MIN_FAILURES)) return false;
  const first = Math.min(...at);
  if (!going && Math.max(...at) - first < TAB_MIN_SPAN_MS) return false;
  const since = live.filter((e) => e.at >= (going ? first : Math.max(first, now - TAB_SHARE_HORIZON_MS)));
  // Per kind of request seen failing in the window: [failures, successes since the failures began].
  const kinds = new Map<string, [number, number]>();
  for (const e of live) if (e.failed) kinds.set(e.cls, [(kinds.get(e.cls)?.[0] ?? 0) + 1, 0]);
  for (const e of since) if (!e.failed && kinds.has(e.cls)) (kinds.get(e.cls) as [number, number])[1]++;
  if (going) {
    // Two kinds of request failing, or one failing on and off (it also works at times): not one endpoint
    // that is simply broken, which fails every time and would hold the episode up for good.
    return (kinds.size >= TAB_MIN_CLASSES || [...kinds.values()].some(([, ok]) => ok > 0)) && share(since) >= TAB_GOING_ON_SHARE;
  }
  if (kinds.size < TAB_MIN_CLASSES || share(since) < TAB_MIN_SHARE) return false;
  let worst = '';
  let most = 0;
  for (const [cls, [n]] of kinds) if (n > most) [worst, most] = [cls, n];
  return share(since.filter((e) => e.cls !== worst)) >= TAB_MIN_SHARE;
}

/**
 * The failures to report now: while the page's failures are spread, every failure in the window not yet
 * reported (those from before it became clear count too, once); otherwise none.
 */
export function takeSpreadFailures(events: TabEvidence, now: number, going = false): { failed: number; events: TabEvent[] } {
  if (!isSpread(events, now, going)) return { failed: 0, events: [...events] };
  let failed = 0;
  const next = events.map((e) => {
    if (!e.failed || e.sent || e.at <= now - TAB_WINDOW_MS) return e;
    failed++;
    return { ...e, sent: true };
  });
  return { failed, events: next };
}
