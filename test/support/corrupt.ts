// Corrupt stored state for property tests: every key the extension stores, and every element inside,
// replaced by arbitrary JSON, as a bad write, another version or a hand-edited profile could leave it.
import fc from 'fast-check';

type Json = unknown;

/** Every path into a JSON value (the value itself included), e.g. ['state', 'snapshot', 'surfaces', 0]. */
export function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...prefix, i])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k])));
  }
  return here;
}

/** A copy of `value` with the value at `path` replaced (the whole value for an empty path). */
export function replaceAt(value: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = replacement;
  return copy;
}

/** Arbitrary JSON, with the shapes that most often break readers weighted in. */
export const anyJson = (): fc.Arbitrary<Json> => fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, undefined, 0, -1, 1e308, '', 'x', [], {}, [null], { version: 1 }, { version: 2 }, '1990-01-01T00:00:00Z', '0900-01-01T00:00:00Z'),
);

/**
 * One corruption of a stored area: which key, and which element inside it (by index into its paths,
 * reduced modulo their number), replaced by what.
 */
export const corruption = (keys: string[]) => fc.record({ key: fc.constantFrom(...keys), pathIndex: fc.nat(), value: anyJson() });

export function corrupt(area: Record<string, Json>, c: { key: string; pathIndex: number; value: Json }): Record<string, Json> {
  const paths = pathsOf(area[c.key]);
  const path = paths[c.pathIndex % paths.length] ?? [];
  return { ...area, [c.key]: replaceAt(area[c.key], path, c.value) };
}
