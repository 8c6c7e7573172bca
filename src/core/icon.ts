import type { BadgeDecision } from './badge';
import { COLOURS, isAffected } from './severity';

/** One arc of the ring around the icon: one per watched surface, clockwise from the top. */
export interface IconSegment {
  startAngle: number;
  endAngle: number;
  colour: string;
  /**
   * Affected surfaces get a thick arc, fine ones a thin arc: the shape carries the signal too, so the
   * icon still reads for people who cannot tell the colours apart.
   */
  thick: boolean;
}

const GAP = 0.12; // radians between segments, so adjacent surfaces stay distinct at 16 px

/** The ring's segments for a badge decision; grey, thin and whole when the status is unknown. */
export function iconSegments(decision: BadgeDecision): IconSegment[] {
  const top = -Math.PI / 2;
  if (decision.unknown || decision.surfaces.length === 0) {
    return [{ startAngle: top, endAngle: top + 2 * Math.PI, colour: COLOURS['source-unknown'].background, thick: false }];
  }
  const n = decision.surfaces.length;
  const step = (2 * Math.PI) / n;
  const gap = n > 1 ? GAP : 0;
  return decision.surfaces.map((s, i) => ({
    startAngle: top + i * step + gap / 2,
    endAngle: top + (i + 1) * step - gap / 2,
    colour: COLOURS[s.key === decision.locallyFailing ? 'local-failing' : s.status].background,
    thick: isAffected(s.status) || s.key === decision.locallyFailing,
  }));
}
