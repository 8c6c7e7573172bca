// `npm run package`: store-ready archives in dist/packages/, the same bytes from the same sources on any
// machine: entries sorted, every timestamp fixed (zip stores local times, which would otherwise differ
// by machine and by minute), and the sources archive for addons.mozilla.org's review (docs/BUILDING.md).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import pkg from '../package.json' with { type: 'json' };
import { zipDir } from './zip-dir.mjs';

mkdirSync('dist/packages', { recursive: true });
const base = `status-notifier-for-claude-${pkg.version}`;
for (const target of ['chrome', 'firefox']) {
  const out = `dist/packages/${base}-${target}.zip`;
  writeFileSync(out, zipDir(`dist/${target}`));
  console.log(`packaged ${out}`);
}
// The sources as committed (git archive: tracked files only, so no node_modules or dist), for review.
const sources = `dist/packages/${base}-sources.zip`;
execFileSync('git', ['archive', '--format=zip', `--prefix=${base}/`, '-o', sources, 'HEAD']);
console.log(`packaged ${sources} (the committed sources; see docs/BUILDING.md)`);
