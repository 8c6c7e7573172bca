// Which Claude models an incident names, read from its title and its latest update. Conservative: only the
// three families (Opus, Sonnet, Haiku) are known, a family word inside another word is no model, and text
// that names no model gives none, so the popup and the banner never suggest more than the page said.
import type { Incident } from './types';

export type ModelFamily = 'Opus' | 'Sonnet' | 'Haiku';

export interface ModelName {
  family: ModelFamily;
  /** "4.6", "4", or null when only the family is named ("Opus models"). */
  version: string | null;
  /** As shown: "Opus 4.6". The older "Claude 3.5 Sonnet" is shown as Anthropic names it now, "Sonnet 3.5". */
  label: string;
}

/** At most this many models are reported: a page listing more is better read on the page itself. */
export const MAX_MODELS = 6;
/** Only the head of a text is read: the derived snapshot keeps 200 characters of a title and 600 of an update. */
const READ_MAX = 2_000;

const FAMILIES: Record<string, ModelFamily> = { opus: 'Opus', sonnet: 'Sonnet', haiku: 'Haiku' };
// Not inside a word ((?<![\p{L}\p{N}]) before, (?![\p{L}\p{N}]) after): "Magnopus" or "Sonnets" is no model.
// A version is one or two digits, then optionally a dot or a dash and one or two more ("4.6", "4-6" as in the
// API's "claude-opus-4-6-20260101", "4"). Written as literals: a bundler drops them, unlike `new RegExp`,
// from the claude.ai script, which imports this module for MAX_MODELS only.
/** "Claude 3.5 Sonnet", "claude-3-5-sonnet": the version before the family (the older naming). */
const OLD = /(?<![\p{L}\p{N}])claude[\s-]+(\d{1,2})(?:[.-](\d{1,2}))?(?!\p{N})[\s-]+(opus|sonnet|haiku)(?![\p{L}\p{N}])/giu;
/** "Claude Opus 4.6", "Sonnet 4-5", "Haiku", "claude-opus-4". */
// A version written as a pattern ("Sonnet 4.x") is no version: the family alone is read.
const NEW = /(?<![\p{L}\p{N}])(claude[\s-]+)?(opus|sonnet|haiku)(?![\p{L}\p{N}])(?:[\s-]+(\d{1,2})(?:[.-](\d{1,2}))?(?!\p{N})(?![.-][xX*]))?/giu;
/**
 * More versions of the same family right after one: "Opus 4.5 and 4.6", "Sonnet 4.5/4.6", "Opus 4, 4.1".
 * Only a dotted single-digit version counts, so "Opus 4.6 and 3 other models" or "Opus 4.6 / 12.30 UTC" adds none.
 */
const MORE = /^\s*(?:,|\/|&|and|or)\s*([1-9])\.(\d)(?!\p{N})(?![.-][xX*])/iu;
/** Words that make an incident about models in general: which ones it names is then no guide. */
const FLEET = /\b(?:all|multiple|many|several|various|most|some)\s+(?:of\s+(?:the|our)\s+)?(?:claude\s+)?models\b/i;
/** A Claude model of another family ("Claude Fable 5"): the three known families would be only part of it. */
const OTHER_FAMILY = /(?<![\p{L}\p{N}])claude[\s-]+(?!(?:opus|sonnet|haiku|code|console|api|cowork|for|apps?|desktop|ai)(?![\p{L}\p{N}]))\p{L}+[\s-]+\d/iu;

const name = (family: string, major: string | undefined, minor: string | undefined): ModelName | null => {
  const f = FAMILIES[family.toLowerCase()];
  if (!f) return null;
  const version = major === undefined ? null : minor === undefined ? String(Number(major)) : `${Number(major)}.${Number(minor)}`;
  return { family: f, version, label: version === null ? f : `${f} ${version}` };
};

