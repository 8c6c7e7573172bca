import { describe, expect, it } from 'vitest';
import { buildManifest, PRODUCTION_FALLBACK_ORIGIN, PRODUCTION_STATUS_ORIGIN } from './manifest';

const base = { version: '1.0.0', statusOrigin: PRODUCTION_STATUS_ORIGIN, fallbackOrigin: PRODUCTION_FALLBACK_ORIGIN };

describe('buildManifest', () => {
  it.each(['chrome', 'firefox'] as const)('%s: asks at install for what polling needs and nothing optional', (target) => {
    const m = buildManifest({ ...base, target });
    expect(m.permissions).toEqual(['alarms', 'storage', 'notifications']);
    expect(m.host_permissions).toEqual(['https://status.claude.com/*', 'https://anthropic.statuspage.io/*']);
    expect(m).not.toHaveProperty('optional_permissions');
    expect(m).not.toHaveProperty('optional_host_permissions');
  });
});
