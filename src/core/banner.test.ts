import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stateAt } from '../../test/support/captured-at';
import { editedState } from '../../test/support/edited';
import { summaryOf } from '../../test/support/fixtures';
import { failed, stateFor, T0 } from '../../test/support/states';
import { type BannerView, decideBanner, dismissalFor, isDismissed, isLive, readBanner, RECOVERED_SHOW_MS, toStoredBanner } from './banner';
import { deriveSnapshot } from './derive';
import { HOLD_MS, type LocalSignal, NO_SIGNAL } from './sensing/local-signal';
import { parseSummary } from './parse';
import { EMPTY_STATE, recordSuccess, STALE_AFTER_MS, type StatusState } from './source';

const ORIGIN = 'https://status.claude.com';
const AI = 'rwppv331jlwc';

/** A state from a scenario's summary.json, edited first. */
function edited(scenario: string, edit: (raw: Record<string, unknown> & { components: Record<string, unknown>[] }) => unknown): StatusState {
  const raw = structuredClone(summaryOf(scenario)) as Record<string, unknown> & { components: Record<string, unknown>[] };
  const r = parseSummary(edit(raw));
  if (!r.ok) throw new Error(r.reason);
  return recordSuccess(EMPTY_STATE, deriveSnapshot(r.summary, T0));
}

/** Runs a sequence of states through the decision, as the background does check after check. */
function replay(states: StatusState[], start = T0): BannerView[] {
  const views: BannerView[] = [];
  let prev: BannerView | null = null;
  states.forEach((s, i) => {
    const now = (s.snapshot?.fetchedAt ?? start) + i;
    prev = decideBanner(prev, s, now, ORIGIN);
    views.push(prev);
  });
  return views;
}

describe('decideBanner through the 2 March 2026 outage', () => {
  const stages = ['b0-2026-03-02-baseline', 'b1-2026-03-02-investigating', 'c1-2026-03-02-identified',
    'c2-2026-03-02-monitoring', 'c3-2026-03-02-resolved'];
  const views = replay(stages.map((s) => stateFor(s)));

  it('is hidden before the incident', () => expect(views[0]).toEqual({ kind: 'hidden', wasAffected: false }));

  it.each([[1, 'investigating'], [2, 'identified'], [3, 'monitoring']] as const)('shows the incident at stage %#: %s', (i, stage) => {
    expect(views[i]).toMatchObject({
      kind: 'outage', stage, key: 'incident:fx26mar02inc',
      title: 'Elevated errors on claude.ai, console, and claude code',
      url: `${ORIGIN}/incidents/fx26mar02inc`, since: '2026-03-02T11:49:13.281Z', major: false,
    });
  });

  it('carries the latest update, cleaned', () => {
    expect(views[1]).toMatchObject({ update: expect.stringMatching(/^We have confirmed that the API is working/) });
  });

  it('says claude.ai has recovered once resolved, for a while', () => {
    const recovered = views[4];
    expect(recovered).toMatchObject({ kind: 'recovered', url: ORIGIN });
    if (recovered?.kind !== 'recovered') throw new Error('not recovered');
    expect(isLive(recovered, T0 + 5)).toBe(true);
    expect(isLive(recovered, recovered.shownUntil)).toBe(false);
    // A later check inside the window keeps the same message; after it, the banner is gone.
    const ok = stateFor('c3-2026-03-02-resolved');
    expect(decideBanner(recovered, ok, T0 + 60_000, ORIGIN)).toBe(recovered);
    expect(decideBanner(recovered, ok, T0 + RECOVERED_SHOW_MS + 10, ORIGIN)).toEqual({ kind: 'hidden', wasAffected: false });
  });
});

describe('decideBanner stays away when claude.ai is not affected', () => {
  it.each([
    ['Claude Code only', stateFor('f-claude-code-degraded-only')],
    ['maintenance on the Console only', stateFor('e-scheduled-maintenance-in-progress')],
    ['an upcoming maintenance', stateFor('e0-scheduled-maintenance-upcoming')],
    ['an API-only outage', edited('a-all-operational', (raw) => ({
      ...raw, components: raw.components.map((c) => (c.id === 'k8w3r06qmzrp' ? { ...c, status: 'major_outage' } : c)),
    }))],
    ['all operational', stateFor('a-all-operational')],
  ])('%s', (_label, state) => {
    expect(decideBanner(null, state, T0, ORIGIN)).toEqual({ kind: 'hidden', wasAffected: false });
  });
});