/** Every model named in one text, in reading order, repeats included. */
function mentions(text: string): ModelName[] {
  const head = text.slice(0, READ_MAX);
  const found: { at: number; model: ModelName }[] = [];
  // The older naming first; its spans are blanked so that its family word is not read again on its own.
  const rest = head.replace(OLD, (whole, major: string, minor: string | undefined, family: string, at: number) => {
    const model = name(family, major, minor);
    if (model) found.push({ at, model });
    return ' '.repeat(whole.length);
  });
  for (const m of rest.matchAll(NEW)) {
    const [whole, claude, family = '', major, minor] = m;
    // A bare family word must be written as a name ("Opus"), not as prose ("magnum opus", "a haiku").
    if (!claude && major === undefined && !/^\p{Lu}/u.test(family)) continue;
    const model = name(family, major, minor);
    if (model) found.push({ at: m.index, model });
    if (major === undefined) continue;
    let at = m.index + whole.length;
    for (let more = MORE.exec(rest.slice(at)); more; more = MORE.exec(rest.slice(at))) {
      const next = name(family, more[1], more[2]);
      if (next) found.push({ at, model: next });
      at += more[0].length;
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.model);
}

// A sentence that says a model is well, or is the one to use: "Sonnet 4.6 is now healthy", "Haiku 4.5 is not
// affected", "customers can switch to Haiku 4.5". Such a model is not named as affected.
const WELL = /\b(?:unaffected|unimpacted|not\s+(?:been\s+)?(?:affected|impacted)|healthy|recovered|back\s+to\s+normal|returned\s+to\s+normal|operating\s+normally|working\s+(?:normally|as\s+expected)|resolved|restored|available|switch(?:ing)?\s+to|instead|fall\s*back\s+to|recommend\w*)\b/i;
// Anything in the same sentence that keeps it open, limits it or puts it in the future: "still", "but",
// "will be restored", "for most users", "errors have been resolved", "is healthy and Opus 4.6 is degraded".
const ONGOING = /\b(?:still|continu\w*|but|however|not(?!\s+(?:been\s+)?(?:affected|impacted))|remain\w*|except|yet|will|soon|expect\w*|once|when|if|until|investigat\w*|degraded|errors?|fail\w*|most|some|partial\w*|elevated|issues?|problems?|unavailable|down|outage|slow\w*|latenc\w*|timeouts?)\b/i;

/**
 * Models a text says are well (or the ones to use): every sentence of it that names the model says so and
 * nothing else. "As of 12:00 UTC Sonnet 4.6 is now healthy. We are still working to fix Opus 4.6." clears
 * Sonnet 4.6 only. Sentences end at . ! or ? only: a clause after ";" may still qualify the one before.
 */
function cleared(text: string): Set<string> {
  const verdicts = new Map<string, boolean>();
  for (const sentence of text.slice(0, READ_MAX).split(/(?<=[.!?])\s+/)) {
    const well = WELL.test(sentence) && !ONGOING.test(sentence);
    for (const m of mentions(sentence)) verdicts.set(m.label, (verdicts.get(m.label) ?? true) && well);
  }
  return new Set([...verdicts].filter(([, well]) => well).map(([label]) => label));
}

/**
 * The models an incident names as affected, from its title and its latest update only: an earlier update
 * may be about a model that has since recovered. A model said to be well (or the one to switch to) is not
 * named; a bare family ("Opus") is dropped when a version of it is named; repeats are reported once, in
 * reading order. None at all when the text is about models in general ("all models"), names a Claude
 * model of another family, or names more than MAX_MODELS: "the others are not named" would not hold.
 */
export function namedModels(title: string, update: string): ModelName[] {
  const text = `${title.slice(0, READ_MAX)}\n${update.slice(0, READ_MAX)}`;
  if (FLEET.test(text) || OTHER_FAMILY.test(text)) return [];
  const well = new Set([...cleared(title), ...cleared(update)]);
  const all = [...mentions(title), ...mentions(update)].filter((m) => !well.has(m.label));
  const versioned = new Set(all.filter((m) => m.version !== null).map((m) => m.family));
  const seen = new Set<string>();
  const out: ModelName[] = [];
  for (const m of all) {
    if (seen.has(m.label) || (m.version === null && versioned.has(m.family))) continue;
    seen.add(m.label);
    out.push(m);
  }
  return out.length > MAX_MODELS ? [] : out;
}

/** The labels of the models an open incident names. */
export const incidentModels = (i: Incident): string[] => namedModels(i.name, i.latest?.body ?? '').map((m) => m.label);
