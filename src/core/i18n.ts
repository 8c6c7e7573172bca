// What every piece of wording needs: a message look-up and the locale to format numbers and times in.
// In the extension the look-up is `i18n.getMessage` over public/_locales; tests use the English catalogue.
import type catalogue from '../../public/_locales/en/messages.json';

/** The name of a message; English's catalogue is the reference every locale must match. */
export type MessageKey = keyof typeof catalogue;

export interface I18n {
  /** A message with its `$1`..`$9` substitutions. */
  t(key: MessageKey, subs?: ReadonlyArray<string | number>): string;
  /** BCP 47 language for Intl formatting; the browser's UI language. */
  locale: string;
}
