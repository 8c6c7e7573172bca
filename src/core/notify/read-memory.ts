// Reads the notifier's stored memory element by element: anything unexpected (another version included)
// gives null, "take the next check as a silent baseline", which is always safe.
import { type Check, isBoolean, isNumber, isString, isText, listOf, listUpTo, oneOf, orNull, pairOf, shape } from '../checks';
import { COMPONENT_STATUSES } from '../types';
import { MEMOS_KEPT, NAME_MAX } from './incidents';
import type { IncidentMemo, NotifyMemory, SurfaceMemo } from './types';

const isStatus = oneOf([...COMPONENT_STATUSES, 'unknown']);
const isMemo = shape({ announced: isStatus, since: isNumber, pending: orNull(isStatus) } satisfies Record<keyof SurfaceMemo, Check>);
const isIncident = shape({
  stage: isText(40), name: isText(NAME_MAX * 2 + 1), keys: listUpTo(64, isText(300)), start: isNumber, announced: isBoolean,
  maintenance: isBoolean, pageAt: orNull(isNumber), lead: orNull(isNumber),
} satisfies Record<keyof IncidentMemo, Check>);
const isOutbox = orNull(shape({ id: isString, title: isString, message: isString, url: isString, at: isNumber }));

export function readNotifyMemory(raw: unknown): NotifyMemory | null {
  const m = raw as Partial<Record<keyof NotifyMemory, unknown>> | null;
  const ok = typeof m === 'object' && m !== null && m.version === 3 && listOf(pairOf(isMemo))(m.surfaces)
    && listUpTo(MEMOS_KEPT, pairOf(isIncident))(m.incidents) && listOf(isNumber)(m.sent) && listOf(isNumber)(m.replaced)
    && listOf(pairOf(isString))(m.links) && listOf(isString)(m.deferred) && isOutbox(m.outbox ?? null);
  return ok ? ({ ...(m as NotifyMemory), outbox: (m.outbox ?? null) as NotifyMemory['outbox'] }) : null;
}
