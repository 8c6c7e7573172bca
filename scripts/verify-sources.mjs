// `npm run verify-sources`: proves the sources archive rebuilds the Firefox package byte for byte, as
// addons.mozilla.org's reviewers will try (docs/BUILDING.md). Unpacks dist/packages/*-sources.zip into a
// temporary folder, follows BUILDING.md's steps there, and compares every file of its dist/firefox with ours.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pkg from '../package.json' with { type: 'json' };

const base = `status-notifier-for-claude-${pkg.version}`;
const zip = resolve(`dist/packages/${base}-sources.zip`);
const work = mkdtempSync(join(tmpdir(), 'verify-sources-'));

function hashes(dir) {
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return Object.fromEntries(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

try {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    const out = join(work, name);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
  }
  const root = join(work, base);
  // The steps of docs/BUILDING.md.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const theirs = hashes(join(root, 'dist/firefox'));
  const ours = hashes(resolve('dist/firefox'));
  const differ = [...new Set([...Object.keys(theirs), ...Object.keys(ours)])].filter((f) => theirs[f] !== ours[f]);
  if (differ.length > 0) {
    console.error(`The sources do not rebuild dist/firefox: ${differ.join(', ')} differ.`);
    process.exit(1);
  }
  console.log(`The sources rebuild dist/firefox byte for byte (${Object.keys(ours).length} files).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
