import { type Check, isCount, isDate, isNumber, isObject, isText, listUpTo, oneOf, orNull, shape } from './checks';
import { MAX_OPEN, MAX_SURFACES, type Snapshot, type SurfaceState } from './derive';
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
/**
 * Every string as long as derive.ts and parse.ts let it be (in UTF-16 units: a character may take two),
 * every list as long as their caps: a longer one was not written by us, and would reach the tooltip (#22).
 */
const ID = isText(64);
const KEY = isText(80);
const DATE: Check = (v) => isText(40)(v) && isDate(v);

const surface = shape({
  key: KEY, label: isText(120), code: isText(8), componentId: ID, status: COMPONENT_STATUS,
  since: orNull(DATE), incidentIds: listUpTo(2 * MAX_OPEN, ID),
} satisfies Record<keyof SurfaceState, Check>);

const update = shape({ stage: STAGE, body: isText(1_200), at: orNull(DATE) } satisfies Record<keyof IncidentUpdate, Check>);

const incident = shape({
  id: ID, name: isText(400), stage: STAGE, impact: oneOf([...IMPACTS, 'unknown']),
  startedAt: orNull(DATE), updatedAt: orNull(DATE), resolvedAt: orNull(DATE), componentIds: listUpTo(MAX_SURFACES, ID),
  latest: orNull(update), shortlink: orNull(isText(300)), scheduledFor: orNull(DATE), scheduledUntil: orNull(DATE),
} satisfies Record<keyof Incident, Check>);

const snapshot = shape({
  fetchedAt: isNumber, pageUpdatedAt: orNull(DATE), surfaces: listUpTo(MAX_SURFACES, surface),
  incidents: listUpTo(MAX_OPEN, incident), maintenances: listUpTo(MAX_OPEN, incident),
} satisfies Record<keyof Snapshot, Check>);

const error = shape({
  kind: oneOf(SOURCE_ERROR_KINDS), detail: isText(400), since: isNumber, lastAt: isNumber, count: (v) => isCount(v) && v >= 1,
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
