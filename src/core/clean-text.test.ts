import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

describe('cleanText', () => {
  it.each([
    ['folds newlines and runs of spaces', 'a\n\n b\t c', 'a b c'],
    ['drops control characters', 'a\u0000b\u0007c\u009bd', 'abcd'],
    ['drops bidi overrides and isolates', 'safe\u202eedoc\u2066x\u2069', 'safeedocx'],
    ['keeps markup as characters', '<b>bold</b>', '<b>bold</b>'],
  ])('%s', (_label, input, out) => expect(cleanText(input, 100)).toBe(out));

  it('trims to the limit with an ellipsis, never splitting a character', () => {
    expect(cleanText('abcdef', 4)).toBe('abc…');
    expect(Array.from(cleanText('😀'.repeat(10), 5))).toHaveLength(5);
    expect(cleanText('abcd', 4)).toBe('abcd');
  });
});
