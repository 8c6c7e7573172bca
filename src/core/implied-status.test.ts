import { describe, expect, it } from 'vitest';
import { impliedStatus } from './implied-status';
import type { Incident } from './types';

const incident = (over: Partial<Incident>): Incident => ({
  id: 'i1', name: 'Elevated errors', stage: 'investigating', impact: 'major', startedAt: '2026-03-02T11:49:00Z', updatedAt: null,
  resolvedAt: null, componentIds: ['c'], latest: null, shortlink: null, scheduledFor: null, scheduledUntil: null, ...over,
});

describe('impliedStatus', () => {
  it('marks an operational component by the open incident’s impact, from the incident’s start', () => {
    expect(impliedStatus('operational', [incident({ impact: 'minor' })])).toEqual({ status: 'degraded_performance', since: '2026-03-02T11:49:00Z' });
    expect(impliedStatus('operational', [incident({ impact: 'major' })])?.status).toBe('partial_outage');
    expect(impliedStatus('operational', [incident({ impact: 'critical' }), incident({ impact: 'minor', startedAt: '2026-03-02T10:00:00Z' })]))
      .toEqual({ status: 'major_outage', since: '2026-03-02T10:00:00Z' });
  });

  it('says only degraded once the fix is in place and being monitored', () => {
    expect(impliedStatus('operational', [incident({ impact: 'critical', stage: 'monitoring' })])?.status).toBe('degraded_performance');
    expect(impliedStatus('operational', [incident({ stage: 'monitoring' }), incident({ stage: 'identified' })])?.status).toBe('partial_outage');
  });

  it('leaves a status that names a problem as the page gives it, and needs an open incident', () => {
    expect(impliedStatus('major_outage', [incident({ impact: 'minor' })])).toBeNull();
    expect(impliedStatus('operational', [])).toBeNull();
    expect(impliedStatus('under_maintenance', [incident({})])?.status).toBe('partial_outage');
    expect(impliedStatus('unknown', [incident({ impact: 'minor' })])?.status).toBe('degraded_performance');
  });
});
