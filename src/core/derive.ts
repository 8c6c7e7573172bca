import { identifySurfaces } from './surfaces';
import type { ComponentStatus, Incident, Summary } from './types';

/** One surface's state as the extension shows it. */
export interface SurfaceState {
  key: string;
  label: string;
  code: string;
  componentId: string;
  status: ComponentStatus;
  /** ISO time the component last changed, as the page says; null when unknown. */
  since: string | null;
  /** Open incidents and in-progress maintenances linked to this surface. */
  incidentIds: string[];
}

/** The derived picture of one good answer from the status page. */
export interface Snapshot {
  /** When the answer was received (ms since epoch, the extension's clock). */
  fetchedAt: number;
  pageUpdatedAt: string | null;
  surfaces: SurfaceState[];
  incidents: Incident[];
  maintenances: Incident[];
}

const ACTIVE_MAINTENANCE = new Set(['in_progress', 'verifying']);

/**
 * Derives each surface's state from the components, never from `status.indicator`, which is a blend
 * that can understate a single surface (NOTES.md, "status"). A maintenance in progress marks its
 * components as under maintenance even if the page has not flipped the component itself.
 */
export function deriveSnapshot(summary: Summary, fetchedAt: number): Snapshot {
  const identities = identifySurfaces(summary.components);
  const activeMaintenances = summary.maintenances.filter((m) => ACTIVE_MAINTENANCE.has(m.stage));
  const surfaces = summary.components.map((c): SurfaceState => {
    const identity = identities.get(c.id) ?? { key: `component:${c.id}`, label: c.name, code: '?' };
    const inMaintenance = activeMaintenances.some((m) => m.componentIds.includes(c.id));
    const status: ComponentStatus = c.status === 'operational' && inMaintenance ? 'under_maintenance' : c.status;
    const incidentIds = [...summary.incidents, ...activeMaintenances]
      .filter((i) => i.componentIds.includes(c.id))
      .map((i) => i.id);
    return { ...identity, componentId: c.id, status, since: c.updatedAt, incidentIds };
  });
  return {
    fetchedAt,
    pageUpdatedAt: summary.pageUpdatedAt,
    surfaces,
    incidents: summary.incidents,
    maintenances: summary.maintenances,
  };
}
