// Writes the static PNG icons (manifest and notifications) in the design the worker draws at run time:
// a grey ring around the Claude-orange centre. Run once; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { encodePng } from './png.mjs';

function icon(size) {
  const ss = 4; // supersampling for smooth edges
  const c = size / 2;
  const rgba = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let ring = 0;
      let dot = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const d = Math.hypot(x + (sx + 0.5) / ss - c, y + (sy + 0.5) / ss - c);
          if (d <= size * 0.14) dot++;
          else if (d <= c && d >= c - size * 0.12) ring++;
        }
      }
      const [r, g, b] = dot >= ring ? [0xd9, 0x77, 0x57] : [0x5f, 0x63, 0x68];
      rgba.push(r, g, b, Math.round(((ring + dot) / (ss * ss)) * 255));
    }
  }
  return encodePng(size, size, rgba);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), icon(size));
