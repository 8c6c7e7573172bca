// The static ring icon (a grey ring around the Claude-orange centre), as PNG bytes: for the manifest's
// icons (make-icons.mjs) and the store's 128 px icon, whose artwork is 96 px inside 16 px of padding.
import { encodePng } from './png.mjs';

/** A `size` px icon whose ring fills the middle `artwork` px. */
export function ringIcon(size, artwork = size) {
  const ss = 4; // supersampling for smooth edges
  const c = size / 2;
  const outer = artwork / 2;
  const rgba = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let ring = 0;
      let dot = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const d = Math.hypot(x + (sx + 0.5) / ss - c, y + (sy + 0.5) / ss - c);
          if (d <= artwork * 0.14) dot++;
          else if (d <= outer && d >= outer - artwork * 0.12) ring++;
        }
      }
      const [r, g, b] = dot >= ring ? [0xd9, 0x77, 0x57] : [0x5f, 0x63, 0x68];
      rgba.push(r, g, b, Math.round(((ring + dot) / (ss * ss)) * 255));
    }
  }
  return encodePng(size, size, rgba);
}
