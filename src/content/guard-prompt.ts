// The log-out guard's question, part of the banner (in its shadow root, shown even when the banner itself
// was dismissed: the guard is the point). Text only; it acts on the person's own input only (isTrusted),
// so a page script can neither answer it nor dismiss it.
import type { I18n } from '../core/i18n';

export interface PromptActions {
  /** "Stay signed in", or Escape: the held log-out is dropped. */
  stay: () => void;
  /** "Log out anyway": the held log-out goes ahead. */
  proceed: () => void;
}

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] =>
  Object.assign(document.createElement(tag), { className, textContent: text });

/**
 * The question (`again` false), or, after "Log out anyway" when the page's own menu closed meanwhile, the
 * note that the next "Log out" goes through (`again` true; its one button closes it).
 */
export function renderGuardPrompt(i18n: I18n, actions: PromptActions, again = false): HTMLElement {
  const box = make('div', 'guard');
  // An alert dialog: it interrupts, and focus moves into it (guard.ts) so the keyboard answers at once.
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-labelledby', 'guard-text');
  const text = make('p', '', i18n.t(again ? 'guardAgain' : 'guardPrompt'));
  text.id = 'guard-text';
  const row = make('div', 'choices');
  const choices: [string, string, () => void][] = again
    ? [['stay', '×', actions.stay]]
    : [['stay', i18n.t('guardStay'), actions.stay], ['proceed', i18n.t('guardProceed'), actions.proceed]];
  for (const [className, label, act] of choices) {
    const b = make('button', className, label);
    b.type = 'button';
    if (again) b.setAttribute('aria-label', i18n.t('bannerDismiss'));
    b.addEventListener('click', (e) => e.isTrusted && act());
    row.append(b);
  }
  box.append(text, row);
  box.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && actions.stay());
  return box;
}
