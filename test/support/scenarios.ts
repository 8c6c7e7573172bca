// What a person should see for each shared scenario: the expected truth the unit and browser tests share.
import type { ComponentStatus } from '../../src/core/types';

export interface Expected {
  /** Status per surface key, for every surface on the page. */
  surfaces: Record<string, ComponentStatus>;
  badge: string;
  /** Background colour of the badge; null where the badge is empty and the colour does not matter. */
  colour: string | null;
}

const RED = '#B3261E';
const ORANGE = '#B94A00';
const YELLOW = '#F9C513';
const BLUE = '#1A56C4';

const allOk = (keys: string[]): Record<string, ComponentStatus> =>
  Object.fromEntries(keys.map((k) => [k, 'operational' as const]));
const SIX = ['claude-ai', 'console', 'api', 'claude-code', 'cowork', 'government'];
const MARCH = ['claude-ai', 'console', 'api', 'government', 'claude-code'];

const march2 = (overrides: Record<string, ComponentStatus>) => ({ ...allOk(MARCH), ...overrides });

export const EXPECTED: Record<string, Expected> = {
  'a-all-operational': { surfaces: allOk(SIX), badge: '', colour: null },
  'b0-2026-03-02-baseline': { surfaces: allOk(MARCH), badge: '', colour: null },
  // The API's component still reads operational, but the open (major) incident is linked to it: partial outage.
  'b1-2026-03-02-investigating': {
    surfaces: march2({ 'claude-ai': 'partial_outage', console: 'partial_outage', api: 'partial_outage', 'claude-code': 'degraded_performance' }),
    badge: 'AI+', colour: ORANGE,
  },
  'c1-2026-03-02-identified': {
    surfaces: march2({ 'claude-ai': 'partial_outage', console: 'partial_outage', api: 'partial_outage', 'claude-code': 'degraded_performance' }),
    badge: 'AI+', colour: ORANGE,
  },
  'c1b-2026-03-02-identified-api-degraded': {
    surfaces: march2({
      'claude-ai': 'partial_outage', console: 'partial_outage', api: 'degraded_performance', 'claude-code': 'degraded_performance',
    }),
    badge: 'AI+', colour: ORANGE,
  },
  // Monitoring is still open: the components the page already shows green keep the incident's impact.
  'c2-2026-03-02-monitoring': {
    // The incident is at "monitoring": the surfaces it still names read degraded (implied-status.ts).
    surfaces: march2({ 'claude-ai': 'degraded_performance', console: 'degraded_performance', api: 'degraded_performance', 'claude-code': 'degraded_performance' }),
    badge: 'AI+', colour: YELLOW,
  },
  'c3-2026-03-02-resolved': { surfaces: allOk(MARCH), badge: '', colour: null },
  'd-major-outage-multi-component': {
    surfaces: {
      ...allOk(SIX), 'claude-ai': 'major_outage', console: 'major_outage', api: 'partial_outage',
      'claude-code': 'major_outage', cowork: 'major_outage',
    },
    badge: 'AI+', colour: RED,
  },
  'e-scheduled-maintenance-in-progress': { surfaces: { ...allOk(SIX), console: 'under_maintenance' }, badge: 'CON', colour: BLUE },
  'e0-scheduled-maintenance-upcoming': { surfaces: allOk(SIX), badge: '', colour: null },
  'f-claude-code-degraded-only': { surfaces: { ...allOk(SIX), 'claude-code': 'degraded_performance' }, badge: 'CC', colour: YELLOW },
};
