// The words of a notification: which surface, what happened, since when. Plain text only.
import type { I18n } from '../i18n';
import { incidentUrl } from '../links';
import { isAffected, rankOf } from '../severity';
import { incidentTitle, stageWord } from '../stage-words';
import { formatDuration, statusWord } from '../words';
import type { Event, Notice, NotifyContext } from './types';

export function line(i18n: I18n, e: Event): string {
  if (e.kind === 'stage') {
    return i18n.t('noticeStage', [e.surfaces.map((s) => s.label).join(', '), stageWord(i18n, e.incident.stage), incidentTitle(i18n, e.incident, 80)]);
  }
  if (e.to === 'operational') return i18n.t('noticeRecovered', [e.surface.label, formatDuration(e.lasted, i18n.locale)]);
  return i18n.t('surfaceLine', [e.surface.label, statusWord(i18n, e.to)]);
}

/** What an event announces, as a stable key: the same news always gets the same notification id. */
const eventKey = (e: Event): string => (e.kind === 'stage'
  ? `stage:${e.incident.id}:${e.incident.stage}` : `surface:${e.surface.key}:${e.to}:${e.surface.since ?? ''}`);

/** FNV-1a, 32 bits: a short id from the keys (ids need not be secret, only stable and distinct enough). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The notification id of what a notice announces, so showing it again replaces it instead of adding one. */
export const noticeId = (events: readonly Event[], deferred: readonly string[]): string =>
  `claude-status-${hash([...events.map(eventKey), ...deferred].join('\n'))}`;

export function compose(events: Event[], deferred: readonly string[], ctx: NotifyContext): Notice {
  const { i18n } = ctx;
  const id = noticeId(events, deferred);
  const more = (n: number): string => i18n.t('noticeMore', [n]);
  const changesTitle = (n: number): string => (n === 1 ? i18n.t('noticeChangesOne') : i18n.t('noticeChangesMany', [n]));
  if (deferred.length > 0) {
    // What the rate limit held back comes first, then this check's news, as one summary.
    const all = [...deferred, ...[...events].sort((a, b) => severity(b) - severity(a)).map((e) => line(i18n, e))];
    const lines = all.length > 4 ? [...all.slice(0, 3), more(all.length - 3)] : all;
    return { id, title: changesTitle(all.length), message: lines.join('\n'), url: ctx.origin };
  }
  const incidents = new Set(events.map((e) => e.incident?.id));
  const first = events[0];
  const url = incidents.size === 1 ? incidentUrl(ctx.origin, first?.incident) : ctx.origin;
  if (events.length === 1 && first) {
    const sinceIso = first.incident?.startedAt ?? (first.kind === 'surface' ? first.surface.since : null);
    const since = sinceIso && !Number.isNaN(Date.parse(sinceIso)) ? i18n.t('noticeSince', [ctx.formatTime(Date.parse(sinceIso))]) : '';
    const detail = [
      first.incident ? i18n.t('noticeDetail', [incidentTitle(i18n, first.incident, 120), stageWord(i18n, first.incident.stage)]) : i18n.t('noticeReported'),
      since,
    ].filter(Boolean).join(' ');
    const title = first.kind === 'surface' && first.to !== 'operational' && isAffected(first.from)
      ? i18n.t('noticeWas', [line(i18n, first), statusWord(i18n, first.from)]) : line(i18n, first);
    return { id, title, message: first.kind === 'surface' && first.to === 'operational' ? i18n.t('noticeOperationalAgain') : detail, url };
  }
  // A burst folds into one summary: worst news first.
  const sorted = [...events].sort((a, b) => severity(b) - severity(a));
  const lines = sorted.slice(0, 3).map((e) => line(i18n, e));
  if (sorted.length > 3) lines.push(more(sorted.length - 3));
  return { id, title: changesTitle(events.length), message: lines.join('\n'), url };
}

const severity = (e: Event): number => (e.kind === 'surface' ? rankOf(e.to) : 1);
