// One live notification per incident: every stage replaces it in place, its end is said once, and after a
// gap only what is still true is shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../test/support/i18n';
import { stateFor, T0 } from '../../../test/support/states';
import type { Snapshot } from '../derive';
import type { ComponentStatus, IncidentStage } from '../types';
import { withLead } from './incidents';
import { incidentNoticeId } from './notice';
import { HOURLY_MAX, type Notice, type NotifyMemory, type NotifyPrefs, readNotifyMemory, stepNotifier } from './notify';

const ORIGIN = 'https://status.claude.com';
const ALL: NotifyPrefs = { enabled: true, recovery: true, watched: null, muted: [], snoozeUntil: null, snoozeIncidents: [], quiet: null };
const ctx = (now: number) => ({ now, localMinutes: 12 * 60, origin: ORIGIN, i18n: EN, formatTime: (ms: number) => new Date(ms).toISOString().slice(11, 16) });
const base = (() => {
  const s = stateFor('a-all-operational').snapshot;
  if (!s) throw new Error('no snapshot');
  return s;
})();
const AI = base.surfaces.find((s) => s.key === 'claude-ai');
if (!AI) throw new Error('no claude.ai');
const ID = 'inc42';
const STARTED = T0 - 10 * 60_000;

/** A check at `at`: the incident at `stage` (none: not listed), claude.ai's status, and the page's own time. */
function page(stage: IncidentStage | null, at: number, pageAt = at, status?: ComponentStatus): Snapshot {
  const open = stage !== null && stage !== 'resolved' && stage !== 'postmortem';
  return {
    ...base,
    fetchedAt: at,
    pageUpdatedAt: new Date(pageAt).toISOString(),
    surfaces: base.surfaces.map((s) => (s.key === 'claude-ai' ? { ...s, status: status ?? (open ? 'partial_outage' : 'operational') } : s)),
    incidents: stage === null ? [] : [{
      id: ID, name: 'Elevated errors on claude.ai', stage, impact: 'major', startedAt: new Date(STARTED).toISOString(), updatedAt: null,
      componentIds: [AI?.componentId ?? ''], latest: null, shortlink: null, scheduledFor: null, scheduledUntil: null,
      resolvedAt: open ? null : new Date(at - 60_000).toISOString(),
    }],
  };
}

/** Steps through the pages (restarting the worker between checks where asked); every notice, in order. */
function run(pages: Snapshot[], prefs = ALL, restarts: boolean[] = [], start: NotifyMemory | null = null) {
  let memory = start;
  const notices: (Notice | null)[] = [];
  pages.forEach((p, i) => {
    const mem = restarts[i] ? readNotifyMemory(JSON.parse(JSON.stringify(memory))) : memory;
    const step = stepNotifier(mem, p, prefs, ctx(p.fetchedAt));
    memory = step.memory;
    notices.push(step.notice);
  });
  return { notices, memory };
}

const STAGES: IncidentStage[] = ['investigating', 'identified', 'monitoring'];

