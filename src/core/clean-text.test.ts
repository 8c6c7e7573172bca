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
    // Reproduction (#22.10): these passed and made a title look blank or like another.
    ['drops Hangul fillers, the grapheme joiner, variation selectors and Khmer vowels', 'a\u115fb\u1160c\u3164d\uffa0e\u034ff\ufe0fg\u17b4h\u17b5i', 'abcdefghi'],
    ['drops tag characters and the Braille blank', 'x\u{e0041}\u{e007f}y\u2800z', 'xyz'],
    ['reads a title of fillers alone as empty', '\u3164\u3164 \u115f\u2800', ''],
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
