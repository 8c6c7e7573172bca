// A clone of the repository alone must build and test: nothing may reach outside it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Tracked and new files alike (not ignored ones: node_modules, dist).
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n')
  .filter((f) => existsSync(f))
  .filter((f) => /\.(ts|tsx|mjs|js|json|sh)$/.test(f) && !f.startsWith('test/fixtures/') && f !== 'package-lock.json' && f !== 'test/repo/self-contained.test.ts');

describe('the repository', () => {
  it('reads nothing beside it and names no absolute path of a machine', () => {
    const offenders = tracked.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /\.\.\/\.\.\/shared\/fixtures|['"`]\.\.\/shared['"`/]fixtures|SHARED_DIR|['"`]\/(work|home|root|Users)\//.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
