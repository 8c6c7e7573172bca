// What an open incident says about a component that the status page still shows as operational. Anthropic
// often links an incident to claude.ai and leaves the component green for a while (or for good); the icon,
// badge, banner and notifications must not stay clear while an incident on a watched surface is open.
import type { ComponentStatus, Impact, Incident } from './types';

const BY_IMPACT: Record<Impact, ComponentStatus> = {
  none: 'degraded_performance',
  unknown: 'degraded_performance',
  maintenance: 'degraded_performance',
  minor: 'degraded_performance',
  major: 'partial_outage',
  critical: 'major_outage',
};

const UPGRADED: ReadonlySet<ComponentStatus> = new Set(['operational', 'under_maintenance', 'unknown']);

const IMPACT_ORDER: readonly Impact[] = ['none', 'unknown', 'maintenance', 'minor', 'major', 'critical'];

/** An incident that is still open (summary.json may list one in its resolved stage for a moment). */
export const isOpen = (i: Incident): boolean => i.stage !== 'resolved' && i.stage !== 'postmortem';

/**
 * The status to show for a component the page reports as `status` while `open` incidents are linked to it:
 * the page's own status when it names a problem (degraded, partial or major outage); otherwise the worst incident's impact
 * (minor or unstated: degraded; major: partial outage; critical: major outage), from its start; only
 * degraded once every such incident is at "monitoring".
 */
export function impliedStatus(status: ComponentStatus, open: readonly Incident[]): { status: ComponentStatus; since: string | null } | null {
  // A maintenance status, or one this version cannot read, says less than an open incident does.
  if (!UPGRADED.has(status) || open.length === 0) return null;
  const worst = open.reduce((a, b) => (IMPACT_ORDER.indexOf(b.impact) > IMPACT_ORDER.indexOf(a.impact) ? b : a));
  // A fix in place and being monitored is not an outage any more: degraded at most, until it resolves.
  if (open.every((i) => i.stage === 'monitoring')) return { status: 'degraded_performance', since: sinceOf(open) };
  return { status: BY_IMPACT[worst.impact], since: sinceOf(open) };
}

/** The earliest start among the incidents, or null. */
function sinceOf(open: readonly Incident[]): string | null {
  const starts = open.map((i) => i.startedAt).filter((s): s is string => s !== null && !Number.isNaN(Date.parse(s)));
  return starts.length ? starts.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
}
