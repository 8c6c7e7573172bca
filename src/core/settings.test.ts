import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, toStoredSettings } from './settings';

describe('readSettings', () => {
  it('round-trips', () => {
    const s = { ...DEFAULT_SETTINGS, bannerEnabled: false, mutedSurfaces: ['api'], quietHours: { start: 1320, end: 420 }, snoozeUntil: 5, watched: ['claude-ai'] };
    expect(readSettings(JSON.parse(JSON.stringify(toStoredSettings(s))))).toEqual(s);
  });
  it.each([undefined, null, 'x', { bannerEnabled: false }, { version: 99, bannerEnabled: false }])('defaults for %j', (raw) => {
    expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
  it('defaults bad fields one by one', () => {
    expect(readSettings({
      version: 1, bannerEnabled: 'no', notifications: false, mutedSurfaces: [1], quietHours: { start: 2000, end: 1 }, snoozeUntil: 'soon', watched: 'all',
    })).toEqual({ ...DEFAULT_SETTINGS, notifications: false });
  });
});
