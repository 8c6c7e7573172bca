// Internet-scale simulation of the polling policy: 10 M installs (in weighted agents) through a restart
// wave, a status-page outage, an incident and a morning start, against a naive poller that fetches
// summary.json every minute. Uses the extension's own policy functions from src/core/polling.ts.
import {
  backoffMs, CALM_MINUTES, FAST_MINUTES, resumeDelayMs,
} from '../src/core/polling';
import { STALE_AFTER_MS } from '../src/core/source';

export const INSTALLS = 10_000_000;
export const AGENTS_DEFAULT_NOTE = 'SIM_AGENTS sets the number of agents';
let AGENTS = 200_000;
let WEIGHT = INSTALLS / AGENTS;
const END_MIN = 340;
const MIN = 60;

/** The story, in minutes. */
const WAVE = { at: 60, within: 1 }; // every browser restarts within one minute (worst case)
const OUTAGE = { from: 120, to: 150 }; // status page answers 503 to everyone
const INCIDENT = { from: 180, to: 240, updates: [180, 200, 220, 240] }; // page changes at these times
const NIGHT = { close: 260, open: 300, within: 10 }; // all browsers closed 40 min, then opened within 10 min

const BYTES = { status: 212, summary: 15_000, error: 200 };

/** A seeded generator so that runs are repeatable (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pageVersionAt = (t: number): number => INCIDENT.updates.filter((u) => t >= u * MIN).length;
const incidentOpen = (t: number): boolean => t >= INCIDENT.from * MIN && t < INCIDENT.to * MIN;
const pageDown = (t: number): boolean => t >= OUTAGE.from * MIN && t < OUTAGE.to * MIN;
const browserClosed = (t: number, openAt: number): boolean => t >= NIGHT.close * MIN && t < openAt;

interface Tally { requests: Float64Array; bytes: Float64Array; failed: Float64Array }
const tally = (): Tally => ({
  requests: new Float64Array(END_MIN), bytes: new Float64Array(END_MIN), failed: new Float64Array(END_MIN),
});
function count(t: Tally, at: number, bytes: number, failed: boolean): void {
  const m = Math.floor(at / MIN);
  if (m < 0 || m >= END_MIN) return;
  t.requests[m] = (t.requests[m] ?? 0) + WEIGHT;
  t.bytes[m] = (t.bytes[m] ?? 0) + bytes * WEIGHT;
  if (failed) t.failed[m] = (t.failed[m] ?? 0) + WEIGHT;
}

/** A queue of (time, agent) events in one-second slots; stale entries are skipped by checking nextAt. */
function run(step: (agent: number, t: number) => number | null, start: (agent: number) => number, wake: (agent: number) => number[]): void {
  const slots: number[][] = Array.from({ length: END_MIN * MIN + 1 }, () => []);
  const nextAt = new Float64Array(AGENTS);
  const put = (i: number, t: number): void => {
    nextAt[i] = t;
    if (t < END_MIN * MIN) slots[Math.floor(t)]?.push(i);
  };
  for (let i = 0; i < AGENTS; i++) put(i, start(i));
  // Restarts and openings are events too: they replace whatever was scheduled.
  const wakes: [number, number][] = [];
  for (let i = 0; i < AGENTS; i++) for (const w of wake(i)) wakes.push([w, i]);
  wakes.sort((a, b) => a[0] - b[0]);
  let w = 0;
  for (let s = 0; s < slots.length; s++) {
    for (; w < wakes.length && (wakes[w]?.[0] ?? Infinity) < s + 1; w++) {
      const [at, i] = wakes[w] as [number, number];
      put(i, at + resume(i, at));
    }
    for (const i of slots[s] ?? []) {
      const t = nextAt[i] ?? -1;
      if (Math.floor(t) !== s) continue;
      const next = step(i, t);
      if (next !== null) put(i, next);
    }
  }
}
let resume: (agent: number, at: number) => number = () => 0;

