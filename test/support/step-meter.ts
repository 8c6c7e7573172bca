// Counts the work a pure function does, so that a test can bound it by steps instead of by the clock
// (a busy laptop makes any wall-clock limit flaky; timings belong in `npm run bench`). Three counters:
// - reads: property reads of any value JSON.parse returned while metered (a deep Proxy), so walking the
//   status page's data once per item counts once per item, and a quadratic walk shows as a square;
// - days: Date#toISOString calls, which every day walk makes (history's dayKey), so walking the years
//   since an incident dated 1990 shows as thousands;
// - scanned: UTF-16 units that String#replace ran over, so a regex over a megabyte shows as a megabyte;
// - visited: array elements that for-of and the searching and mapping methods went over, so a lookup by
//   `find` or `includes` inside a loop over the same list shows as a square, on copies of the data too.
export interface Steps {
  reads: number;
  days: number;
  scanned: number;
  visited: number;
}

/** The array methods that walk every element (or up to the one sought): each call counts `length`. */
const WALKS = ['map', 'filter', 'find', 'findIndex', 'findLast', 'includes', 'indexOf', 'some', 'every', 'forEach', 'reduce', 'flatMap', 'join', 'sort'] as const;
type Walk = (this: unknown[], ...args: unknown[]) => unknown;

/** How many values (objects, arrays and primitives) a JSON text holds: the size a linear walk is bounded by. */
export function jsonNodes(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  return 1 + Object.values(value).reduce<number>((n, v) => n + jsonNodes(v), 0);
}

/** Runs `work` with the counters on, and returns its result with the steps it took. */
export function metered<T>(work: () => T): { result: T; steps: Steps } {
  const steps: Steps = { reads: 0, days: 0, scanned: 0, visited: 0 };
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const known = proxies.get(value);
    if (known) return known;
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        steps.reads += 1;
        return wrap(Reflect.get(target, key, receiver));
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  const { parse } = JSON;
  const { toISOString } = Date.prototype;
  const { replace } = String.prototype;
  JSON.parse = (text: string, reviver?: Parameters<typeof parse>[1]) => wrap(parse(text, reviver));
  Date.prototype.toISOString = function toISOStringMetered(this: Date) {
    steps.days += 1;
    return toISOString.call(this);
  };
  String.prototype.replace = function replaceMetered(this: string, ...args: Parameters<typeof replace>) {
    steps.scanned += String(this).length;
    return replace.apply(this, args);
  } as typeof replace;
  const arrays = Array.prototype as unknown as Record<string, Walk>;
  const walks = WALKS.map((name) => [name, arrays[name]] as const);
  for (const [name, walk] of walks) {
    arrays[name] = function walkMetered(this: unknown[], ...args: unknown[]) {
      steps.visited += this.length;
      return walk?.apply(this, args);
    };
  }
  const iterate = Array.prototype[Symbol.iterator];
  Array.prototype[Symbol.iterator] = function iterateMetered(this: unknown[]) {
    const inner = iterate.call(this);
    return Object.assign(Object.create(inner) as typeof inner, {
      next: () => {
        steps.visited += 1;
        return inner.next();
      },
    });
  };
  try {
    return { result: work(), steps };
  } finally {
    for (const [name, walk] of walks) if (walk) arrays[name] = walk;
    Array.prototype[Symbol.iterator] = iterate;
    JSON.parse = parse;
    Date.prototype.toISOString = toISOString;
    String.prototype.replace = replace;
  }
}
