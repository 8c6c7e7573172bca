// Lists of names in the reader's language: what still works while claude.ai is in trouble, and which models
// an incident names. Shared by the popup and the claude.ai banner, which only word what core decided.
import type { I18n } from './i18n';

/** Names shown before "and N more": a line that fits the popup's 380 px and the banner's details. */
export const NAMES_SHOWN = 3;

/** "A, B and C" with the locale's own list format; a plain comma list where Intl cannot format it. */
function listWords(locale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The first NAMES_SHOWN names, then "N more" as the list's last item ("and 1 more" would hide a name for nothing). */
function capped(i18n: I18n, names: readonly string[]): string {
  const shown = names.length === NAMES_SHOWN + 1 ? names : names.slice(0, NAMES_SHOWN);
  const more = names.length - shown.length;
  return listWords(i18n.locale, more > 0 ? [...shown, i18n.t('namesMore', [more])] : shown);
}

/** "Claude API, Claude Console and Claude Code are working."; null when nothing is claimed. */
export function stillWorksWords(i18n: I18n, labels: readonly string[]): string | null {
  if (labels.length === 0) return null;
  return i18n.t(labels.length === 1 ? 'stillWorksOne' : 'stillWorksMany', [capped(i18n, labels)]);
}

/** "Names Opus 4.6. Other models aren’t named as affected; switching model may help."; null for none. */
export function modelsWords(i18n: I18n, models: readonly string[]): string | null {
  // Every one (models.ts reports six at most): a person choosing a model to switch to must see them all.
  return models.length === 0 ? null : i18n.t('modelsNamed', [listWords(i18n.locale, models)]);
}
