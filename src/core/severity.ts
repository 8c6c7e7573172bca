import type { ComponentStatus } from './types';

/**
 * How bad a status is, for choosing the worst surface. `unknown` (a value the page added that we cannot
 * read) ranks with operational: an unreadable value must never raise a false alarm.
 */
const RANK: Record<ComponentStatus, number> = {
  operational: 0,
  unknown: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export const rankOf = (s: ComponentStatus): number => RANK[s];
export const isAffected = (s: ComponentStatus): boolean => RANK[s] > 0;

/** Badge background and text colours, chosen for at least 4.5:1 contrast between the two. */
export const COLOURS: Record<ComponentStatus | 'source-unknown' | 'local-failing', { background: string; text: string }> = {
  operational: { background: '#137333', text: '#FFFFFF' },
  unknown: { background: '#5F6368', text: '#FFFFFF' },
  'source-unknown': { background: '#5F6368', text: '#FFFFFF' },
  under_maintenance: { background: '#1A56C4', text: '#FFFFFF' },
  degraded_performance: { background: '#F9C513', text: '#1F1F1F' },
  partial_outage: { background: '#B94A00', text: '#FFFFFF' },
  major_outage: { background: '#B3261E', text: '#FFFFFF' },
  // Its own hue: seen in this browser, not reported by the status page.
  'local-failing': { background: '#6A1B9A', text: '#FFFFFF' },
};