describe('decideBanner when the status is unknown', () => {
  it('never shows anything with no data, a failed check or stale data', () => {
    const outage = stateFor('d-major-outage-multi-component');
    expect(decideBanner(null, EMPTY_STATE, T0, ORIGIN).kind).toBe('hidden');
    expect(decideBanner(null, failed(outage, 'challenged', T0 + 1), T0 + 2, ORIGIN).kind).toBe('hidden');
    expect(decideBanner(null, outage, T0 + STALE_AFTER_MS + 1, ORIGIN).kind).toBe('hidden');
  });

  it('still announces recovery after an unknown spell in the middle of an outage', () => {
    const views = replay([
      stateFor('c1-2026-03-02-identified'), failed(stateFor('c1-2026-03-02-identified'), 'timeout', T0), stateFor('c3-2026-03-02-resolved'),
    ]);
    expect(views.map((v) => v.kind)).toEqual(['outage', 'hidden', 'recovered']);
  });

  it('expires with its data: an outage view is not live once the data is stale', () => {
    const view = decideBanner(null, stateFor('b1-2026-03-02-investigating'), T0, ORIGIN);
    expect(isLive(view, T0 + STALE_AFTER_MS)).toBe(true);
    expect(isLive(view, T0 + STALE_AFTER_MS + 1)).toBe(false);
  });
});

describe('decideBanner for severity, maintenance and component-only trouble', () => {
  it('is major (an alert) in a major outage', () => {
    expect(decideBanner(null, stateFor('d-major-outage-multi-component'), T0, ORIGIN)).toMatchObject({ kind: 'outage', major: true });
  });

  it('reports the critical one of two concurrent incidents', () => {
    expect(decideBanner(null, stateFor('d-major-outage-multi-component'), T0, ORIGIN)).toMatchObject({ key: 'incident:qt14v73myyy5' });
  });

  it('shows a claude.ai outage that has no incident yet, linking to the page', () => {
    const state = edited('a-all-operational', (raw) => ({
      ...raw, components: raw.components.map((c) => (c.id === AI ? { ...c, status: 'partial_outage' } : c)),
    }));
    expect(decideBanner(null, state, T0, ORIGIN)).toMatchObject({
      kind: 'outage', stage: null, title: '', status: 'partial_outage', url: ORIGIN,
    });
  });

  it('shows a maintenance on claude.ai in its own kind, with its end time', () => {
    const state = edited('e-scheduled-maintenance-in-progress', (raw) => {
      const m = (raw.scheduled_maintenances as { components: { id: string }[] }[])[0];
      if (m?.components[0]) m.components[0].id = AI;
      return raw;
    });
    expect(decideBanner(null, state, T0, ORIGIN)).toMatchObject({
      kind: 'maintenance', title: 'Claude Console billing and usage maintenance', until: expect.any(String),
      url: `${ORIGIN}/incidents/fxmaint0829a`,
    });
  });

  it('never links off the status page origin, whatever the id holds', () => {
    const state = edited('b1-2026-03-02-investigating', (raw) => {
      Object.assign((raw.incidents as object[])[0] ?? {}, { id: '../../evil.example' });
      return raw;
    });
    expect(decideBanner(null, state, T0, ORIGIN)).toMatchObject({ url: ORIGIN });
  });

  it('keeps markup in a title as text and strips bidi overrides', () => {
    const state = edited('b1-2026-03-02-investigating', (raw) => {
      Object.assign((raw.incidents as object[])[0] ?? {}, { name: '<img src=x onerror=alert(1)>\u202e\nDown' });
      return raw;
    });
    expect(decideBanner(null, state, T0, ORIGIN)).toMatchObject({ title: '<img src=x onerror=alert(1)> Down' });
  });
});

describe('dismissal', () => {
  const investigating = decideBanner(null, stateFor('b1-2026-03-02-investigating'), T0, ORIGIN);

  it('holds for the same incident at the same or lower severity, through stage changes', () => {
    const dismissal = dismissalFor(investigating);
    const monitoring = decideBanner(investigating, stateFor('c2-2026-03-02-monitoring'), T0, ORIGIN);
    expect(isDismissed(investigating, dismissal)).toBe(true);
    expect(isDismissed(monitoring, dismissal)).toBe(true);
  });

  it('comes back when the incident escalates', () => {
    const worse = edited('b1-2026-03-02-investigating', (raw) => ({
      ...raw, components: raw.components.map((c) => (c.id === AI ? { ...c, status: 'major_outage' } : c)),
    }));
    expect(isDismissed(decideBanner(investigating, worse, T0, ORIGIN), dismissalFor(investigating))).toBe(false);
  });

  it('comes back for a new incident', () => {
    const other = decideBanner(null, stateFor('d-major-outage-multi-component'), T0, ORIGIN);
    expect(isDismissed(other, dismissalFor(investigating))).toBe(false);
  });

  it('is nothing without a record', () => expect(isDismissed(investigating, null)).toBe(false));
});

