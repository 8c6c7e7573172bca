import { type Notice, type NotifyMemory, stepNotifier } from '../core/notify/notify';
import { notifyPrefs, type Settings } from '../core/settings';
import type { StatusState } from '../core/source';
import { STATUS_ORIGIN } from '../shared/config';
import { formatTime } from '../shared/format-time';
import { i18n } from '../shared/i18n';

/**
 * Runs the notifier for the status a check just produced. Every check sets `error` (null only when its
 * answer was good), so an unknown status leaves the notifier's memory untouched and shows nothing.
 */
export function notifyStep(
  memory: NotifyMemory | null, after: StatusState, settings: Settings, now: number,
): { memory: NotifyMemory | null; notice: Notice | null } {
  if (after.error !== null || !after.snapshot) return { memory: null, notice: null };
  const local = new Date(now);
  return stepNotifier(memory, after.snapshot, notifyPrefs(settings), {
    now,
    localMinutes: local.getHours() * 60 + local.getMinutes(),
    origin: STATUS_ORIGIN,
    formatTime: (ms) => formatTime(ms, now, i18n.locale),
    i18n,
  });
}
