// Writes the static PNG icons (manifest and notifications) in the design the worker draws at run time:
// a grey ring around the Claude-orange centre. Run once; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { ringIcon } from './ring-icon.mjs';

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), ringIcon(size));
