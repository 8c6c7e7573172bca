// How deeply a JSON text nests, found before it is parsed: JSON.parse and everything after it cost more
// with every level (#22: a 1 MiB body of nested arrays cost 0.5-6.9 s per check in Chromium).

/**
 * Statuspage's deepest path is summary → incidents → incident → incident_updates → update →
 * affected_components → component (7 levels); past this a body is not a status answer.
 */
export const MAX_JSON_DEPTH = 16;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether `text` nests arrays and objects deeper than `max`. One pass over the characters, no allocation;
 * brackets inside strings do not count. Not a validator: JSON.parse still decides whether it is JSON.
 */
export function nestsDeeper(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth -= 1;
  }
  return false;
}
