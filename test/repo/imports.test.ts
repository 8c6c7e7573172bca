// Imports go one way: no module imports another that (directly or through others) imports it back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = files('src');
const known = new Set(sources);
const resolveImport = (from: string, spec: string): string | null => {
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(from), spec));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => known.has(p)) ?? null;
};
const graph = new Map(sources.map((f) => {
  // Type-only imports leave nothing at run time, but a cycle of them is still a tangle: count them too.
  const specs = [...readFileSync(f, 'utf8').matchAll(/^(?:import|export)\b[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] ?? '');
  return [f, specs.map((s) => resolveImport(f, s)).filter((p): p is string => p !== null)];
}));

/** Every cycle's members (Tarjan's strongly connected components of more than one module, or a self-import). */
function cycles(): string[][] {
  let index = 0;
  const stack: string[] = [];
  const meta = new Map<string, { index: number; low: number; on: boolean }>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    meta.set(v, { index, low: index, on: true });
    index += 1;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      const m = meta.get(w);
      const mv = meta.get(v);
      if (!mv) continue;
      if (!m) {
        visit(w);
        mv.low = Math.min(mv.low, meta.get(w)?.low ?? mv.low);
      } else if (m.on) mv.low = Math.min(mv.low, m.index);
    }
    const mv = meta.get(v);
    if (mv && mv.low === mv.index) {
      const component: string[] = [];
      for (;;) {
        const w = stack.pop();
        if (w === undefined) break;
        const mw = meta.get(w);
        if (mw) mw.on = false;
        component.push(w);
        if (w === v) break;
      }
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of sources) if (!meta.has(v)) visit(v);
  return found;
}

describe('imports', () => {
  it('sees the source', () => expect(graph.size).toBeGreaterThan(40));

  it('go one way: no cycles', () => {
    expect(cycles()).toEqual([]);
  });

  // Vite's config loader warns, once per build, about each relative import without its extension in the
  // files the configs load; a clean build prints only what it built.
  it('name their extension in what the Vite configs load', () => {
    const loaded = (f: string): string[] => (graph.get(f) ?? []).flatMap((g) => [g, ...loaded(g)]);
    for (const file of ['src/manifest.ts', ...loaded('src/manifest.ts')]) {
      const specs = [...readFileSync(file, 'utf8').matchAll(/^import\b[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => m[1] ?? '');
      expect(specs.filter((s) => !/\.(ts|json)$/.test(s)), file).toEqual([]);
    }
  });
});