describe('stored banner', () => {
  it('round-trips and rejects anything else', async () => {
    const { readBanner, toStoredBanner, readDismissal } = await import('./banner');
    const view = decideBanner(null, stateFor('b1-2026-03-02-investigating'), T0, ORIGIN);
    expect(readBanner(JSON.parse(JSON.stringify(toStoredBanner(view))))).toEqual(view);
    // Versions before 4 (without what still works and the models) are dropped: the next check writes a new one.
    const { models: _, ...v3 } = view as Extract<BannerView, { kind: 'outage' }>;
    for (const bad of [undefined, null, { version: 2, view }, { version: 3, view }, { version: 4, view: v3 }, { version: 4, view: { kind: 'outage' } }, { version: 4, view: { kind: 'boom' } }]) {
      expect(readBanner(bad)).toEqual({ kind: 'hidden', wasAffected: false });
    }
    expect(readDismissal({ key: 'k', rank: 2 })).toEqual({ key: 'k', rank: 2 });
    expect(readDismissal({ key: 1 })).toBeNull();
  });
});

describe('decideBanner with the local signal', () => {
  const local: LocalSignal = { ...NO_SIGNAL, kind: 'failing', since: T0 - 60_000, failed: 7, total: 9, updatedAt: T0 };
  const fine = stateFor('b0-2026-03-02-baseline', T0);

  it('shows the advice, marked as seen here, while the status page says claude.ai is fine', () => {
    expect(decideBanner(null, fine, T0, ORIGIN, local)).toEqual({
      kind: 'local', key: `local:${T0 - 60_000}`, rank: 3, since: T0 - 60_000, url: ORIGIN, validUntil: T0 + HOLD_MS, onAndOff: false,
      // The status page says every other surface is operational.
      stillWorks: ['Claude Console', 'Claude API', 'Claude for Government', 'Claude Code'],
    });
    expect(decideBanner(null, fine, T0, ORIGIN, { ...local, onAndOff: true })).toMatchObject({ kind: 'local', onAndOff: true });
  });

  it('gives way to the official incident when the status page confirms', () => {
    const shown = decideBanner(null, fine, T0, ORIGIN, local);
    const confirmed = stateFor('b1-2026-03-02-investigating', T0 + 60_000);
    expect(decideBanner(shown, confirmed, T0 + 60_000, ORIGIN, NO_SIGNAL).kind).toBe('outage');
  });

  it('says claude.ai has recovered only when the signal ended in a recovery, and goes away quietly when it ran out', () => {
    const shown = decideBanner(null, fine, T0, ORIGIN, local);
    const later = stateFor('b0-2026-03-02-baseline', T0 + 60_000);
    expect(decideBanner(shown, later, T0 + 60_000, ORIGIN, NO_SIGNAL, 'recovered').kind).toBe('recovered');
    expect(decideBanner(shown, later, T0 + 60_000, ORIGIN, NO_SIGNAL, 'quiet')).toEqual({ kind: 'hidden', wasAffected: false });
  });

  it('is one banner, dismissed once, for a whole episode, brownout or not', () => {
    const shown = decideBanner(null, fine, T0, ORIGIN, local);
    const dismissal = dismissalFor(shown);
    expect(isDismissed(decideBanner(shown, fine, T0 + 5_000, ORIGIN, { ...local, updatedAt: T0 + 5_000 }), dismissal)).toBe(true);
    expect(isDismissed(decideBanner(shown, fine, T0 + 9_000, ORIGIN, { ...local, onAndOff: true, updatedAt: T0 + 9_000 }), dismissal)).toBe(true);
    expect(isDismissed(decideBanner(null, fine, T0, ORIGIN, { ...local, since: T0 }), dismissal)).toBe(false);
  });

  it('is never shown over an unknown status', () => {
    expect(decideBanner(null, failed(fine, 'offline', T0 + 1), T0 + 2, ORIGIN, local).kind).toBe('hidden');
  });
});

