// C0/C1 controls (newlines and tabs become spaces first) and the bidirectional overrides, isolates and
// marks that can make a title read differently from what it says (Trojan Source, CVE-2021-42574).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from the status page fit to show: whitespace folded, control and bidi characters removed,
 * trimmed to `max` characters (on a code point boundary) with an ellipsis.
 */
export function cleanText(text: string, max: number): string {
  const folded = text.replace(/[\r\n\t]+/g, ' ').replace(CONTROLS, '').replace(BIDI, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(folded);
  return chars.length <= max ? folded : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
