// The project's sources as files on disk: every file of the tree except .git and what .gitignore names
// (node_modules, dist, test results, logs). Read from the tree itself, never from git, so that `npm run
// package` works the same in a clone and in the unpacked sources archive (which has no .git), and the
// sources archive holds exactly the files the store packages were built from.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the build notes the fingerprint of the sources it built from. */
export const BUILT_FROM = 'dist/built-from.json';

/** .gitignore's lines as tests on a path relative to the root: `dir/`, `*.ext` and plain names (what ours uses). */
function ignoreRules(root) {
  const path = join(root, '.gitignore');
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : [];
  return [(rel) => rel === '.git' || rel.startsWith('.git/'), ...lines.map((line) => {
    const dirOnly = line.endsWith('/');
    const glob = line.replace(/^\/|\/$/g, '');
    const re = new RegExp(`^${glob.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    return (rel, isDir) => (!dirOnly || isDir) && rel.split('/').some((_, i, parts) => re.test(parts.slice(i).join('/')) || re.test(parts[i] ?? ''));
  })];
}

/** Every source file under `root`, as sorted paths with `/`. */
export function sourceFiles(root) {
  const rules = ignoreRules(root);
  const walk = (rel) => readdirSync(join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (rules.some((ignored) => ignored(path, e.isDirectory()))) return [];
    return e.isDirectory() ? walk(path) : e.isFile() ? [path] : [];
  });
  return walk('').sort();
}

/** One hash of every source file's path and bytes: equal only for the same tree. */
export function sourceFingerprint(root) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

/** Null when dist/ was built from the tree as it is now; otherwise the sentence that says why not. */
export function builtFromOtherSources(root) {
  const path = join(root, BUILT_FROM);
  if (!existsSync(path)) return `${BUILT_FROM} is missing: build first (npm run package builds, then packages).`;
  const { fingerprint } = JSON.parse(readFileSync(path, 'utf8'));
  return fingerprint === sourceFingerprint(root) ? null
    : 'The sources changed since dist/ was built, so the store packages would not match the sources archive: run npm run package again.';
}
