// The words of a notification: which surface, what happened, since when. Plain text only.
import { STAGE_WORDS } from './banner-words';
import { cleanText } from './clean-text';
import { incidentUrl } from './links';
import type { Event, Notice, NotifyContext } from './notify';
import { rankOf } from './severity';
import { formatDuration, STATUS_WORDS } from './words';

export function line(e: Event): string {
  if (e.kind === 'stage') {
    return `${e.surfaces.map((s) => s.label).join(', ')}: ${STAGE_WORDS[e.incident.stage]} (${cleanText(e.incident.name, 80)})`;
  }
  if (e.to === 'operational') return `${e.surface.label} has recovered after ${formatDuration(e.lasted)}`;
  return `${e.surface.label}: ${STATUS_WORDS[e.to]}`;
}

export function compose(events: Event[], deferred: readonly string[], ctx: NotifyContext): Notice {
  const id = `claude-status-${ctx.now}`;
  if (deferred.length > 0) {
    // What the rate limit held back comes first, then this check's news, as one summary.
    const all = [...deferred, ...[...events].sort((a, b) => severity(b) - severity(a)).map(line)];
    const lines = all.length > 4 ? [...all.slice(0, 3), `and ${all.length - 3} more`] : all;
    return { id, title: changesTitle(all.length), message: lines.join('\n'), url: ctx.origin };
  }
  const incidents = new Set(events.map((e) => e.incident?.id));
  const first = events[0];
  const url = incidents.size === 1 ? incidentUrl(ctx.origin, first?.incident) : ctx.origin;
  if (events.length === 1 && first) {
    const sinceIso = first.incident?.startedAt ?? (first.kind === 'surface' ? first.surface.since : null);
    const since = sinceIso && !Number.isNaN(Date.parse(sinceIso)) ? ` Since ${ctx.formatTime(Date.parse(sinceIso))}.` : '';
    const detail = first.incident
      ? `${cleanText(first.incident.name, 120)}. ${STAGE_WORDS[first.incident.stage]}.${since}`
      : `Reported on the Claude status page.${since}`;
    const title = first.kind === 'surface' && first.to !== 'operational' && first.from !== 'operational'
      ? `${line(first)} (was ${STATUS_WORDS[first.from].toLowerCase()})` : line(first);
    return { id, title, message: first.kind === 'surface' && first.to === 'operational' ? 'Operational again.' : detail, url };
  }
  // A burst folds into one summary: worst news first.
  const sorted = [...events].sort((a, b) => severity(b) - severity(a));
  const lines = sorted.slice(0, 3).map(line);
  if (sorted.length > 3) lines.push(`and ${sorted.length - 3} more`);
  return { id, title: changesTitle(events.length), message: lines.join('\n'), url };
}

const changesTitle = (n: number): string => `Claude: ${n} status ${n === 1 ? 'change' : 'changes'}`;
const severity = (e: Event): number => (e.kind === 'surface' ? rankOf(e.to) : 1);
