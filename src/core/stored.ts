import type { Snapshot, SurfaceState } from './derive';
import { EMPTY_STATE, type SourceError, type StatusState } from './source';
import type { Incident, IncidentUpdate } from './types';

/** Bumped whenever the stored shape changes; older or foreign data is dropped, never half-read. */
export const STATE_VERSION = 2;
export const STATE_KEY = 'status';

export interface StoredStatus {
  version: typeof STATE_VERSION;
  state: StatusState;
}

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const orNull = (check: Check): Check => (v) => v === null || check(v);
const isDate: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const listOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const oneOf = (...allowed: string[]): Check => (v) => typeof v === 'string' && allowed.includes(v);
/** Every named field passes its check (extra fields are ignored). */
const shape = (fields: Record<string, Check>): Check => (v) => isObject(v) && Object.entries(fields).every(([k, check]) => check(v[k]));

const COMPONENT_STATUS = oneOf('operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance', 'unknown');
const STAGE = oneOf('investigating', 'identified', 'monitoring', 'resolved', 'postmortem', 'scheduled', 'in_progress', 'verifying', 'completed', 'unknown');

const surface = shape({
  key: isString, label: isString, code: isString, componentId: isString, status: COMPONENT_STATUS,
  since: orNull(isDate), incidentIds: listOf(isString),
} satisfies Record<keyof SurfaceState, Check>);

const update = shape({ stage: STAGE, body: isString, at: orNull(isDate) } satisfies Record<keyof IncidentUpdate, Check>);

const incident = shape({
  id: isString, name: isString, stage: STAGE, impact: oneOf('none', 'minor', 'major', 'critical', 'maintenance', 'unknown'),
  startedAt: orNull(isDate), updatedAt: orNull(isDate), resolvedAt: orNull(isDate), componentIds: listOf(isString),
  latest: orNull(update), shortlink: orNull(isString), scheduledFor: orNull(isDate), scheduledUntil: orNull(isDate),
} satisfies Record<keyof Incident, Check>);

const snapshot = shape({
  fetchedAt: isNumber, pageUpdatedAt: orNull(isDate), surfaces: listOf(surface), incidents: listOf(incident), maintenances: listOf(incident),
} satisfies Record<keyof Snapshot, Check>);

const error = shape({
  kind: oneOf('offline', 'timeout', 'http', 'challenged', 'not-json', 'too-large', 'malformed', 'wrong-origin', 'redirected', 'no-permission'),
  detail: isString, since: isNumber, lastAt: isNumber, count: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1,
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
