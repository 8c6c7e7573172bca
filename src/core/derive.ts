import { cleanText } from './clean-text';
import { impliedStatus, isOpen } from './implied-status';
import { identifySurfaces } from './surfaces';
import type { Component, ComponentStatus, Incident, Summary } from './types';

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
 * How much of a page is taken. Claude's page has six components and rarely more than two open incidents;
 * a page past these limits is broken or hostile, and taking all of it would let one answer cost the
 * worker seconds (#16: 10,000 components cost 26 s). Known surfaces are always kept.
 */
export const MAX_SURFACES = 24;
export const MAX_OPEN = 20;
const LABEL_MAX = 60;
const NAME_MAX = 200;
const UPDATE_MAX = 600;

/** Known surfaces first, then the page's others in its order, up to MAX_SURFACES, back in page order. */
function keep(components: readonly Component[], known: (c: Component) => boolean): Component[] {
  // Each known surface names one component (surfaces.ts), but the cap must hold whatever the ids are.
  const mine = components.filter(known).slice(0, MAX_SURFACES);
  const others = components.filter((c) => !known(c)).slice(0, Math.max(0, MAX_SURFACES - mine.length));
  const kept = new Set([...mine, ...others]);
  return components.filter((c) => kept.has(c));
}

/** An incident cut to what the extension shows: cleaned text, links only to kept components. */
function trimIncident(i: Incident, ids: ReadonlySet<string>): Incident {
  return {
    ...i,
    name: cleanText(i.name, NAME_MAX),
    componentIds: [...new Set(i.componentIds.filter((id) => ids.has(id)))],
    latest: i.latest ? { ...i.latest, body: cleanText(i.latest.body, UPDATE_MAX) } : null,
  };
}

/**
 * Derives each surface's state from the components, never from `status.indicator`, which is a blend
 * that can understate a single surface (NOTES.md, "status"). A maintenance in progress marks its
 * components as under maintenance even if the page has not flipped the component itself, and an open
 * incident marks an operational component by its impact (implied-status.ts). Linear in the
 * size of the answer: lookups go through sets and maps, never a search per component.
 */
export function deriveSnapshot(summary: Summary, fetchedAt: number): Snapshot {
  const identities = identifySurfaces(summary.components);
  const components = keep(summary.components, (c) => !(identities.get(c.id)?.key ?? '').startsWith('component:'));
  const ids = new Set(components.map((c) => c.id));
  const incidents = summary.incidents.slice(0, MAX_OPEN).map((i) => trimIncident(i, ids));
  const maintenances = summary.maintenances.slice(0, MAX_OPEN).map((i) => trimIncident(i, ids));
  const linked = new Map<string, { incidents: string[]; maintenance: boolean; open: Incident[] }>();
  const link = (i: Incident, maintenance: boolean): void => {
    for (const id of i.componentIds) {
      const entry = linked.get(id) ?? { incidents: [], maintenance: false, open: [] };
      entry.incidents.push(i.id);
      entry.maintenance ||= maintenance;
      if (!maintenance && isOpen(i)) entry.open.push(i);
      linked.set(id, entry);
    }
  };
  for (const i of incidents) link(i, false);
  for (const m of maintenances) if (ACTIVE_MAINTENANCE.has(m.stage)) link(m, true);
  const surfaces = components.map((c): SurfaceState => {
    const identity = identities.get(c.id) ?? { key: `component:${c.id}`, label: c.name, code: '?' };
    const links = linked.get(c.id);
    // An open incident outranks a maintenance in progress: something is wrong beyond the planned work.
    const implied = impliedStatus(c.status, links?.open ?? []);
    const status: ComponentStatus = implied?.status ?? (c.status === 'operational' && links?.maintenance ? 'under_maintenance' : c.status);
    return {
      ...identity, label: cleanText(identity.label, LABEL_MAX) || identity.code,
      componentId: c.id, status, since: implied ? implied.since : c.updatedAt, incidentIds: links?.incidents ?? [],
    };
  });
  return { fetchedAt, pageUpdatedAt: summary.pageUpdatedAt, surfaces, incidents, maintenances };
}
