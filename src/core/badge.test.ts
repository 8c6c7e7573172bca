import { describe, expect, it } from 'vitest';
import { EN } from '../../test/support/i18n';
import { SCENARIOS } from '../../test/support/fixtures';
import { EXPECTED } from '../../test/support/scenarios';
import { failed, stateFor, T0 } from '../../test/support/states';
import { decideBadge } from './badge';
import { iconSegments } from './icon';
import { type LocalSignal, NO_SIGNAL } from './sensing/local-signal';
import { EMPTY_STATE, STALE_AFTER_MS } from './source';
import { statusWord } from './words';

describe('the verdict, first line of the tooltip', () => {
  it.each([
    ['b1-2026-03-02-investigating', 'claude.ai is down for everyone: the status page says so'],
    ['e-scheduled-maintenance-in-progress', 'claude.ai is working; Claude Console has problems'],
    ['f-claude-code-degraded-only', 'claude.ai is working; Claude Code has problems'],
    ['a-all-operational', 'claude.ai is working'],
  ])('%s: %s', (scenario, words) => expect(decideBadge(stateFor(scenario), T0, EN).title.split('\n')[0]).toBe(words));

  it('says the person seems offline, never an outage, when the page cannot be reached for that reason', () => {
    const d = decideBadge(failed(stateFor('b1-2026-03-02-investigating'), 'offline', T0 + 1), T0 + 1, EN);
    expect(d.title.split('\n')[0]).toBe('You seem to be offline; this is not a claude.ai outage');
    expect(d.text).toBe('?');
  });
});

describe('decideBadge per scenario', () => {
  it.each(SCENARIOS)('%s', (scenario) => {
    const expected = EXPECTED[scenario];
    if (!expected) throw new Error('no expectation');
    const d = decideBadge(stateFor(scenario), T0 + 30_000, EN);
    expect(d.text).toBe(expected.badge);
    if (expected.colour) expect(d.background).toBe(expected.colour);
    expect(d.unknown).toBe(false);
    // The title names every surface with its status in words: colour is never the only signal.
    for (const s of d.surfaces) expect(d.title).toContain(`${s.label}: ${statusWord(EN, s.status)}`);
    expect(d.title).toContain('Checked 30 seconds ago.');
  });

  it('says how long an affected surface has been in its state', () => {
    const at = Date.parse('2026-03-02T12:50:00Z');
    const d = decideBadge(stateFor('b1-2026-03-02-investigating', at), at, EN);
    expect(d.title).toContain('claude.ai: Partial outage for 1 h');
    expect(d.title.split('\n')[0]).toBe('claude.ai is down for everyone: the status page says so');
  });

  it('names the worst surface, not the first affected one', () => {
    const d = decideBadge(stateFor('d-major-outage-multi-component'), T0, EN);
    expect(d.text).toBe('AI+');
    expect(d.title.split('\n')[0]).toBe('claude.ai is down for everyone: the status page says so');
  });

  it('gives dark text on the yellow badge and white on the others', () => {
    expect(decideBadge(stateFor('f-claude-code-degraded-only'), T0, EN).textColor).toBe('#1F1F1F');
    expect(decideBadge(stateFor('d-major-outage-multi-component'), T0, EN).textColor).toBe('#FFFFFF');
  });

  it('only counts watched surfaces', () => {
    const state = stateFor('b1-2026-03-02-investigating');
    const d = decideBadge(state, T0, EN, ['government', 'claude-code']);
    expect(d.text).toBe('CC');
    expect(d.title).not.toContain('claude.ai');
    expect(d.title.split('\n')[0]).toBe(EN.t('verdictWatched', ['Claude Code']));
    expect(decideBadge(state, T0, EN, ['government']).text).toBe('');
    expect(decideBadge(state, T0, EN, ['government']).title.split('\n')[0]).toBe(EN.t('verdictWatchedFine'));
  });
});

describe('decideBadge when the status is unknown', () => {
  it('shows ? with no data yet', () => {
    const d = decideBadge(EMPTY_STATE, T0, EN);
    expect(d).toMatchObject({ text: '?', background: '#5F6368', unknown: true });
    expect(d.title).toBe('claude.ai status unknown: no answer from the status page yet');
  });

  it('shows ? and the reason when the page is challenged, keeping the last data as stale', () => {
    const state = failed(failed(stateFor('d-major-outage-multi-component'), 'challenged', T0 + 60_000), 'challenged', T0 + 120_000);
    const d = decideBadge(state, T0 + 180_000, EN);
    expect(d.text).toBe('?');
    expect(d.background).toBe('#5F6368');
    expect(d.title).toContain('bot challenge');
    expect(d.title).toContain('Unknown for 2 min.');
    expect(d.title).toContain('Last known, stale (3 min old):');
    expect(d.title).toContain('claude.ai: Major outage');
  });

  it.each(['offline', 'timeout', 'http', 'not-json', 'too-large', 'malformed', 'wrong-origin'] as const)(
    'an all-clear is not shown after a %s failure', (kind) => {
      const d = decideBadge(failed(stateFor('a-all-operational'), kind, T0 + 1), T0 + 2, EN);
      expect(d.text).toBe('?');
      expect(d.unknown).toBe(true);
    },
  );

  it('turns stale after the bound without a good answer, and not before', () => {
    const state = stateFor('f-claude-code-degraded-only');
    expect(decideBadge(state, T0 + STALE_AFTER_MS, EN).text).toBe('CC');
    const d = decideBadge(state, T0 + STALE_AFTER_MS + 1, EN);
    expect(d.text).toBe('?');
    expect(d.title).toContain('no fresh answer');
  });

  it('calls data from the future stale: the clock went backwards, so its age is unknown (#22)', () => {
    expect(decideBadge(stateFor('f-claude-code-degraded-only'), T0 - 48 * 3_600_000, EN).text).toBe('?');
  });
});

