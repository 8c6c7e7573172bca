import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../test/support/i18n';
import { stateFor, T0 } from '../../../test/support/states';
import type { Snapshot } from '../derive';
import { incidentNoticeId, isIncidentNoticeId } from './notice';
import { HOURLY_MAX, type NotifyMemory, type NotifyPrefs, RATE_MAX, readNotifyMemory, stepNotifier } from './notify';
import type { ComponentStatus } from '../types';
import { statusWord } from '../words';

const ORIGIN = 'https://status.claude.com';
const ALL: NotifyPrefs = { enabled: true, recovery: true, watched: null, muted: [], snoozeUntil: null, snoozeIncidents: [], quiet: null };
const ctx = (now: number, localMinutes = 12 * 60) => ({ now, localMinutes, origin: ORIGIN, i18n: EN, formatTime: (ms: number) => new Date(ms).toISOString().slice(11, 16) });
const snap = (scenario: string, at = T0): Snapshot => {
  const s = stateFor(scenario, at).snapshot;
  if (!s) throw new Error('no snapshot');
  return s;
};

/** Feeds scenarios one check `every` ms apart (5 min by default); returns every notice (null where none). */
function run(scenarios: string[], prefs = ALL, every = 5 * 60_000) {
  let memory: NotifyMemory | null = null;
  return scenarios.map((scenario, i) => {
    const now = T0 + i * every;
    const step = stepNotifier(memory, snap(scenario, now), prefs, ctx(now));
    memory = step.memory;
    return step.notice;
  });
}

describe('stepNotifier through the 2 March 2026 replay', () => {
  const notices = run(['b0-2026-03-02-baseline', 'b1-2026-03-02-investigating', 'c1-2026-03-02-identified',
    'c2-2026-03-02-monitoring', 'c2-2026-03-02-monitoring', 'c3-2026-03-02-resolved', 'c3-2026-03-02-resolved']);

  it('is silent on the baseline', () => expect(notices[0]).toBeNull());

  // The API's component stays green on the page, but the open incident is linked to it: it is affected
  // too, from the incident's start, and the page's own later "operational" does not end it while the
  // incident is open (implied-status.ts).
  it('announces the outage at once, because the incident confirms it, folding the four surfaces into one', () => {
    expect(notices[1]).toMatchObject({ title: 'Claude: 4 status changes', url: `${ORIGIN}/incidents/fx26mar02inc` });
    expect(notices[1]?.message.split('\n')).toEqual(['claude.ai: Partial outage', 'Claude Console: Partial outage', 'Claude API: Partial outage', 'and 1 more']);
  });

  it('announces the stage change once', () => {
    expect(notices[2]?.title).toBe('claude.ai, Claude Console, Claude API, Claude Code: Cause identified, fix in progress (Elevated errors on claude.ai, console, and claude code)');
  });

  it('folds the stage change and the surfaces easing to degraded at "monitoring" into one', () => {
    expect(notices[3]?.title).toBe('Claude: 4 status changes');
    expect(notices[3]?.message.split('\n')).toEqual([
      'claude.ai: Degraded performance', 'Claude Console: Degraded performance', 'Claude API: Degraded performance', 'and 1 more',
    ]);
  });

  it('announces no recovery while the incident is still open in monitoring, and its end once, with the surfaces it marked', () => {
    expect(notices[4]).toBeNull();
    // The page dropped the incident and its surfaces read operational: the page's own resolution confirms
    // them at once, said once by the incident's end, not by four recoveries of their own.
    expect(notices[5]).toMatchObject({
      title: 'Elevated errors on claude.ai, console, and claude code: resolved', message: 'Lasted 57 min.', url: `${ORIGIN}/incidents/fx26mar02inc`,
    });
    expect(notices[6]).toBeNull();
  });

  it('says everything about the incident under one notification id, derived from its id alone', () => {
    const ids = new Set(notices.flatMap((n) => (n ? [n.id] : [])));
    expect([...ids]).toEqual([incidentNoticeId('fx26mar02inc')]);
  });
});

