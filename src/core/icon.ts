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
  /**
   * Drawn just wider, under the arc, so the ring reads on light and dark toolbars alike: a light halo
   * around dark colours (they already stand out on light toolbars), a dark one around light colours.
   */
  halo: string;
}

const LIGHT_HALO = '#FFFFFF';
const DARK_HALO = '#1F1F1F';

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const haloFor = (colour: string): string => (contrast(colour, LIGHT_HALO) >= contrast(colour, DARK_HALO) ? LIGHT_HALO : DARK_HALO);

const GAP = 0.12; // radians between segments, so adjacent surfaces stay distinct at 16 px

/** The ring's segments for a badge decision; grey, thin and whole when the status is unknown. */
export function iconSegments(decision: BadgeDecision): IconSegment[] {
  const top = -Math.PI / 2;
  if (decision.unknown || decision.surfaces.length === 0) {
    const grey = COLOURS['source-unknown'].background;
    return [{ startAngle: top, endAngle: top + 2 * Math.PI, colour: grey, thick: false, halo: haloFor(grey) }];
  }
  const n = decision.surfaces.length;
  const step = (2 * Math.PI) / n;
  const gap = n > 1 ? GAP : 0;
  return decision.surfaces.map((s, i) => {
    const colour = COLOURS[s.key === decision.locallyFailing ? 'local-failing' : s.status].background;
    return {
      startAngle: top + i * step + gap / 2,
      endAngle: top + (i + 1) * step - gap / 2,
      colour,
      thick: isAffected(s.status) || s.key === decision.locallyFailing,
      halo: haloFor(colour),
    };
  });
}
