import { describe, expect, it } from 'vitest';
import { buildManifest, PRODUCTION_FALLBACK_ORIGIN, PRODUCTION_STATUS_ORIGIN } from './manifest';

const base = { version: '1.0.0', statusOrigin: PRODUCTION_STATUS_ORIGIN, fallbackOrigin: PRODUCTION_FALLBACK_ORIGIN };

describe('buildManifest', () => {
  it.each(['chrome', 'firefox'] as const)('%s: asks at install only for what polling needs; the local signal is optional', (target) => {
    const m = buildManifest({ ...base, target });
    expect(m.permissions).toEqual(['alarms', 'storage', 'notifications']);
    expect(m.host_permissions).toEqual(['https://status.claude.com/*', 'https://anthropic.statuspage.io/*']);
    expect(m.optional_permissions).toEqual(['webRequest']);
    expect(m.optional_host_permissions).toEqual(['https://claude.ai/*']);
  });

  it('grants the optional permissions at install only in a test build', () => {
    const m = buildManifest({ ...base, target: 'chrome', grantOptional: true });
    expect(m.permissions).toContain('webRequest');
    expect(m.host_permissions).toContain('https://claude.ai/*');
  });
});
