import { type Check, isCount, isDate, isNumber, isObject, isString, listOf, oneOf, orNull, shape } from './checks';
import type { Snapshot, SurfaceState } from './derive';
import { EMPTY_STATE, SOURCE_ERROR_KINDS, type SourceError, type StatusState } from './source';
import {
  COMPONENT_STATUSES, IMPACTS, type Incident, INCIDENT_STAGES, type IncidentUpdate, MAINTENANCE_STAGES,
} from './types';

/** Bumped whenever the stored shape changes; older or foreign data is dropped, never half-read. */
export const STATE_VERSION = 2;
export const STATE_KEY = 'status';

export interface StoredStatus {
  version: typeof STATE_VERSION;
  state: StatusState;
}

const COMPONENT_STATUS = oneOf([...COMPONENT_STATUSES, 'unknown']);
const STAGE = oneOf([...INCIDENT_STAGES, ...MAINTENANCE_STAGES, 'unknown']);

const surface = shape({
  key: isString, label: isString, code: isString, componentId: isString, status: COMPONENT_STATUS,
  since: orNull(isDate), incidentIds: listOf(isString),
} satisfies Record<keyof SurfaceState, Check>);

const update = shape({ stage: STAGE, body: isString, at: orNull(isDate) } satisfies Record<keyof IncidentUpdate, Check>);

const incident = shape({
  id: isString, name: isString, stage: STAGE, impact: oneOf([...IMPACTS, 'unknown']),
  startedAt: orNull(isDate), updatedAt: orNull(isDate), resolvedAt: orNull(isDate), componentIds: listOf(isString),
  latest: orNull(update), shortlink: orNull(isString), scheduledFor: orNull(isDate), scheduledUntil: orNull(isDate),
} satisfies Record<keyof Incident, Check>);

const snapshot = shape({
  fetchedAt: isNumber, pageUpdatedAt: orNull(isDate), surfaces: listOf(surface), incidents: listOf(incident), maintenances: listOf(incident),
} satisfies Record<keyof Snapshot, Check>);

const error = shape({
  kind: oneOf(SOURCE_ERROR_KINDS), detail: isString, since: isNumber, lastAt: isNumber, count: (v) => isCount(v) && v >= 1,
} satisfies Record<keyof SourceError, Check>);

const state = shape({ snapshot: orNull(snapshot), error: orNull(error), checkedAt: orNull(isNumber) } satisfies Record<keyof StatusState, Check>);

/**
 * Reads what storage holds, every element checked. Anything unexpected (another version, a corrupt
 * write, another extension's shape, one bad surface) gives the empty state: the extension then shows
 * "unknown" until its next check, which is honest, instead of trusting data it cannot vouch for, and the
 * next check does not build on it.
 */
export function readStoredStatus(raw: unknown): StatusState {
  if (!isObject(raw) || raw.version !== STATE_VERSION || !state(raw.state)) return EMPTY_STATE;
  return raw.state as unknown as StatusState;
}

export const toStored = (s: StatusState): StoredStatus => ({ version: STATE_VERSION, state: s });