describe('decideBanner during claude.ai’s incident, with what this browser sees', () => {
  const outage = stateFor('c2-2026-03-02-monitoring', T0);
  const works: LocalSignal = { ...NO_SIGNAL, kind: 'works-here', since: T0 - 1_000, updatedAt: T0 };

  it('says claude.ai works again here while the incident is still listed, as news after a dismissed outage banner', () => {
    const down = decideBanner(null, outage, T0, ORIGIN);
    const view = decideBanner(down, outage, T0, ORIGIN, works);
    expect(view).toMatchObject({ kind: 'outage', worksHere: true, major: false, key: 'works:incident:fx26mar02inc', stage: 'monitoring' });
    expect(isDismissed(view, dismissalFor(down))).toBe(false);
    expect(down).toMatchObject({ worksHere: false, limitedHere: false });
  });

  it('says 429s here are probably the outage while they are recent', () => {
    expect(decideBanner(null, outage, T0, ORIGIN, { ...NO_SIGNAL, limitedAt: T0 - 10_000 })).toMatchObject({ kind: 'outage', limitedHere: true });
    expect(decideBanner(null, outage, T0 + 5 * 60_000, ORIGIN, { ...NO_SIGNAL, limitedAt: T0 - 10_000 })).toMatchObject({ kind: 'outage', limitedHere: false });
  });
});

describe('readBanner, field by field', () => {
  it('reads what it stores, and a view with a bad field as hidden', () => {
    const view = decideBanner(null, stateFor('b1-2026-03-02-investigating', T0), T0, ORIGIN);
    expect(readBanner(JSON.parse(JSON.stringify(toStoredBanner(view))))).toEqual(view);
    const bad = [
      ['url', ['javascript', 'alert(1)'].join(':')], ['validUntil', 'later'], ['title', 5], ['kind', '__proto__'], ['major', 'yes'],
      ['models', 'Opus 4.6'], ['models', Array(7).fill('Opus 4')], ['models', [42]], ['stillWorks', undefined], ['stillWorks', ['x'.repeat(121)]],
      ['stillWorks', Array(25).fill('Claude API')],
    ] as const;
    for (const [field, value] of bad) {
      expect(readBanner({ version: 4, view: { ...view, [field]: value } })).toEqual({ kind: 'hidden', wasAffected: false });
    }
  });
});

describe('the stored banner reads back whatever surface names the page has', () => {
  it('any component name, emoji and all (a label is cut to 60 code points, up to 120 UTF-16 units)', () => {
    // A component the page adds: its label is its own name (the known ones have ours).
    const state = (name: string) => editedState('b1-2026-03-02-investigating', (raw) => {
      const gov = raw.components.find((c) => c.name === 'Claude for Government');
      raw.components.push({ ...gov, id: 'newcomponent1', name, position: 99 });
    }, T0);
    const roundTrip = (view: BannerView) => readBanner(JSON.parse(JSON.stringify(toStoredBanner(view))));
    const rocket = decideBanner(null, state(`${'G'.repeat(58)}🚀🚀🚀🚀`), T0, ORIGIN);
    expect(rocket).toMatchObject({ kind: 'outage' });
    expect(roundTrip(rocket)).toEqual(rocket);
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), (name) => {
      const view = decideBanner(null, state(name), T0, ORIGIN);
      expect(roundTrip(view)).toEqual(view);
    }), { numRuns: 60 });
  });
});

describe('decideBanner: the models the incident names', () => {
  const OPUS = 'real-captures/incidents/b9802k1zb5l2.json';
  const at = (iso: string) => decideBanner(null, stateAt(OPUS, iso), Date.parse(iso), ORIGIN);

  it('27 March: Opus 4.6 from the title, Sonnet 4.6 while the latest update names it, not once it is healthy', () => {
    expect(at('2026-03-27T07:00:00Z')).toMatchObject({ kind: 'outage', models: ['Opus 4.6'] });
    expect(at('2026-03-27T11:30:00Z')).toMatchObject({ kind: 'outage', models: ['Opus 4.6', 'Sonnet 4.6'] });
    expect(at('2026-03-27T12:10:00Z')).toMatchObject({ kind: 'outage', models: ['Opus 4.6'] });
  });

  it('none for an incident that names no model, or without an incident', () => {
    expect(decideBanner(null, stateFor('b1-2026-03-02-investigating', T0), T0, ORIGIN)).toMatchObject({ kind: 'outage', models: [] });
  });
});
