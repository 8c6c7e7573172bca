// "Tell me when it's back" in the background, its one writer: arming and cancelling (messages from the popup
// and the claude.ai banner), and the one notification, recorded as due by a check or a page's batch
// (record-check.ts, page-sensing.ts) before it is shown, and marked once the browser has shown it.
import { armBackAlert, isDue, isWaiting } from '../core/back-alert';
import { backNotice, CLAUDE_AI_URL, BACK_NOTICE_ID } from '../core/back-notice';
import { NO_SIGNAL } from '../core/sensing/local-signal';
import { decideSituation } from '../core/situation';
import browser from '../shared/browser';
import { i18n } from '../shared/i18n';
import { loadBackAlert, update } from '../shared/status-store';
import { BACK_ALERT, SETTINGS, SIGNAL, STATUS } from '../shared/stored-items';
import { showNotice } from './notifications';

/**
 * Arms (or cancels) the alert; answers whether that is now so. Arming is decided on what storage holds now,
 * by the one decision: refused while claude.ai is not in trouble, unless the claude.ai page asks (`fromPage`),
 * whose own document came back as a server error (only it knows that). Arming twice keeps the first.
 */
export async function setBackAlert(arm: boolean, fromPage: boolean): Promise<boolean> {
  const now = Date.now();
  const after = await update({ backAlert: BACK_ALERT, status: STATUS, signal: SIGNAL, settings: SETTINGS }, (cur) => {
    if (!arm) return cur.backAlert ? { backAlert: null } : null;
    if (isWaiting(cur.backAlert, now)) return null;
    const verdict = decideSituation(cur.status, now, cur.settings.sensing ? cur.signal : NO_SIGNAL).claudeAi;
    const alert = armBackAlert(verdict, now, fromPage);
    return alert ? { backAlert: alert } : null;
  });
  return arm ? isWaiting(after.backAlert, now) : after.backAlert === null;
}

/**
 * Shows the alert if it is due and not yet confirmed shown (a worker stopped in between shows it on its next
 * wake), under its one id, so a second showing replaces the first: one notification, never lost. Settings
 * are not consulted: muted, snoozed or off, the person asked for this one.
 */
export async function flushBackAlert(): Promise<void> {
  const alert = await loadBackAlert();
  if (!isDue(alert, Date.now())) return;
  await showNotice(backNotice(i18n, alert), true);
  await update({ backAlert: BACK_ALERT }, ({ backAlert: cur }) =>
    (cur && cur.firedAt === alert.firedAt && cur.shownAt === null ? { backAlert: { ...cur, shownAt: Date.now() } } : null));
}

/** Its click opens claude.ai (tabs.create needs no "tabs" permission). */
export async function openBack(): Promise<void> {
  await browser.notifications.clear(BACK_NOTICE_ID);
  await browser.tabs.create({ url: CLAUDE_AI_URL });
}
