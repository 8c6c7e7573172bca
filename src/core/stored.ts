import { EMPTY_STATE, type StatusState } from './source';

/** Bumped whenever the stored shape changes; older or foreign data is dropped, never half-read. */
export const STATE_VERSION = 1;
export const STATE_KEY = 'status';

export interface StoredStatus {
  version: typeof STATE_VERSION;
  state: StatusState;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNumberOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));

function looksLikeState(v: unknown): v is StatusState {
  if (!isObject(v) || !isNumberOrNull(v.checkedAt)) return false;
  const { snapshot, error } = v;
  const snapshotOk = snapshot === null || (isObject(snapshot) && Array.isArray(snapshot.surfaces)
    && Array.isArray(snapshot.incidents) && Array.isArray(snapshot.maintenances)
    && typeof snapshot.fetchedAt === 'number');
  const errorOk = error === null || (isObject(error) && typeof error.kind === 'string'
    && typeof error.since === 'number');
  return snapshotOk && errorOk;
}

/**
 * Reads what storage holds. Anything unexpected (another version, a corrupt write, another extension's
 * shape) gives the empty state: the extension then shows "unknown" until its next check, which is
 * honest, instead of trusting data it cannot vouch for.
 */
export function readStoredStatus(raw: unknown): StatusState {
  if (!isObject(raw) || raw.version !== STATE_VERSION || !looksLikeState(raw.state)) return EMPTY_STATE;
  return raw.state;
}

export const toStored = (state: StatusState): StoredStatus => ({ version: STATE_VERSION, state });
