// The banner's "Tell me when it's back": one button while claude.ai is in trouble; once armed, the promise
// and Cancel. It only asks the background (which decides, stores and refuses on a calm day); what it shows
// follows the stored alert. Trusted clicks only: a page script's click() cannot arm or cancel it.
import type { I18n } from '../core/i18n';

export interface BackState {
  /** claude.ai is in trouble in the view shown (troubleKey): the button is offered. */
  offer: boolean;
  /** An alert is armed and waiting. */
  armed: boolean;
  ask: (arm: boolean) => void;
}

function button(className: string, text: string, onPress: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', (e) => {
    if (e.isTrusted) onPress();
  });
  return b;
}

/** The control's line, or null when there is nothing to offer or promise. */
export function backControl(i18n: I18n, s: BackState): HTMLElement | null {
  if (!s.offer && !s.armed) return null;
  const line = document.createElement('p');
  line.className = 'back';
  if (!s.armed) {
    line.append(button('arm', i18n.t('backArm'), () => s.ask(true)));
    return line;
  }
  const said = document.createElement('span');
  said.textContent = `${i18n.t('backArmed')} `;
  const cancel = button('cancel', i18n.t('backCancel'), () => s.ask(false));
  cancel.setAttribute('aria-label', i18n.t('backCancelLabel'));
  line.append(said, cancel);
  return line;
}
