import { decideBadge, type Watched } from '../core/badge';
import { iconSegments } from '../core/icon';
import type { LocalSignal } from '../core/sensing/local-signal';
import type { StatusState } from '../core/source';
import browser, { type Action } from '../shared/browser';
import { i18n } from '../shared/i18n';
import { drawIcon } from './draw-icon';

/** Shows a stored status on the toolbar for the watched surfaces: badge, colours, tooltip and icon. */
export async function applyBadge(state: StatusState, now: number, watched: Watched, local: LocalSignal): Promise<void> {
  const decision = decideBadge(state, now, i18n, watched, local);
  const { action } = browser;
  const work: Promise<unknown>[] = [
    action.setBadgeText({ text: decision.text }),
    action.setBadgeBackgroundColor({ color: decision.background }),
    action.setTitle({ title: decision.title }),
  ];
  // setBadgeTextColor: Chrome 110+, Firefox 63+; guarded so an older Edge still gets the rest.
  if (typeof action.setBadgeTextColor === 'function') work.push(action.setBadgeTextColor({ color: decision.textColor }));
  const imageData = drawIcon(iconSegments(decision));
  if (imageData) work.push(action.setIcon({ imageData: imageData as Record<string, Action.ImageDataType> }));
  await Promise.all(work);
}
