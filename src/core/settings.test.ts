import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, readSwitches, toStoredSettings } from './settings';

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
  // Found by the options page's corrupt-storage property: a finite number no Date can hold crashed its "Snoozed until".
  it.each([1e308, -1e308, 8.64e15 + 1, Infinity, NaN])('a snooze until %d is no snooze', (snoozeUntil) => {
    expect(readSettings({ version: 1, snoozeUntil }).snoozeUntil).toBeNull();
  });
});

describe('readSwitches', () => {
  it('reads the three switches as readSettings does, and nothing else', () => {
    for (const raw of [
      undefined, 'x', { version: 1, sensing: false }, { version: 1, bannerEnabled: false, sensing: 'no' }, { version: 2, sensing: false },
      { version: 1, logoutGuard: false }, { version: 1, logoutGuard: 'off' }, { version: 2, logoutGuard: false },
    ]) {
      const full = readSettings(raw);
      expect(readSwitches(raw)).toEqual({ bannerEnabled: full.bannerEnabled, sensing: full.sensing, logoutGuard: full.logoutGuard });
    }
  });
});
