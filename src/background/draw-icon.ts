import type { IconSegment } from '../core/icon';

const SIZES = [16, 32] as const;

/**
 * Draws the per-surface ring as ImageData for `action.setIcon`. OffscreenCanvas exists in Chrome's
 * service worker and Firefox's event page; where it does not (tests in Node), null keeps the
 * manifest's static icon.
 */
export function drawIcon(segments: readonly IconSegment[]): Record<string, ImageData> | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const images: Record<string, ImageData> = {};
  for (const size of SIZES) {
    const canvas = new OffscreenCanvas(size, size);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const centre = size / 2;
    const halo = size / 16;
    for (const pass of ['halo', 'colour'] as const) {
      for (const s of segments) {
        const width = size * (s.thick ? 0.3 : 0.12);
        ctx.beginPath();
        ctx.arc(centre, centre, centre - width / 2 - halo, s.startAngle, s.endAngle);
        ctx.lineWidth = pass === 'halo' ? width + 2 * halo : width;
        ctx.strokeStyle = pass === 'halo' ? s.halo : s.colour;
        ctx.lineCap = 'butt';
        ctx.stroke();
      }
    }
    // The centre dot keeps the icon recognisable as this extension whatever the ring shows.
    ctx.beginPath();
    ctx.arc(centre, centre, size * 0.14, 0, 2 * Math.PI);
    ctx.fillStyle = '#D97757';
    ctx.fill();
    images[String(size)] = ctx.getImageData(0, 0, size, size);
  }
  return images;
}