function simulateExtension(): Tally {
  const random = rng(1);
  const out = tally();
  const failures = new Int32Array(AGENTS);
  const lastGood = new Float64Array(AGENTS).fill(-Infinity);
  const seen = new Int32Array(AGENTS);
  const period = new Float64Array(AGENTS).fill(CALM_MINUTES);
  const rephase = new Uint8Array(AGENTS);
  const openAt = new Float64Array(AGENTS);
  const restartAt = new Float64Array(AGENTS);
  for (let i = 0; i < AGENTS; i++) {
    restartAt[i] = (WAVE.at + random() * WAVE.within) * MIN;
    openAt[i] = (NIGHT.open + random() * NIGHT.within) * MIN;
    lastGood[i] = -random() * CALM_MINUTES * MIN;
  }
  resume = (i, at) => {
    const fresh = at - (lastGood[i] ?? -Infinity) <= STALE_AFTER_MS / 1000;
    const r = resumeDelayMs(fresh, period[i] ?? CALM_MINUTES, random);
    rephase[i] = r.rephase ? 1 : 0;
    return r.delayMs / 1000;
  };
  run((i, t) => {
    if (browserClosed(t, openAt[i] ?? 0)) return null;
    if (pageDown(t)) {
      failures[i] = (failures[i] ?? 0) + 1;
      count(out, t, BYTES.error, true);
      return t + backoffMs(failures[i] ?? 1, random, null, (period[i] ?? CALM_MINUTES) * MIN * 1000) / 1000;
    }
    failures[i] = 0;
    lastGood[i] = t;
    const version = pageVersionAt(t);
    count(out, t, BYTES.status + (version !== seen[i] ? BYTES.summary : 0), false);
    seen[i] = version;
    const want = incidentOpen(t) ? FAST_MINUTES : CALM_MINUTES;
    // A new period, or a catch-up check, starts a new random phase (ensureAlarm); otherwise the alarm runs on.
    if (want !== period[i] || rephase[i]) {
      period[i] = want;
      rephase[i] = 0;
      return t + Math.max(30, random() * want * MIN);
    }
    return t + want * MIN;
  }, (i) => -(lastGood[i] ?? 0) === Infinity ? 0 : random() * CALM_MINUTES * MIN, (i) => [restartAt[i] ?? 0, openAt[i] ?? 0]);
  return out;
}

function simulateNaive(): Tally {
  const random = rng(2);
  const out = tally();
  const openAt = new Float64Array(AGENTS);
  const restartAt = new Float64Array(AGENTS);
  for (let i = 0; i < AGENTS; i++) {
    restartAt[i] = (WAVE.at + random() * WAVE.within) * MIN;
    openAt[i] = (NIGHT.open + random() * NIGHT.within) * MIN;
  }
  // The common practice: fetch summary.json at start, then every 60 s, errors or not.
  resume = () => 0;
  run((i, t) => {
    if (browserClosed(t, openAt[i] ?? 0)) return null;
    count(out, t, pageDown(t) ? BYTES.error : BYTES.summary, pageDown(t));
    return t + 60;
  }, () => random() * 60, (i) => [restartAt[i] ?? 0, openAt[i] ?? 0]);
  return out;
}

interface Phase { name: string; from: number; to: number }
const PHASES: Phase[] = [
  { name: 'steady state', from: 10, to: WAVE.at },
  { name: `restart wave (all within ${WAVE.within} min) and after`, from: WAVE.at, to: WAVE.at + 30 },
  { name: 'status page down (503)', from: OUTAGE.from, to: OUTAGE.to },
  { name: 'status page back', from: OUTAGE.to, to: OUTAGE.to + 30 },
  { name: 'incident open (fast cadence)', from: INCIDENT.from, to: INCIDENT.to },
  { name: `morning start, stale data (within ${NIGHT.within} min)`, from: NIGHT.open, to: END_MIN },
];

const sum = (a: Float64Array, from: number, to: number): number => a.slice(from, to).reduce((x, y) => x + y, 0);
const max = (a: Float64Array, from: number, to: number): number => Math.max(...a.slice(from, to));

function report(ours: Tally, naive: Tally) {
  const steadyMean = sum(ours.requests, PHASES[0]?.from ?? 0, PHASES[0]?.to ?? 1) / ((PHASES[0]?.to ?? 1) - (PHASES[0]?.from ?? 0));
  return PHASES.map((p) => {
    const minutes = p.to - p.from;
    return {
      phase: p.name,
      oursPerSecondMean: sum(ours.requests, p.from, p.to) / minutes / MIN,
      oursPerSecondPeak: max(ours.requests, p.from, p.to) / MIN,
      oursPeakOverSteadyMean: max(ours.requests, p.from, p.to) / steadyMean,
      oursFailedRequests: sum(ours.failed, p.from, p.to),
      oursMBps: sum(ours.bytes, p.from, p.to) / minutes / MIN / 1e6,
      naiveMBps: sum(naive.bytes, p.from, p.to) / minutes / MIN / 1e6,
      oursMBPerInstallHour: sum(ours.bytes, p.from, p.to) / INSTALLS / (minutes / 60) / 1e6,
      naivePerSecondMean: sum(naive.requests, p.from, p.to) / minutes / MIN,
      naivePerSecondPeak: max(naive.requests, p.from, p.to) / MIN,
      naiveFailedRequests: sum(naive.failed, p.from, p.to),
      naiveMBPerInstallHour: sum(naive.bytes, p.from, p.to) / INSTALLS / (minutes / 60) / 1e6,
    };
  });
}

/** Runs both policies for 10 M installs as `agents` weighted agents; one row per phase of the story. */
export function runSimulation(agents = 200_000) {
  AGENTS = agents;
  WEIGHT = INSTALLS / AGENTS;
  return report(simulateExtension(), simulateNaive());
}

export type SimulationRow = ReturnType<typeof runSimulation>[number];