describe('decideBadge with the local signal', () => {
  const local: LocalSignal = { ...NO_SIGNAL, kind: 'failing', since: T0 - 60_000, failed: 7, total: 9, updatedAt: T0 };

  it('badges claude.ai as seen failing here, in its own colour, and says the page has not reported it', () => {
    const d = decideBadge(stateFor('b0-2026-03-02-baseline'), T0 + 1_000, EN, null, local);
    expect(d).toMatchObject({ text: 'AI!', background: '#6A1B9A', textColor: '#FFFFFF', locallyFailing: 'claude-ai' });
    expect(d.title.split('\n')[0]).toBe(EN.t('verdictLocal'));
    expect(d.title.split('\n')[1]).toBe('Seen in this browser: 7 of claude.ai’s last 9 requests failed.');
    expect(d.title).toContain('claude.ai: Operational per the status page; failing in this browser');
    expect(iconSegments(d).filter((s) => s.thick)).toEqual([expect.objectContaining({ colour: '#6A1B9A' })]);
  });

  it('adds + when the page reports other surfaces', () => {
    expect(decideBadge(stateFor('f-claude-code-degraded-only'), T0, EN, null, local).text).toBe('AI!+');
  });

  it('gives way to the status page when it reports claude.ai itself', () => {
    expect(decideBadge(stateFor('b1-2026-03-02-investigating'), T0, EN, null, local)).toMatchObject({ text: 'AI+', locallyFailing: null });
  });

  it('is not shown when claude.ai is not watched, or when the status is unknown', () => {
    expect(decideBadge(stateFor('b0-2026-03-02-baseline'), T0, EN, ['api'], local).text).toBe('');
  });

  it('words a brownout as failing on and off, with the same badge', () => {
    const d = decideBadge(stateFor('b0-2026-03-02-baseline'), T0 + 1_000, EN, null, { ...local, onAndOff: true });
    expect(d).toMatchObject({ text: 'AI!', locallyFailing: 'claude-ai' });
    expect(d.title.split('\n')[0]).toBe(EN.t('verdictLocalOnAndOff'));
  });

  it('says a 429 here during claude.ai’s incident is probably the outage', () => {
    const d = decideBadge(stateFor('b1-2026-03-02-investigating'), T0, EN, null, { ...NO_SIGNAL, limitedAt: T0 - 5_000 });
    expect(d.title.split('\n')).toContain(EN.t('adviceLimitedIsOutage'));
    expect(decideBadge(stateFor('b1-2026-03-02-investigating'), T0, EN).title).not.toContain(EN.t('adviceLimitedIsOutage'));
    expect(decideBadge(failed(stateFor('b0-2026-03-02-baseline'), 'offline', T0), T0, EN, null, local).text).toBe('?');
  });
});

describe('decideBadge: states kept apart (#16.9)', () => {
  it('keeps showing recent data through one failed check, and turns unknown when failures repeat', () => {
    const good = stateFor('f-claude-code-degraded-only', T0);
    expect(decideBadge(failed(good, 'timeout', T0 + 60_000, 1), T0 + 60_000, EN).text).toBe('CC');
    expect(decideBadge(failed(good, 'timeout', T0 + 60_000, 2), T0 + 60_000, EN).text).toBe('?');
    // ...or when the one failure outlives the data's freshness.
    expect(decideBadge(failed(good, 'timeout', T0 + 60_000, 1), T0 + STALE_AFTER_MS + 1, EN).text).toBe('?');
  });

  it('takes no blip for a redirect or a revoked permission', () => {
    const good = stateFor('a-all-operational', T0);
    expect(decideBadge(failed(good, 'redirected', T0 + 1, 1), T0 + 1, EN).title).toMatch(/another address/);
    expect(decideBadge(failed(good, 'no-permission', T0 + 1, 1), T0 + 1, EN).title).toMatch(/no longer lets the extension/);
  });

  it('never calls an unrecognised status of claude.ai an all-clear', () => {
    const s = stateFor('a-all-operational', T0);
    const snapshot = s.snapshot ? { ...s.snapshot, surfaces: s.snapshot.surfaces.map((x) => (x.key === 'claude-ai' ? { ...x, status: 'unknown' as const } : x)) } : null;
    const d = decideBadge({ ...s, snapshot }, T0, EN);
    expect(d.title.split('\n')[0]).toBe('claude.ai status unknown: the status page sent a status this version does not know');
    expect(d.text).toBe('');
  });
});
