import { linkFor, type Notice, pendingNotice } from '../core/notify/notify';
import browser from '../shared/browser';
import { loadNotifier, update } from '../shared/status-store';
import { NOTIFIER } from '../shared/stored-items';

/**
 * Shows a notice as a basic notification: bundled icon, plain text, no buttons. `pinned` asks it to stay
 * until dismissed (the one notification a person asked for): Firefox's notifications API has no
 * `requireInteraction` and rejects the option (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/notifications/NotificationOptions,
 * "Browser compatibility"), so it is tried, and the notice shown without it on refusal (feature detection,
 * not the user agent).
 */
export async function showNotice(notice: Notice, pinned = false): Promise<void> {
  const options = {
    type: 'basic' as const, iconUrl: browser.runtime.getURL('icons/icon-128.png'), title: notice.title, message: notice.message,
  };
  if (pinned) {
    try {
      // Chrome's option, absent from the polyfill's (Firefox-based) types.
      await browser.notifications.create(notice.id, { ...options, requireInteraction: true } as typeof options);
      return;
    } catch {
      // Refused (Firefox): shown plainly below.
    }
  }
  await browser.notifications.create(notice.id, options);
}

/**
 * Shows the notice the last check recorded, if the browser may not have shown it yet (the worker can be
 * stopped between storing it and showing it), then marks it shown. Its id is that of what it announces,
 * so showing it again replaces the same notification: at most once on screen, never lost. The outbox is
 * cleared only after the browser confirmed the notification, and only if it still holds this notice (a
 * check may have recorded a newer one meanwhile).
 */
export async function flushNotice(): Promise<void> {
  const memory = await loadNotifier();
  const notice = pendingNotice(memory, Date.now());
  const sent = memory?.outbox;
  if (!sent) return;
  if (notice) await showNotice(notice);
  await update({ notifier: NOTIFIER }, ({ notifier }) =>
    notifier?.outbox && notifier.outbox.id === sent.id && notifier.outbox.at === sent.at ? { notifier: { ...notifier, outbox: null } } : null);
}

/** A click opens the incident (or the status page) the notification was about. */
export async function openNotice(id: string): Promise<void> {
  const url = linkFor(await loadNotifier(), id);
  await browser.notifications.clear(id);
  // tabs.create needs no "tabs" permission.
  if (url) await browser.tabs.create({ url });
}
