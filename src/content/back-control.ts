// The banner's "Tell me when it's back": one bell button beside Details while claude.ai is in trouble,
// pressed (aria-pressed) once armed, pressing it again cancels. A bell, not words, because a line of its
// own or words beside the advice made the compact banner taller (test/browser/chromium-banner-coverage).
// It only asks the background (which decides, stores and refuses on a calm day); what it shows follows the
// stored alert. Trusted clicks only: a page script's click() cannot arm or cancel it.
import type { I18n } from '../core/i18n';

export interface BackState {
  /** claude.ai is in trouble in the view shown (troubleKey): the button is offered. */
  offer: boolean;
  /** An alert is armed and waiting. */
  armed: boolean;
  ask: (arm: boolean) => void;
}

const SVG = 'http://www.w3.org/2000/svg';

function bell(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M8 1.5a4.5 4.5 0 0 0-4.5 4.5v3L2 11.5h12L12.5 9V6A4.5 4.5 0 0 0 8 1.5zM6.3 13a1.8 1.8 0 0 0 3.4 0z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** The bell, or null when there is nothing to offer or promise. */
export function backControl(i18n: I18n, s: BackState): HTMLElement | null {
  if (!s.offer && !s.armed) return null;
  const b = document.createElement('button');
  b.type = 'button';
  // The class names the action it takes, so focus can follow it across a redraw (index.ts).
  b.className = s.armed ? 'cancel' : 'arm';
  const name = i18n.t(s.armed ? 'backCancelLabel' : 'backArm');
  b.setAttribute('aria-label', name);
  b.setAttribute('aria-pressed', String(s.armed));
  b.title = s.armed ? `${i18n.t('backArmed')} ${i18n.t('backArmedNote')}` : name;
  b.append(bell());
  b.addEventListener('click', (e) => {
    if (e.isTrusted) s.ask(!s.armed);
  });
  return b;
}
