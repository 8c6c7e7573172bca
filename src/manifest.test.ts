import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { buildManifest, MANIFEST, PRODUCTION_FALLBACK_ORIGIN, PRODUCTION_STATUS_ORIGIN } from './manifest';

const production = { statusOrigin: PRODUCTION_STATUS_ORIGIN, fallbackOrigin: PRODUCTION_FALLBACK_ORIGIN };
const { content_scripts: _c, browser_specific_settings: _g, minimum_chrome_version: _m, background: _b, ...COMMON } = MANIFEST;

describe('buildManifest, from manifest.json', () => {
  it('Chrome: manifest.json as it is, the Firefox-only settings and the content script (added after crxjs) aside', () => {
    expect(buildManifest({ ...production, target: 'chrome' })).toEqual({
      ...COMMON, minimum_chrome_version: MANIFEST.minimum_chrome_version, background: MANIFEST.background,
    });
  });

  it('Firefox: an event page with the same script, and the gecko settings', () => {
    expect(buildManifest({ ...production, target: 'firefox' })).toEqual({
      ...COMMON,
      background: { scripts: ['src/background/index.ts'], type: 'module' },
      browser_specific_settings: MANIFEST.browser_specific_settings,
    });
  });

  it('asks at install for what polling needs, nothing optional, and runs its scripts on claude.ai only', () => {
    expect(MANIFEST.permissions).toEqual(['alarms', 'storage', 'notifications']);
    expect(MANIFEST.host_permissions).toEqual(['https://status.claude.com/*', 'https://anthropic.statuspage.io/*']);
    expect(MANIFEST).not.toHaveProperty('optional_permissions');
    expect(MANIFEST).not.toHaveProperty('optional_host_permissions');
    // Two scripts, both on claude.ai only: the log-out guard's listener first, before the page's own scripts.
    expect(MANIFEST.content_scripts.map((c) => [c.js, c.matches, c.run_at])).toEqual([
      [['guard.js'], ['https://claude.ai/*'], 'document_start'], [['content.js'], ['https://claude.ai/*'], 'document_idle'],
    ]);
  });

  it('test builds differ only in the status page origins', () => {
    const test = buildManifest({ target: 'firefox', statusOrigin: 'http://127.0.0.1:47913', fallbackOrigin: 'http://127.0.0.1:47914' });
    expect(test.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect({ ...test, host_permissions: [] }).toEqual({ ...buildManifest({ ...production, target: 'firefox' }), host_permissions: [] });
  });

  it('carries the package version, and Firefox for Android where it supports what the manifest declares', () => {
    expect(MANIFEST.version).toBe(pkg.version);
    // data_collection_permissions: Firefox 140 on desktop, 142 on Android (web-ext lint).
    expect(MANIFEST.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });
});