describe('stepNotifier hysteresis and options', () => {
  it('announces a maintenance at once: the maintenance object confirms it', () => {
    expect(run(['a-all-operational', 'e-scheduled-maintenance-in-progress'])[1]).toMatchObject({
      title: 'Claude Console: Under maintenance', url: `${ORIGIN}/incidents/fxmaint0829a`,
    });
  });

  it('says which surface, what and since when for a single change', () => {
    const [, n] = run(['a-all-operational', 'f-claude-code-degraded-only']);
    expect(n).toMatchObject({
      title: 'Claude Code: Degraded performance',
      message: 'Claude Code on the Web Partial Outage. Investigating. Since 23:33.',
      url: `${ORIGIN}/incidents/4b7cjct792q2`,
    });
  });

  it('leaves out unwatched and muted surfaces, and recoveries when those are off', () => {
    expect(run(['a-all-operational', 'f-claude-code-degraded-only'], { ...ALL, muted: ['claude-code'] })[1]).toBeNull();
    expect(run(['a-all-operational', 'f-claude-code-degraded-only'], { ...ALL, watched: ['claude-ai'] })[1]).toBeNull();
    const off = run(['f-claude-code-degraded-only', 'a-all-operational', 'a-all-operational'], { ...ALL, recovery: false });
    expect(off).toEqual([null, null, null]);
  });

  it('stays silent when snoozed or in quiet hours, without announcing the backlog later', () => {
    const snoozed = run(['a-all-operational', 'f-claude-code-degraded-only', 'f-claude-code-degraded-only'], { ...ALL, snoozeUntil: T0 + 11 * 60_000 });
    expect(snoozed).toEqual([null, null, null]);
    const untilResolved = run(['a-all-operational', 'f-claude-code-degraded-only', 'f-claude-code-degraded-only', 'a-all-operational', 'a-all-operational'],
      { ...ALL, snoozeIncidents: ['4b7cjct792q2'] });
    expect(untilResolved.slice(0, 3)).toEqual([null, null, null]);
    expect(untilResolved[4]?.title).toBe('Claude Code has recovered after 15 min');
    const quiet: NotifyPrefs = { ...ALL, quiet: { start: 22 * 60, end: 7 * 60 } };
    const m0 = stepNotifier(null, snap('a-all-operational'), quiet, ctx(T0, 23 * 60)).memory;
    expect(stepNotifier(m0, snap('f-claude-code-degraded-only'), quiet, ctx(T0 + 1, 23 * 60)).notice).toBeNull();
    expect(stepNotifier(m0, snap('f-claude-code-degraded-only'), quiet, ctx(T0 + 1, 8 * 60)).notice).not.toBeNull();
  });

  it('holds back what exceeds the rate limit and folds it into the next notice allowed', () => {
    const checks = ['a-all-operational', 'f-claude-code-degraded-only', 'f-claude-code-degraded-only', 'e-scheduled-maintenance-in-progress',
      'e-scheduled-maintenance-in-progress', 'd-major-outage-multi-component', 'd-major-outage-multi-component',
      'c1b-2026-03-02-identified-api-degraded', ...Array<string>(10).fill('a-all-operational')];
    // One check a minute: four new toasts in seven minutes, so the fifth inside 15 minutes is held back...
    const fast = run(checks, ALL, 60_000);
    expect(fast.slice(0, 8).filter(Boolean)).toHaveLength(RATE_MAX);
    expect(fast.slice(8, 16).every((n) => n === null)).toBe(true);
    // ...and arrives once the window allows, as a summary: the two incidents the newest page dropped.
    expect(fast[16]?.title).toBe('Claude: 2 status changes');
    expect(fast[16]?.message.split('\n')).toEqual([
      'Elevated errors on claude.ai, console, and claude code: resolved', 'Service disruption on Claude services: resolved',
    ]);
  });

  it('rereads only well-formed memory', () => {
    const m = stepNotifier(null, snap('a-all-operational'), ALL, ctx(T0)).memory;
    expect(readNotifyMemory(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(readNotifyMemory({ ...m, version: 2 })).toBeNull();
    expect(readNotifyMemory({ version: 3 })).toBeNull();
    expect(readNotifyMemory(null)).toBeNull();
  });
});

describe('stepNotifier properties', () => {
  const STATUSES: ComponentStatus[] = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'unknown'];
  const base = snap('a-all-operational');
  /** A check: each surface's status, whether an incident backs the trouble, and the clock. */
  const check = fc.record({
    statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: base.surfaces.length, maxLength: base.surfaces.length }),
    incident: fc.boolean(),
    jump: fc.integer({ min: -3_600_000, max: 3_600_000 }),
    restart: fc.boolean(),
  });
  const toSnapshot = (c: { statuses: ComponentStatus[]; incident: boolean }, at: number): Snapshot => ({
    ...base,
    fetchedAt: at,
    surfaces: base.surfaces.map((s, i) => ({ ...s, status: c.statuses[i] ?? 'operational' })),
    incidents: c.incident ? [{
      id: 'fxprop', name: 'Trouble', stage: 'investigating', impact: 'major', startedAt: null, updatedAt: null,
      componentIds: base.surfaces.filter((_, i) => c.statuses[i] !== 'operational').map((s) => s.componentId),
      latest: null, shortlink: null, scheduledFor: null, scheduledUntil: null, resolvedAt: null,
    }] : [],
  });

  it('never notifies on first run, never more than the rate limit, never for a blip, and restarts change nothing', () => {
    fc.assert(fc.property(fc.array(check, { minLength: 1, maxLength: 25 }), (checks) => {
      let memory: NotifyMemory | null = null;
      let twin: NotifyMemory | null = null; // the same run with a worker restart (JSON round trip) where asked
      let now = T0;
      const shownAt: number[] = [];
      const toastAt: number[] = []; // new toasts: not an incident's notification replaced in place
      const ids = new Set<string>();
      checks.forEach((c, i) => {
        now += Math.abs(c.jump) < 1000 ? 60_000 : c.jump;
        const snapshot = toSnapshot(c, now);
        const a = stepNotifier(memory, snapshot, ALL, ctx(now));
        const b = stepNotifier(c.restart ? readNotifyMemory(JSON.parse(JSON.stringify(twin))) : twin, snapshot, ALL, ctx(now));
        expect(b).toEqual(a);
        if (i === 0) expect(a.notice).toBeNull();
        if (a.notice) shownAt.push(now);
        if (a.notice && !(isIncidentNoticeId(a.notice.id) && ids.has(a.notice.id))) toastAt.push(now);
        if (a.notice) ids.add(a.notice.id);
        // An unreadable status is never news.
        expect(a.notice?.message ?? '').not.toContain(statusWord(EN, 'unknown'));
        expect(a.notice?.title ?? '').not.toContain(statusWord(EN, 'unknown'));
        memory = a.memory;
        twin = b.memory;
      });
      // The limit is counted on the clock; a clock set back may reopen it, so check it where time ran forward.
      const forward = checks.every((c) => c.jump >= 0 || Math.abs(c.jump) < 1000);
      const inWindow = (t: number) => toastAt.filter((x) => x <= t && t - x < 15 * 60_000).length;
      const inHour = (t: number) => shownAt.filter((x) => x <= t && t - x < 60 * 60_000).length;
      if (forward) for (const t of toastAt) expect(inWindow(t)).toBeLessThanOrEqual(RATE_MAX);
      if (forward) for (const t of shownAt) expect(inHour(t)).toBeLessThanOrEqual(HOURLY_MAX);
    }), { numRuns: 300 });
  });

  // Reproduction (#16.7): a surface flapping every few minutes got 16 notifications an hour.
  it('sends at most five an hour to a surface that keeps flapping, folding the rest into the next', () => {
    const ok = { statuses: base.surfaces.map(() => 'operational' as const), incident: false };
    const bad = { statuses: base.surfaces.map((_, i) => (i === 0 ? 'major_outage' as const : 'operational' as const)), incident: true };
    let memory = stepNotifier(null, toSnapshot(ok, T0), ALL, ctx(T0)).memory;
    const shownAt: number[] = [];
    for (let i = 1; i <= 60; i++) {
      const now = T0 + i * 120_000;
      // Down (backed by an incident), then up for two checks, over and over.
      const step = stepNotifier(memory, toSnapshot(i % 3 === 1 ? bad : ok, now), ALL, ctx(now));
      memory = step.memory;
      if (step.notice) shownAt.push(now);
    }
    for (const t of shownAt) expect(shownAt.filter((x) => x <= t && t - x < 60 * 60_000).length).toBeLessThanOrEqual(HOURLY_MAX);
    expect(shownAt.length).toBeGreaterThanOrEqual(HOURLY_MAX * 2 - 1);
    expect(memory.deferred.length + shownAt.length).toBeGreaterThan(0);
  });

  // Reproduction (#16.6): an incident whose id is __proto__ was announced on every check.
  it('remembers an incident whatever its id, "__proto__" included', () => {
    const withId = (id: string, stage: 'investigating' | 'identified', at: number): Snapshot => {
      const s = toSnapshot({ statuses: base.surfaces.map((_, i) => (i === 0 ? 'major_outage' : 'operational')), incident: true }, at);
      return { ...s, incidents: s.incidents.map((x) => ({ ...x, id, stage })) };
    };
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      let memory = stepNotifier(null, withId(id, 'investigating', T0), ALL, ctx(T0)).memory;
      const notices = [1, 2, 3, 4].map((i) => {
        const step = stepNotifier(readNotifyMemory(JSON.parse(JSON.stringify(memory))), withId(id, 'investigating', T0 + i * 60_000), ALL, ctx(T0 + i * 60_000));
        memory = step.memory;
        return step.notice;
      });
      expect(notices.filter(Boolean)).toHaveLength(0);
      const stage = stepNotifier(memory, withId(id, 'identified', T0 + 10 * 60_000), ALL, ctx(T0 + 10 * 60_000));
      expect(stage.notice?.title).toMatch(/identified/i);
    }
  });

  // Reproduction (#16.4): identified, investigating, identified (an older copy) announced "Investigating" again.
  it('never announces a stage going backwards, nor the same stage twice', () => {
    const at = (stage: 'investigating' | 'identified' | 'monitoring', i: number): Snapshot => {
      const s = toSnapshot({ statuses: base.surfaces.map((_, n) => (n === 0 ? 'major_outage' : 'operational')), incident: true }, T0 + i * 60_000);
      return { ...s, incidents: s.incidents.map((x) => ({ ...x, stage })) };
    };
    const order = ['investigating', 'identified', 'investigating', 'identified', 'investigating', 'monitoring'] as const;
    let memory: NotifyMemory | null = null;
    const titles = order.map((stage, i) => {
      const step = stepNotifier(memory, at(stage, i), ALL, ctx(T0 + i * 60_000));
      memory = step.memory;
      return step.notice?.title ?? null;
    });
    expect(titles.filter(Boolean)).toEqual([expect.stringMatching(/identified/i), expect.stringMatching(/monitored/i)]);
  });

  it('announces no surface change that only one check saw, without an incident', () => {
    fc.assert(fc.property(fc.constantFrom(...STATUSES.filter((s) => s !== 'operational' && s !== 'unknown')), fc.nat(base.surfaces.length - 1),
      (blip, index) => {
        const ok = { statuses: base.surfaces.map(() => 'operational' as const), incident: false };
        const bad = { statuses: base.surfaces.map((_, i) => (i === index ? blip : 'operational')), incident: false };
        const m0 = stepNotifier(null, toSnapshot(ok, T0), ALL, ctx(T0)).memory;
        const m1 = stepNotifier(m0, toSnapshot(bad, T0 + 60_000), ALL, ctx(T0 + 60_000));
        const m2 = stepNotifier(m1.memory, toSnapshot(ok, T0 + 120_000), ALL, ctx(T0 + 120_000));
        expect(m1.notice).toBeNull();
        expect(m2.notice).toBeNull();
      }));
  });

  it('announces each real change exactly once', () => {
    fc.assert(fc.property(fc.constantFrom<ComponentStatus>('degraded_performance', 'partial_outage', 'major_outage'), fc.nat(base.surfaces.length - 1), fc.integer({ min: 2, max: 8 }),
      (status, index, checks) => {
        const ok = { statuses: base.surfaces.map(() => 'operational' as const), incident: false };
        const bad = { statuses: base.surfaces.map((_, i) => (i === index ? status : 'operational')), incident: false };
        let memory = stepNotifier(null, toSnapshot(ok, T0), ALL, ctx(T0)).memory;
        let count = 0;
        for (let i = 1; i <= checks; i++) {
          const step = stepNotifier(memory, toSnapshot(bad, T0 + i * 60_000), ALL, ctx(T0 + i * 60_000));
          memory = step.memory;
          if (step.notice) count++;
        }
        expect(count).toBe(1);
      }));
  });
});
