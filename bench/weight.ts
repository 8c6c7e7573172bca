// Bundle weight: minified and gzipped bytes of each entry point with every chunk it loads.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The file and every JS/CSS file it imports, followed through relative imports. */
function closure(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(join(dist, entry), 'utf8');
  const refs = [...text.matchAll(/(?:from\s*|import\s*\(?\s*|src=|href=)["']([^"']+\.(?:js|css))["']/g)].map((m) => m[1] ?? '');
  for (const ref of refs) {
    const next = ref.startsWith('/') ? ref.slice(1) : normalize(join(dirname(entry), ref));
    closure(dist, next, seen);
  }
  return seen;
}

export interface Weight { files: string[]; minified: number; gzipped: number }

export function weigh(dist: string, entry: string): Weight {
  const files = [...closure(dist, entry)].filter((f) => /\.(js|css)$/.test(f));
  const bytes = files.map((f) => readFileSync(join(dist, f)));
  return {
    files,
    minified: bytes.reduce((n, b) => n + b.length, 0),
    gzipped: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}
