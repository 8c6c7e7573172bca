// Store archives are byte-identical between two builds of the same sources (#16: timestamps made them differ).
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the build scripts, without types
import { zipDir } from '../../scripts/zip-dir.mjs';

function tree(mtime: Date, order: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'csn-zip-'));
  mkdirSync(join(dir, 'assets'));
  for (const name of order) {
    writeFileSync(join(dir, name), `contents of ${name}`);
    utimesSync(join(dir, name), mtime, mtime);
  }
  return dir;
}

describe('zipDir', () => {
  it('makes the same bytes from the same files, whatever their times and creation order', () => {
    const a = zipDir(tree(new Date('2026-03-02T12:00:00Z'), ['manifest.json', 'assets/a.js', 'content.js'])) as Uint8Array;
    const b = zipDir(tree(new Date('2026-12-01T18:00:00Z'), ['content.js', 'assets/a.js', 'manifest.json'])) as Uint8Array;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Object.keys(unzipSync(a))).toEqual(['assets/a.js', 'content.js', 'manifest.json']);
  });
});
