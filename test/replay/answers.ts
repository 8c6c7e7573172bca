// What the stand-in status page answers, shared by Chromium's request routing and the loopback server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, httpFixture, readJson, readText } from '../support/fixtures';

/**
 * A scenario's files (with every timestamp moved by `shiftMs`, so a replay can read as happening now),
 * one of the recorded http/ answers, or given JSON.
 */
export type Answer = { scenario: string; shiftMs?: number } | { http: string } | { json: unknown };

const ISO = /"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)"/g;
const shift = (body: string, ms: number): string =>
  (ms === 0 ? body : body.replace(ISO, (_m, iso: string) => `"${new Date(Date.parse(iso) + ms).toISOString()}"`));

export interface Reply { status: number; headers: Record<string, string>; body: string }

const json = (body: string, extra: Record<string, string> = {}): Reply => ({
  status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', ...extra }, body,
});

/**
 * Answers a Statuspage v2 path (`summary.json`, `status.json`, `incidents.json`,
 * `incidents/unresolved.json`, `scheduled-maintenances/*.json`, …) from a scenario folder. Where a
 * folder has no `incidents.json`, it is made from the summary's open incidents, as the page would list them.
 */
export function reply(answer: Answer, apiPath: string): Reply {
  if ('json' in answer) return json(JSON.stringify(answer.json));
  if ('http' in answer) {
    const h = httpFixture(answer.http);
    return { status: h.status, headers: h.headers, body: h.body ?? '' };
  }
  const file = `anthropic/${answer.scenario}/${apiPath}`;
  const etag = { etag: `W/"${answer.scenario}"` };
  const by = answer.shiftMs ?? 0;
  if (existsSync(join(FIXTURES, file))) return json(shift(readText(file), by), etag);
  if (apiPath === 'incidents.json') {
    const summary = readJson(`anthropic/${answer.scenario}/summary.json`) as { page: unknown; incidents: unknown[] };
    return json(shift(JSON.stringify({ page: summary.page, incidents: summary.incidents }), by), etag);
  }
  return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
}
