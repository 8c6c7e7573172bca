import { classifyAnswer } from '../core/response';
import type { Snapshot } from '../core/derive';
import { type History, LIST_EVERY_MS, recordCheck, recordIncidents } from '../core/history';
import { parseIncidentList } from '../core/parse';
import { fetchStatus } from './fetch-status';

const HOUR = 3_600_000;

/**
 * After a good check: today's statuses go into the history, and about once a day the page's own incident
 * list (incidents.json) fills in the days before. The first read is due at a random moment 1-24 h after
 * install, so installs never read it together; a failed read is tried again an hour later.
 */
export async function advanceHistory(
  h: History, snapshot: Snapshot, origin: string, now: number, random: () => number, deadline = Infinity,
): Promise<History> {
  const checked = recordCheck(h, snapshot, now);
  if (checked.listFetchedAt === null) return { ...checked, listFetchedAt: now - LIST_EVERY_MS + HOUR + random() * 23 * HOUR };
  if (now - checked.listFetchedAt < LIST_EVERY_MS && now >= checked.listFetchedAt) return checked;
  const outcome = await fetchStatus(`${origin}/api/v2/incidents.json`, undefined, deadline);
  const classified = outcome.ok ? classifyAnswer(outcome.answer, origin) : outcome;
  const list = classified.ok && 'json' in classified ? parseIncidentList(classified.json) : null;
  if (!list) return { ...checked, listFetchedAt: now - LIST_EVERY_MS + HOUR };
  const keys = new Map(snapshot.surfaces.map((s) => [s.componentId, s.key]));
  return recordIncidents(checked, list, (id) => keys.get(id), now);
}