describe('one notification per incident', () => {
  it('says its start, each stage and its end under one id, the end once, with how long it lasted', () => {
    const at = (n: number) => T0 + n * 5 * 60_000;
    const { notices } = run([page(null, at(0)), page('investigating', at(1)), page('identified', at(2)), page('monitoring', at(3)),
      page(null, at(4)), page(null, at(5))]);
    expect(notices[0]).toBeNull();
    expect(notices.slice(1, 5).map((n) => n?.id)).toEqual(Array(4).fill(incidentNoticeId(ID)));
    expect(notices[4]).toMatchObject({ title: 'Elevated errors on claude.ai: resolved', message: 'Lasted 30 min.', url: `${ORIGIN}/incidents/${ID}` });
    expect(notices[5]).toBeNull();
  });

  it('keeps one id per incident, never goes back a stage, and ends once, whatever the order, the restarts and the gaps', () => {
    const step = fc.record({
      stage: fc.constantFrom<IncidentStage | null>(null, 'resolved', ...STAGES),
      // At least 13 minutes apart: at most five notices an hour, so nothing is held back for a summary.
      gap: fc.integer({ min: 13, max: 12 * 60 }),
      restart: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
      let now = T0;
      const pages = [page(null, now), ...steps.map((s) => {
        now += s.gap * 60_000;
        return page(s.stage, now);
      })];
      const { notices } = run(pages, ALL, [false, ...steps.map((s) => s.restart)]);
      // Only this incident is news here, and only under its own id (but the recovery of a surface an incident
      // reopened after its end marked, which is the surface's news: its end was already said).
      for (const n of notices) if (n && !/has recovered/.test(n.title)) expect(n.id).toBe(incidentNoticeId(ID));
      // Each end is said once, and only of an incident announced since it (re)appeared.
      let open = false;
      notices.forEach((n, i) => {
        const stage = i === 0 ? null : steps[i - 1]?.stage ?? null;
        const resolved = n?.title.endsWith(': resolved') ?? false;
        if (resolved) expect(open).toBe(true);
        if (resolved) open = false;
        else if (n) open = true;
        // Once it is over, only its end (or, for one the page reopened after its end, its surfaces' recovery).
        if (stage === null || stage === 'resolved') expect(n === null || resolved || /has recovered/.test(n.title)).toBe(true);
      });
    }), { numRuns: 300 });
  });

  it('after a long gap shows only what is still true: the current stage once, or only the end once', () => {
    const gap = 8 * 3_600_000;
    const start = run([page(null, T0), page('investigating', T0 + 60_000)]);
    expect(start.notices[1]).not.toBeNull();
    // Identified and monitoring happened while the machine slept: one notice, at the current stage.
    const woke = run([page('monitoring', T0 + gap), page('monitoring', T0 + gap + 60_000)], ALL, [true], start.memory);
    expect(woke.notices[0]?.id).toBe(incidentNoticeId(ID));
    expect(woke.notices[0]?.title).toMatch(/being monitored/i);
    expect(woke.notices[1]).toBeNull();
    // Resolved meanwhile: only its end, once, and how long it lasted by the page's time, not the night's.
    const ended = run([page(null, T0 + gap, T0 + 40 * 60_000), page(null, T0 + gap + 60_000, T0 + 40 * 60_000)], ALL, [true], start.memory);
    expect(ended.notices[0]).toMatchObject({ id: incidentNoticeId(ID), title: 'Elevated errors on claude.ai: resolved', message: 'Lasted 50 min.' });
    expect(ended.notices[1]).toBeNull();
  });

  it('ends silently what it never announced: the baseline, a muted surface, recoveries off', () => {
    // Found open on first run: its end is not said, only its surface's recovery, once two checks agree, as before.
    const found = run([page('identified', T0), page(null, T0 + 60_000), page(null, T0 + 120_000)]).notices;
    expect(found.slice(0, 2)).toEqual([null, null]);
    expect(found[2]?.title).toBe('claude.ai has recovered after 2 min');
    for (const prefs of [{ ...ALL, muted: ['claude-ai'] }, { ...ALL, watched: ['claude-code'] }]) {
      expect(run([page(null, T0), page('investigating', T0 + 60_000), page(null, T0 + 120_000)], prefs).notices).toEqual([null, null, null]);
    }
    const off = run([page(null, T0), page('investigating', T0 + 60_000), page(null, T0 + 120_000), page(null, T0 + 180_000)], { ...ALL, recovery: false });
    expect(off.notices.slice(2)).toEqual([null, null]);
  });

  it('is not ended by an older copy of the page that does not list it yet', () => {
    const { notices } = run([page(null, T0), page('investigating', T0 + 60_000), page(null, T0 + 120_000, T0 - 3_600_000)]);
    expect(notices[2]).toBeNull();
  });

  it('says how far ahead this browser was, in its end', () => {
    const start = run([page(null, T0), page('investigating', T0 + 60_000)]).memory;
    if (!start) throw new Error('no memory');
    const led: NotifyMemory = { ...start, incidents: withLead(start.incidents, ID, 14 * 60_000) };
    const again = { ...led, incidents: withLead(led.incidents, ID, 99 * 60_000) };
    const { notices } = run([page(null, T0 + 30 * 60_000)], ALL, [true], again);
    expect(notices[0]?.message).toBe('Lasted 40 min. Seen here 14 min before the status page.');
  });

  // A flapping incident replaces its notification in place, but still at most HOURLY_MAX times an hour.
  it('updates a flapping incident at most five times an hour', () => {
    const pages = [page(null, T0), ...Array.from({ length: 60 }, (_, i) => page(i % 2 === 0 ? 'investigating' : null, T0 + (i + 1) * 60_000))];
    const { notices } = run(pages);
    const times = notices.flatMap((n, i) => (n ? [pages[i]?.fetchedAt ?? 0] : []));
    for (const t of times) expect(times.filter((x) => x <= t && t - x < 3_600_000).length).toBeLessThanOrEqual(HOURLY_MAX);
    expect(times.length).toBeGreaterThan(0);
  });
});
