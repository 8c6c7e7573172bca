// The sources archive is the tree the store packages were built from (#23): listed from disk, so it works
// without git (inside the unpacked archive), and packaging refuses sources changed since the build.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_FROM, builtFromOtherSources, sourceFiles, sourceFingerprint } from '../../scripts/source-tree.mjs';

function tree(): string {
  mkdirSync('test-results', { recursive: true });
  const root = mkdtempSync(join('test-results', 'source-tree-'));
  const files: Record<string, string> = {
    '.gitignore': 'node_modules/\ndist/\n*.log\n', 'package.json': '{}', 'src/a.ts': 'a', 'src/dist.ts': 'named dist, kept',
    'node_modules/x/index.js': 'x', 'dist/chrome/manifest.json': '{}', 'npm-debug.log': 'log', 'src/deep/b.log': 'log',
    '.git/HEAD': 'ref', '.ci/run': 'ci',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the source tree', () => {
  it('is every file but .git and what .gitignore names', () => {
    expect(sourceFiles(tree())).toEqual(['.ci/run', '.gitignore', 'package.json', 'src/a.ts', 'src/dist.ts']);
  });

  it('holds this project as git tracks it', () => {
    const files = sourceFiles('.');
    expect(files).toContain('src/manifest.ts');
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => /^(node_modules|dist|test-results|demo-output)\//.test(f))).toEqual([]);
  });

  it('refuses to package when the sources changed since the build, or were never built', () => {
    const root = tree();
    expect(builtFromOtherSources(root)).toMatch(/missing: build first/);
    writeFileSync(join(root, BUILT_FROM), JSON.stringify({ fingerprint: sourceFingerprint(root) }));
    expect(builtFromOtherSources(root)).toBeNull();
    writeFileSync(join(root, 'dist/chrome/manifest.json'), '{"built":"again"}');
    expect(builtFromOtherSources(root)).toBeNull();
    writeFileSync(join(root, 'src/a.ts'), 'changed');
    expect(builtFromOtherSources(root)).toMatch(/sources changed since dist\/ was built/);
  });
});
