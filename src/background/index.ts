// Background entry: only listener registration, synchronously at the top level, because the worker
// may be woken by any of these events and a listener added after an await would miss it.
import '../shared/replay-clock'; // first: the demo's build runs on the outage's own clock (inert elsewhere)
import browser, { type Runtime } from '../shared/browser';
import { routeMessage } from '../shared/messages';
import { SETTINGS_KEY } from '../core/settings';
import { forgetNotifier } from '../shared/status-store';
import { checkNow, noteClaudeActive, noteOnline, reapplySettings, restoreBadge, resumePolling, reviveAlarm } from './check';
import { notePageOutcomes } from './page-sensing';
import { readCounts } from '../core/sensing/page-outcome';
import { openNotice } from './notifications';
import { BACK_NOTICE_ID } from '../core/back-notice';
import { openBack, setBackAlert } from './back-alert';
import { isOverdue, POLL_ALARM } from './schedule';

/** Show what we knew (as stale if it is old), then schedule the next check without a burst. */
function resumeSoon(): void {
  void restoreBadge().catch(() => undefined);
  void resumePolling().catch(() => undefined);
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  // Installs, extension updates and browser updates all reach many browsers within minutes (a store
  // rollout, a managed fleet): none fetches at once. The first check lands at a random moment within the
  // catch-up window; the state found after an update is a silent baseline for notifications.
  if (reason !== 'install') void forgetNotifier();
  resumeSoon();
});

browser.runtime.onStartup.addListener(resumeSoon);

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== POLL_ALARM) return;
  if (isOverdue(alarm.scheduledTime, Date.now())) resumeSoon();
  else void checkNow();
});

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender): Promise<{ ok: boolean }> | undefined => {
    const route = routeMessage(message, sender, browser.runtime.id, browser.runtime.getURL('/'));
    const done = (p: Promise<void>) => p.then(() => ({ ok: true }), () => ({ ok: false }));
    if (route === 'refresh') return done(checkNow(true));
    if (route === 'claude-active') return done(noteClaudeActive());
    if (route === 'back-alert') {
      const fromPage = sender.tab !== undefined;
      return setBackAlert((message as { arm: boolean }).arm, fromPage).then((ok) => ({ ok }), () => ({ ok: false }));
    }
    if (route === 'claude-outcomes') {
      const counts = readCounts((message as { counts?: unknown }).counts);
      return counts ? done(notePageOutcomes(counts)) : undefined;
    }
    return undefined;
  },
);

browser.notifications.onClicked.addListener((id) => {
  void (id === BACK_NOTICE_ID ? openBack() : openNotice(id));
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && SETTINGS_KEY in changes) void reapplySettings();
});

// Firefox lets a person take back the status page's host permission: say so at once, not at the next check.
browser.permissions.onRemoved.addListener(() => void checkNow());
browser.permissions.onAdded.addListener(() => void checkNow());

// The network came back: one check soon, instead of waiting out the backoff (up to 30 min) while the
// badge says "offline". WorkerGlobalScope and Window both fire "online"
// (https://html.spec.whatwg.org/multipage/system-state.html#event-online).
if (typeof globalThis.addEventListener === 'function') globalThis.addEventListener('online', () => void noteOnline().catch(() => undefined));

// Any wake-up (alarm, message, idle restart): repaint from storage, and make the alarm again if it is
// missing or was set on a clock that has since gone back. No fetch here.
void restoreBadge().catch(() => undefined);
void reviveAlarm().catch(() => undefined);
