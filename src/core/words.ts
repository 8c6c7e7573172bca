import type { UnknownReason } from './source';
import type { ComponentStatus } from './types';

/** Status in words, so colour is never the only signal. */
export const STATUS_WORDS: Record<ComponentStatus, string> = {
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  under_maintenance: 'Under maintenance',
  unknown: 'Status not recognised',
};

export const SOURCE_ERROR_WORDS: Record<UnknownReason, string> = {
  offline: 'you appear to be offline',
  timeout: 'the status page did not answer in time',
  http: 'the status page answered with an error',
  challenged: 'the status page asked for a human check (bot challenge)',
  'not-json': 'the status page sent something other than status data',
  'too-large': 'the status page answer was too large',
  malformed: 'the status page answer could not be read',
  'wrong-origin': 'the answer came from an unexpected address',
  'no-data': 'no answer from the status page yet',
  stale: 'no fresh answer from the status page',
};

/** The opt-in local signal: claude.ai failing in this browser while the status page says it is fine. */
export const LOCAL_WORDS = {
  headline: (failed: number, total: number) => 'claude.ai is failing for you; the status page has not reported it yet '
    + `(${failed} of ${total} requests failed in the last 2 minutes).`,
  surfaceNote: ' per the status page; failing in this browser',
  short: 'claude.ai is failing for you; the status page has not reported it yet.',
  detail: (failed: number, total: number) => `Seen in this browser: ${failed} of ${total} requests to claude.ai failed in the last 2 minutes.`,
};

/** "45 s", "12 min", "3 h 58 min", "2 d 4 h": compact enough for a tooltip line. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d} d` : `${d} d ${h % 24} h`;
}
