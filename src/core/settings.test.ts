import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, toStoredSettings } from './settings';

describe('readSettings', () => {
  it('round-trips', () => expect(readSettings(toStoredSettings({ bannerEnabled: false }))).toEqual({ bannerEnabled: false }));
  it.each([undefined, null, 'x', { bannerEnabled: false }, { version: 99, bannerEnabled: false }])('defaults for %j', (raw) => {
    expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
  it('defaults a bad field only', () => expect(readSettings({ version: 1, bannerEnabled: 'no' })).toEqual({ bannerEnabled: true }));
});
