// The words of a notification: which surface, what happened, since when. Plain text only.
import type { I18n } from '../i18n';
import { incidentUrl } from '../links';
import { isAffected, rankOf } from '../severity';
import { incidentTitle, stageWord } from '../stage-words';
import { formatDuration, statusWord } from '../words';
import type { Event, Notice, NotifyContext } from './types';

const resolvedTitle = (i18n: I18n, name: string): string => i18n.t('noticeResolved', [name || i18n.t('untitledIncident')]);

export function line(i18n: I18n, e: Event): string {
  if (e.kind === 'resolved') return resolvedTitle(i18n, e.memo.name);
  if (e.kind === 'stage') {
    return i18n.t('noticeStage', [e.surfaces.map((s) => s.label).join(', '), stageWord(i18n, e.incident.stage), incidentTitle(i18n, e.incident, 80)]);
  }
  if (e.to === 'operational') return i18n.t('noticeRecovered', [e.surface.label, formatDuration(e.lasted, i18n.locale)]);
  return i18n.t('surfaceLine', [e.surface.label, statusWord(i18n, e.to)]);
}

/** What an event announces, as a stable key: the same news always gets the same notification id. */
const eventKey = (e: Event): string => {
  if (e.kind === 'resolved') return `resolved:${e.id}`;
  return e.kind === 'stage' ? `stage:${e.incident.id}:${e.incident.stage}` : `surface:${e.surface.key}:${e.to}:${e.surface.since ?? ''}`;
};

/** FNV-1a, 32 bits: a short id from the keys (ids need not be secret, only stable and distinct enough). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The notification id of what a notice announces, so showing it again replaces it instead of adding one. */
export const noticeId = (events: readonly Event[], deferred: readonly string[]): string =>
  `claude-status-${hash([...events.map(eventKey), ...deferred].join('\n'))}`;

const INCIDENT_PREFIX = 'claude-status-incident-';
/**
 * One incident, one notification: every announcement about it (its start, each stage, the surfaces it marks,
 * its end) uses this id, from the incident's id alone, so each replaces the last in place. Both browsers
 * replace a notification created under an id already shown: Chrome "first clears that notification"
 * (https://developer.chrome.com/docs/extensions/reference/api/notifications#method-create), and in Firefox
 * "the other notification will be cleared"
 * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/notifications/create).
 */
export const incidentNoticeId = (incidentId: string): string => `${INCIDENT_PREFIX}${hash(incidentId)}`;
export const isIncidentNoticeId = (id: string): boolean => id.startsWith(INCIDENT_PREFIX);

/** Which incident an event is about; undefined for a surface change no incident backs. */
export const subjectOf = (e: Event): string | undefined => (e.kind === 'resolved' ? e.id : e.incident?.id);

/** News about one incident alone keeps that incident's notification; anything else is a summary of its own. */
export function noticeIdFor(events: readonly Event[], deferred: readonly string[]): string {
  const subjects = new Set(events.map(subjectOf));
  const [only] = subjects;
  return deferred.length === 0 && subjects.size === 1 && only !== undefined ? incidentNoticeId(only) : noticeId(events, deferred);
}

export function compose(events: Event[], deferred: readonly string[], ctx: NotifyContext): Notice {
  const { i18n } = ctx;
  const id = noticeIdFor(events, deferred);
  const more = (n: number): string => i18n.t('noticeMore', [n]);
  const changesTitle = (n: number): string => (n === 1 ? i18n.t('noticeChangesOne') : i18n.t('noticeChangesMany', [n]));
  if (deferred.length > 0) {
    // What the rate limit held back comes first, then this check's news, as one summary.
    const all = [...deferred, ...[...events].sort((a, b) => severity(b) - severity(a)).map((e) => line(i18n, e))];
    const lines = all.length > 4 ? [...all.slice(0, 3), more(all.length - 3)] : all;
    return { id, title: changesTitle(all.length), message: lines.join('\n'), url: ctx.origin };
  }
  const incidents = new Set(events.map(subjectOf));
  const [only] = incidents;
  const first = events[0];
  const url = incidents.size === 1 && only !== undefined ? incidentUrl(ctx.origin, { id: only }) : ctx.origin;
  if (events.length === 1 && first?.kind === 'resolved') {
    // Its end, under its own id: how long it lasted, and how far ahead this browser was, if it was.
    const lead = first.memo.lead === null ? '' : i18n.t('noticeLead', [formatDuration(first.memo.lead, i18n.locale)]);
    const message = [i18n.t('noticeLasted', [formatDuration(first.lasted, i18n.locale)]), lead].filter(Boolean).join(' ');
    return { id, title: resolvedTitle(i18n, first.memo.name), message, url };
  }
  if (events.length === 1 && first && first.kind !== 'resolved') {
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

const severity = (e: Event): number => (e.kind === 'surface' ? rankOf(e.to) : e.kind === 'stage' ? 1 : 0);
