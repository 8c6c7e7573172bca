import { describe, expect, it } from 'vitest';
import { metered } from '../../test/support/step-meter';
import { cleanText } from './clean-text';

describe('cleanText', () => {
  it.each([
    ['folds newlines and runs of spaces', 'a\n\n b\t c', 'a b c'],
    ['drops control characters', 'a\u0000b\u0007c\u009bd', 'abcd'],
    ['drops bidi overrides and isolates', 'safe\u202eedoc\u2066x\u2069', 'safeedocx'],
    ['keeps markup as characters', '<b>bold</b>', '<b>bold</b>'],
    ['drops zero-width and invisible characters', 'cl\u200baude\u200d.\u2060ai\ufeff\u00ad', 'claude.ai'],
  ])('%s', (_label, input, out) => expect(cleanText(input, 100)).toBe(out));

  it('trims to the limit with an ellipsis, never splitting a character', () => {
    expect(cleanText('abcdef', 4)).toBe('abc…');
    expect(Array.from(cleanText('😀'.repeat(10), 5))).toHaveLength(5);
    expect(cleanText('abcd', 4)).toBe('abcd');
  });

  it('costs no more for a megabyte of text than for its first few hundred characters', () => {
    const huge = metered(() => cleanText('x'.repeat(1_000_000), 60));
    const short = metered(() => cleanText('x'.repeat(300), 60));
    expect(huge.result).toHaveLength(60);
    expect(huge.steps).toEqual(short.steps);
    expect(huge.steps.scanned).toBeLessThan(2_000);
  });
});
