import { describe, expect, it } from 'vitest';
import { EN } from '../../test/support/i18n';
import { failed, stateFor, T0 } from '../../test/support/states';
import { decideBadge } from './badge';
import { iconSegments } from './icon';

describe('iconSegments', () => {
  it('draws one segment per watched surface, thick where affected', () => {
    const segments = iconSegments(decideBadge(stateFor('b1-2026-03-02-investigating'), T0, EN));
    expect(segments).toHaveLength(5);
    expect(segments.map((s) => s.thick)).toEqual([true, true, false, false, true]);
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
});
