import type { Notice } from '../core/notify';
import browser from '../shared/browser';
import { loadNotifier } from '../shared/status-store';

/**
 * Shows a notice as a basic notification: bundled icon, plain text, no buttons and no
 * requireInteraction, which Firefox does not support.
 */
export async function showNotice(notice: Notice): Promise<void> {
  await browser.notifications.create(notice.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: notice.title,
    message: notice.message,
  });
}

/** A click opens the incident (or the status page) the notification was about. */
export async function openNotice(id: string): Promise<void> {
  const url = (await loadNotifier())?.links[id];
  await browser.notifications.clear(id);
  // tabs.create needs no "tabs" permission.
  if (url) await browser.tabs.create({ url });
}
