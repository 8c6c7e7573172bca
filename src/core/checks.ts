// The pieces every reader of stored or received data is built from: each says whether a value has a
// shape, never throws, and composes (`shape({ at: isNumber, ids: listOf(isString) })`).

/** A check of an unknown value. */
export type Check = (v: unknown) => boolean;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
/** A string of at most `max` UTF-16 units: what we stored was cut to fit, so a longer one is not ours. */
export const isText = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
/** A list of at most `max` elements, each passing `check`. */
export const listUpTo = (max: number, check: Check): Check => (v) => Array.isArray(v) && v.length <= max && v.every(check);
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
/** A finite number: a time in ms, a rank, a count. */
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** A time in ms that a Date can hold (±8.64e15): 1e308 is finite, yet formatting it throws a RangeError. */
export const isTime = (v: unknown): v is number => typeof v === 'number' && Math.abs(v) <= 8.64e15;
/** A whole number, zero or more. */
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** A string that reads as a date. */
export const isDate: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
export const orNull = (check: Check): Check => (v) => v === null || check(v);
export const listOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
export const oneOf = (allowed: readonly string[]): Check => (v) => typeof v === 'string' && allowed.includes(v);
/** A [key, value] pair, as maps keyed by network data are stored (never as objects). */
export const pairOf = (check: Check): Check => (v) => Array.isArray(v) && v.length === 2 && isString(v[0]) && check(v[1]);
/** Every named field passes its check (extra fields are ignored). */
export const shape = (fields: Record<string, Check>): Check => (v) => isObject(v) && Object.entries(fields).every(([k, check]) => check(v[k]));
