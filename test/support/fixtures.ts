// Reads the Statuspage fixtures kept in the repository (test/fixtures/statuspage, see its README).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawAnswer } from '../../src/core/response';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const FIXTURES = join(root, 'test', 'fixtures', 'statuspage');

export const readJson = (relative: string): unknown => JSON.parse(readFileSync(join(FIXTURES, relative), 'utf8'));
export const readText = (relative: string): string => readFileSync(join(FIXTURES, relative), 'utf8');

/** Scenario folders under anthropic/, e.g. "b1-2026-03-02-investigating". */
export const SCENARIOS = readdirSync(join(FIXTURES, 'anthropic')).sort();
export const summaryOf = (scenario: string): unknown => readJson(`anthropic/${scenario}/summary.json`);

export const REAL_SNAPSHOTS = readdirSync(join(FIXTURES, 'real-captures', 'snapshots')).map((f) => `real-captures/snapshots/${f}`);
export const REAL_INCIDENTS = readdirSync(join(FIXTURES, 'real-captures', 'incidents')).map((f) => `real-captures/incidents/${f}`);

/** A summary.json built around one captured incident, as the page would have served it. */
export function summaryAround(captureFile: string): unknown {
  const capture = readJson(captureFile) as { page?: unknown; incident: { components: unknown[] } };
  // Incidents can be unlinked from components at resolution (NOTES.md); the page still lists them all.
  const linked = capture.incident.components;
  const components = linked.length > 0 ? linked : (summaryOf('a-all-operational') as { components: unknown[] }).components;
  return { page: capture.page ?? {}, components, incidents: [capture.incident] };
}

/** Parses an `http/*.http` fixture (status line, headers, blank line, body) into the classifier's input. */
export function httpFixture(name: string, url = 'https://status.claude.com/api/v2/summary.json'): RawAnswer & { headers: Record<string, string> } {
  const text = readText(`http/${name}`);
  const [head = '', ...rest] = text.split(/\r?\n\r?\n/);
  const [statusLine = '', ...headerLines] = head.split(/\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return {
    status: Number(statusLine.split(' ')[1]),
    url,
    contentType: headers['content-type'] ?? null,
    wafAction: headers['x-amzn-waf-action'] ?? null,
    body: rest.join('\n\n'),
    headers,
  };
}
