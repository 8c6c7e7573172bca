import { describe, expect, it } from 'vitest';
import { EN } from '../../test/support/i18n';
import { failed, stateFor, T0 } from '../../test/support/states';
import { EMPTY_STATE } from './source';
import { decideBadge } from './badge';
import { contrast, iconSegments } from './icon';
import { type LocalSignal, NO_SIGNAL } from './sensing/local-signal';
import { COLOURS } from './severity';

describe('iconSegments', () => {
  it('draws one segment per watched surface, thick where affected', () => {
    const segments = iconSegments(decideBadge(stateFor('b1-2026-03-02-investigating'), T0, EN));
    expect(segments).toHaveLength(5);
    // claude.ai, Console, the API (its open incident), not Government, Claude Code.
    expect(segments.map((s) => s.thick)).toEqual([true, true, true, false, true]);
    expect(segments[0]?.colour).toBe('#B94A00');
    for (const s of segments) expect(s.endAngle).toBeGreaterThan(s.startAngle);
  });

  it('keeps segments in order around the ring without overlapping', () => {
    const segments = iconSegments(decideBadge(stateFor('a-all-operational'), T0, EN));
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]?.startAngle).toBeGreaterThan(segments[i - 1]?.endAngle ?? Infinity);
    }
  });

  it('follows the watched set', () => {
    expect(iconSegments(decideBadge(stateFor('a-all-operational'), T0, EN, ['claude-ai', 'api']))).toHaveLength(2);
  });

  it('is one thin grey ring when the status is unknown', () => {
    const segments = iconSegments(decideBadge(failed(stateFor('d-major-outage-multi-component'), 'offline', T0), T0, EN));
    expect(segments).toEqual([expect.objectContaining({ colour: '#5F6368', thick: false })]);
  });

  // Reproduction (#15): the ring's colours were about 2:1 against a dark toolbar.
  it.each(Object.keys(COLOURS))('reads at 3:1 or more on light and dark toolbars: %s, with its halo', (key) => {
    const colour = COLOURS[key as keyof typeof COLOURS].background;
    const local: LocalSignal = { ...NO_SIGNAL, kind: 'failing', since: T0, failed: 5, total: 5, updatedAt: T0 };
    const all = [
      ...iconSegments(decideBadge(stateFor('d-major-outage-multi-component'), T0, EN)),
      ...iconSegments(decideBadge(stateFor('e-scheduled-maintenance-in-progress'), T0, EN)),
      ...iconSegments(decideBadge(stateFor('f-claude-code-degraded-only'), T0, EN)),
      ...iconSegments(decideBadge(stateFor('b0-2026-03-02-baseline'), T0, EN, null, local)),
      ...iconSegments(decideBadge(EMPTY_STATE, T0, EN)),
    ];
    const segment = all.find((x) => x.colour === colour);
    if (!segment) return;
    // Chrome's and Firefox's light and dark toolbars.
    for (const toolbar of ['#FFFFFF', '#F1F3F4', '#DEE1E6', '#202124', '#35363A', '#2B2A33']) {
      expect(Math.max(contrast(segment.colour, toolbar), contrast(segment.halo, toolbar)), `${key} on ${toolbar}`).toBeGreaterThanOrEqual(3);
    }
  });
});
