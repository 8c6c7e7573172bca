// C0/C1 controls (newlines and tabs become spaces first) and the bidirectional overrides, isolates and
// marks that can make a title read differently from what it says (Trojan Source, CVE-2021-42574).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Zero-width and invisible format characters: they make two names look alike, or hide text
// (zero-width space/joiners, word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel separator).
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;
// Every other character Unicode says a renderer may show as nothing (Default_Ignorable_Code_Point: Hangul
// fillers U+115F, U+1160, U+3164, U+FFA0, the grapheme joiner U+034F, variation selectors U+FE00-FE0F,
// Khmer U+17B4/17B5, tags U+E0000...; https://www.unicode.org/reports/tr44/#Default_Ignorable_Code_Point),
// and the Braille blank U+2800, which is no such character but shows as a blank all the same (#22).
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * Makes text from the status page fit to show: whitespace folded, control, bidi and invisible characters
 * removed (a title of nothing else reads as empty, and the caller words the status instead), trimmed to `max` characters (on a code point boundary) with an ellipsis. Only the first
 * `max * 4` UTF-16 units are looked at, so a megabyte-long name costs no more than a short one.
 */
export function cleanText(text: string, max: number): string {
  const head = text.length > max * 4 + 8 ? `${text.slice(0, max * 4 + 8)}\u2026` : text;
  const folded = head.replace(/[\r\n\t]+/g, ' ').replace(CONTROLS, '').replace(BIDI, '').replace(INVISIBLE, '').replace(IGNORABLE, '')
    .replace(/\s+/g, ' ').trim();
  const chars = Array.from(folded);
  return chars.length <= max ? folded : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
