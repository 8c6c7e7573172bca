// Background entry: only listener registration, synchronously at the top level, because the worker
// may be woken by any of these events and a listener added after an await would miss it.
import '../shared/replay-clock'; // first: the demo's build runs on the outage's own clock (inert elsewhere)
import browser, { type Runtime } from '../shared/browser';
import { routeMessage } from '../shared/messages';
import { SETTINGS_KEY } from '../core/settings';
import { forgetNotifier } from '../shared/status-store';
import { checkNow, noteClaudeActive, reapplySettings, restoreBadge, resumePolling } from './check';
import { notePageOutcomes } from './page-sensing';
import { readCounts } from '../core/sensing/page-outcome';
import { openNotice } from './notifications';
import { isOverdue, POLL_ALARM } from './schedule';

/** Show what we knew (as stale if it is old), then schedule the next check without a burst. */
function resumeSoon(): void {
  void restoreBadge();
  void resumePolling();
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  // A person who just installed wants the badge now. Extension and browser updates reach many installs
  // within minutes, so those resume like a browser start instead of all polling at the same moment;
  // and the state found after an update is a silent baseline for notifications.
  if (reason === 'install') {
    void checkNow();
    return;
  }
  void forgetNotifier();
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
    if (route === 'claude-outcomes') {
      const counts = readCounts((message as { counts?: unknown }).counts);
      return counts ? done(notePageOutcomes(counts)) : undefined;
    }
    return undefined;
  },
);

browser.notifications.onClicked.addListener((id) => {
  void openNotice(id);
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && SETTINGS_KEY in changes) void reapplySettings();
});

// Firefox lets a person take back the status page's host permission: say so at once, not at the next check.
browser.permissions.onRemoved.addListener(() => void checkNow());
browser.permissions.onAdded.addListener(() => void checkNow());

// Any wake-up (alarm, message, idle restart): repaint from storage. No fetch here.
void restoreBadge();
