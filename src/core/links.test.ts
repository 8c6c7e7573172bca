import { describe, expect, it } from 'vitest';
import { incidentUrl } from './links';

const ORIGIN = 'https://status.claude.com';

describe('incidentUrl', () => {
  it.each([
    [{ id: 'fx26mar02inc' }, `${ORIGIN}/incidents/fx26mar02inc`],
    [{ id: '../../evil.example' }, ORIGIN],
    [{ id: 'a/b' }, ORIGIN],
    [{ id: '' }, ORIGIN],
    [{ id: 'x?y=1' }, ORIGIN],
    [undefined, ORIGIN],
  ])('%j links to %s', (incident, url) => expect(incidentUrl(ORIGIN, incident)).toBe(url));
});
