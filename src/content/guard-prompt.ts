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

function button(className: string, text: string, act: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', (e) => {
    if (e.isTrusted) act();
  });
  return b;
}

/**
 * The question (`again` false), or, after "Log out anyway" when the page's own menu closed meanwhile, the
 * note that the next "Log out" goes through (`again` true; its one button closes it).
 */
export function renderGuardPrompt(i18n: I18n, actions: PromptActions, again = false): HTMLElement {
  const box = document.createElement('div');
  box.className = 'guard';
  // An alert dialog: it interrupts, and focus moves into it (guard.ts) so the keyboard answers at once.
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-labelledby', 'guard-text');
  const text = document.createElement('p');
  text.id = 'guard-text';
  text.textContent = i18n.t(again ? 'guardAgain' : 'guardPrompt');
  const row = document.createElement('div');
  row.className = 'choices';
  if (again) {
    const close = button('stay', '×', actions.stay);
    close.setAttribute('aria-label', i18n.t('bannerDismiss'));
    row.append(close);
  } else {
    row.append(button('stay', i18n.t('guardStay'), actions.stay), button('proceed', i18n.t('guardProceed'), actions.proceed));
  }
  box.append(text, row);
  box.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape') actions.stay();
  });
  return box;
}
