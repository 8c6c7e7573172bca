import { describe, expect, it } from 'vitest';
import { readRaw } from './storage-io';
import { ALL_ITEMS, BANNER, STATUS } from './stored-items';

describe('the stored items', () => {
  it('are declared once each: no two share a key in an area', () => {
    const keys = ALL_ITEMS.map((i) => `${i.area}:${i.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(11);
  });

  it('read their default for a value larger than they can be, without walking it', () => {
    const huge = { version: 4, view: { kind: 'hidden', wasAffected: true, pad: 'x'.repeat(BANNER.maxChars) } };
    expect(readRaw(BANNER, huge)).toEqual({ kind: 'hidden', wasAffected: false });
    expect(readRaw(BANNER, { ...huge, view: { kind: 'hidden', wasAffected: true } })).toEqual({ kind: 'hidden', wasAffected: true });
    expect(readRaw(STATUS, undefined)).toEqual(STATUS.read(undefined));
  });
});
