import { isObject } from './checks';
import {
  type Component, COMPONENT_STATUSES, IMPACTS, type Incident, INCIDENT_STAGES, type IncidentUpdate, MAINTENANCE_STAGES,
  type Summary,
} from './types';

export type ParseResult = { ok: true; summary: Summary } | { ok: false; reason: string };

const STAGES = [...INCIDENT_STAGES, ...MAINTENANCE_STAGES] as const;

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
/** Ids and links are short on every real page; a longer one is not one (and would be stored and compared). */
const short = (v: unknown, max: number): string | null => {
  const s = str(v);
  return s !== null && s.length <= max ? s : null;
};
const ID_MAX = 64;
const LINK_MAX = 300;
/** Only strings that parse as dates count as times: a malformed date must not become "NaN ago". */
const time = (v: unknown): string | null => {
  const s = str(v);
  return s !== null && !Number.isNaN(Date.parse(s)) ? s : null;
};
const timeOf = (iso: string | null): number => (iso === null ? 0 : Date.parse(iso));
const oneOf = <T extends string>(allowed: readonly T[], v: unknown): T | 'unknown' =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : 'unknown';
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/**
 * The first of each id, in order, at most `max`: a page that repeats an id (13,000 times claude.ai's,
 * #22) says nothing more than it said once, and must not get past a cap by it. Items without an id are
 * kept (updates carry none on some pages).
 */
function unique<T>(items: Iterable<T | null>, idOf: (item: T) => string | null, max: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= max) break;
    if (item === null) continue;
    const id = idOf(item);
    if (id !== null && seen.has(id)) continue;
    if (id !== null) seen.add(id);
    out.push(item);
  }
  return out;
}
/**
 * Statuspage lists at most 50 incidents in any answer, and 50 updates is a very long incident: past
 * these, items are ignored, so a hostile or broken answer cannot make a check slow.
 */
const MAX_ITEMS = 100;
const MAX_UPDATES = 50;
/** Components one incident may name: Claude's page has six. (The page's own list is capped in derive.ts,
 * which always keeps the known surfaces wherever they stand.) */
const MAX_LINKS = 64;

function parseComponent(v: unknown): Component | null {
  if (!isObject(v)) return null;
  const id = short(v.id, ID_MAX);
  const name = str(v.name);
  if (id === null || name === null) return null;
  // A group is a container whose children carry the statuses (NOTES.md: grouped-components shape).
  if (v.group === true) return null;
  return {
    id,
    name,
    status: oneOf(COMPONENT_STATUSES, v.status),
    updatedAt: time(v.updated_at),
    position: typeof v.position === 'number' && Number.isFinite(v.position) ? v.position : Number.MAX_SAFE_INTEGER,
  };
}

type Keyed<T> = { id: string | null; item: T };

function parseUpdate(v: unknown): Keyed<IncidentUpdate> | null {
  if (!isObject(v)) return null;
  return { id: short(v.id, ID_MAX), item: {
    stage: oneOf(STAGES, v.status),
    body: typeof v.body === 'string' ? v.body : '',
    // display_at is null on some postmortem updates; created_at is always there.
    at: time(v.display_at) ?? time(v.created_at),
  } };
}

const idsOf = (items: unknown[], field: 'id' | 'code'): string[] =>
  unique(items.map((c) => (isObject(c) ? short(c[field], ID_MAX) : null)), (id) => id, MAX_LINKS);

/**
 * The components an incident is linked to. Anthropic unlinks them when it resolves an incident
 * (`components: []`, NOTES.md "incidents"); its updates' `affected_components` (whose `code` is the
 * component id) still say which surfaces it hit, so the history keeps it.
 */
function componentsOf(v: Record<string, unknown>, rawUpdates: unknown[]): string[] {
  const linked = idsOf(list(v.components), 'id');
  if (linked.length > 0) return linked;
  return unique(rawUpdates.flatMap((u) => (isObject(u) ? idsOf(list(u.affected_components), 'code') : [])), (id) => id, MAX_LINKS);
}

function parseIncident(v: unknown): Incident | null {
  if (!isObject(v)) return null;
  const id = short(v.id, ID_MAX);
  if (id === null) return null;
  const rawUpdates = list(v.incident_updates).slice(0, MAX_UPDATES);
  const updates = unique(rawUpdates.map(parseUpdate), (u) => u.id, MAX_UPDATES).map((u) => u.item);
  // The page sends updates newest first, but order by time anyway so a reordered answer cannot show an old text.
  updates.sort((a, b) => timeOf(b.at) - timeOf(a.at));
  return {
    id,
    // Worded where it is shown (incidentTitle), in the reader's language.
    name: str(v.name) ?? '',
    stage: oneOf(STAGES, v.status),
    impact: oneOf(IMPACTS, v.impact),
    startedAt: time(v.started_at) ?? time(v.created_at),
    updatedAt: time(v.updated_at),
    resolvedAt: time(v.resolved_at),
    componentIds: componentsOf(v, rawUpdates),
    latest: updates[0] ?? null,
    shortlink: short(v.shortlink, LINK_MAX),
    scheduledFor: time(v.scheduled_for),
    scheduledUntil: time(v.scheduled_until),
  };
}

const CLOSED = new Set(['resolved', 'postmortem', 'completed']);

/**
 * Parses a `summary.json` body (already JSON-decoded). Tolerant by design: a bad item is dropped,
 * an unknown enum value becomes `unknown`, missing optional arrays are empty. Only an answer with no
 * usable component at all is rejected, because it says nothing about any surface.
 */
export function parseSummary(body: unknown): ParseResult {
  if (!isObject(body)) return { ok: false, reason: 'not a JSON object' };
  if (!Array.isArray(body.components)) return { ok: false, reason: 'no components list' };
  const components = unique(body.components.map(parseComponent), (c) => c.id, Infinity).sort((a, b) => a.position - b.position);
  if (components.length === 0) return { ok: false, reason: 'no usable component' };
  const open = (v: unknown): Incident[] => unique(list(v).slice(0, MAX_ITEMS).map(parseIncident), (i) => i.id, MAX_ITEMS)
    .filter((i) => !CLOSED.has(i.stage));
  const incidents = open(body.incidents);
  const maintenances = open(body.scheduled_maintenances);
  const page = isObject(body.page) ? body.page : {};
  return { ok: true, summary: { pageUpdatedAt: time(page.updated_at), components, incidents, maintenances } };
}

/** Parses `incidents.json` (the page's most recent incidents, resolved ones included); bad items dropped. */
export function parseIncidentList(body: unknown): Incident[] | null {
  if (!isObject(body) || !Array.isArray(body.incidents)) return null;
  return unique(body.incidents.slice(0, MAX_ITEMS).map(parseIncident), (i) => i.id, MAX_ITEMS);
}
