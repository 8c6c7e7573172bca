// `npm run package`: store-ready archives in dist/packages/, the same bytes from the same sources on any
// machine: entries sorted, every timestamp fixed (zip stores local times, which would otherwise differ
// by machine and by minute), and the sources archive for addons.mozilla.org's review (docs/BUILDING.md).
// All three come from one tree, the one on disk: the sources archive is that tree's source files
// (scripts/source-tree.mjs, no git needed, so it works inside an unpacked sources archive too), and
// packaging refuses when those sources are not the ones dist/ was built from.
import { mkdirSync, writeFileSync } from 'node:fs';
import pkg from '../package.json' with { type: 'json' };
import { builtFromOtherSources, sourceFiles } from './source-tree.mjs';
import { zipDir, zipFiles } from './zip-dir.mjs';

const mismatch = builtFromOtherSources('.');
if (mismatch) {
  console.error(mismatch);
  process.exit(1);
}
// Every archive is made in memory first, so a failure leaves no empty or partial zip behind.
const base = `status-notifier-for-claude-${pkg.version}`;
const archives = [
  ...['chrome', 'firefox'].map((target) => ({ out: `dist/packages/${base}-${target}.zip`, bytes: zipDir(`dist/${target}`), note: '' })),
  { out: `dist/packages/${base}-sources.zip`, bytes: zipFiles('.', sourceFiles('.'), `${base}/`), note: ' (the sources dist/ was built from; see docs/BUILDING.md)' },
];
mkdirSync('dist/packages', { recursive: true });
for (const { out, bytes, note } of archives) {
  writeFileSync(out, bytes);
  console.log(`packaged ${out}${note}`);
}
