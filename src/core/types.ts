/** The values the page may send for each enum; anything else is read as `unknown`. */
export const COMPONENT_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'] as const;
export const INCIDENT_STAGES = ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] as const;
export const MAINTENANCE_STAGES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export const IMPACTS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;

/** Statuspage component statuses, plus `unknown` for any value the page may add later. */
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number] | 'unknown';
export type IncidentStage = (typeof INCIDENT_STAGES)[number] | 'unknown';
export type MaintenanceStage = (typeof MAINTENANCE_STAGES)[number] | 'unknown';
export type Impact = (typeof IMPACTS)[number] | 'unknown';

/** One component as the page lists it, reduced to what the extension uses. */
export interface Component {
  id: string;
  name: string;
  status: ComponentStatus;
  /** ISO time of the component's last status change, or null when the page gave none. */
  updatedAt: string | null;
  position: number;
}

export interface IncidentUpdate {
  stage: IncidentStage | MaintenanceStage;
  /** Plain text from the page; data, never markup. */
  body: string;
  at: string | null;
}

/** An unresolved incident or a scheduled maintenance (Statuspage uses one object for both). */
export interface Incident {
  id: string;
  name: string;
  stage: IncidentStage | MaintenanceStage;
  impact: Impact;
  startedAt: string | null;
  updatedAt: string | null;
  /** Null while open. */
  resolvedAt: string | null;
  /** Component ids the incident is linked to (may be empty; see NOTES.md on unlinking). */
  componentIds: string[];
  /** Newest update first, at most one kept: the popup shows only the latest. */
  latest: IncidentUpdate | null;
  shortlink: string | null;
  scheduledFor: string | null;
  scheduledUntil: string | null;
}

/** What `summary.json` says, after tolerant parsing. */
export interface Summary {
  pageUpdatedAt: string | null;
  components: Component[];
  incidents: Incident[];
  maintenances: Incident[];
}
