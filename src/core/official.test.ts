// The status page's own word on claude.ai, before anything this browser sees.
import { describe, expect, it } from 'vitest';
import { aiComponent, editedState } from '../../test/support/edited';
import { stateFor, T0 } from '../../test/support/states';
import { officialClaudeAi } from './official';
import { EMPTY_STATE, STALE_AFTER_MS } from './source';

describe('officialClaudeAi', () => {
  it.each([
    ['b0-2026-03-02-baseline', 'fine'], ['b1-2026-03-02-investigating', 'down'], ['c2-2026-03-02-monitoring', 'down'],
    ['c3-2026-03-02-resolved', 'fine'], ['e-scheduled-maintenance-in-progress', 'fine'], ['f-claude-code-degraded-only', 'fine'],
  ])('%s: claude.ai is %s', (scenario, word) => {
    expect(officialClaudeAi(stateFor(scenario, T0), T0).word).toBe(word);
  });

  it('is unknown without fresh data', () => {
    expect(officialClaudeAi(stateFor('b0-2026-03-02-baseline', T0), T0 + STALE_AFTER_MS + 1).word).toBe('unknown');
    expect(officialClaudeAi(EMPTY_STATE, T0).word).toBe('unknown');
  });

  it('never counts a maintenance merely scheduled on claude.ai, even one under way by its own clock', () => {
    const state = editedState('e0-scheduled-maintenance-upcoming', (raw) => {
      const m = raw.scheduled_maintenances[0];
      if (m) m.components = [aiComponent(raw)];
    });
    expect(officialClaudeAi(state, T0)).toMatchObject({ word: 'fine', incidents: [] });
    expect(state.snapshot?.surfaces.find((s) => s.key === 'claude-ai')?.status).toBe('operational');
  });

  it('counts a maintenance in progress on claude.ai', () => {
    const state = editedState('e-scheduled-maintenance-in-progress', (raw) => {
      const m = raw.scheduled_maintenances[0];
      if (m) m.components = [aiComponent(raw)];
    });
    expect(officialClaudeAi(state, T0).word).toBe('maintenance');
  });

  it('calls an open incident on claude.ai down while its component still reads operational', () => {
    const state = editedState('b1-2026-03-02-investigating', (raw) => {
      for (const c of raw.components) c.status = 'operational';
    });
    const official = officialClaudeAi(state, T0);
    expect(official.word).toBe('down');
    expect(official.incidents.map((i) => i.id)).toEqual(['fx26mar02inc']);
  });

  it('calls an incident once resolved nothing, and an unreadable status unrecognised', () => {
    const resolved = editedState('b1-2026-03-02-investigating', (raw) => {
      for (const c of raw.components) c.status = 'operational';
      for (const i of raw.incidents) i.status = 'resolved';
    });
    expect(officialClaudeAi(resolved, T0).word).toBe('fine');
    const odd = editedState('a-all-operational', (raw) => {
      aiComponent(raw).status = 'exploding';
    });
    expect(officialClaudeAi(odd, T0).word).toBe('unrecognised');
  });
});
