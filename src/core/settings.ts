/** The person's choices. Synced where the browser syncs; every field has a default. */
export interface Settings {
  /** Show the claude.ai banner during outages that affect claude.ai. */
  bannerEnabled: boolean;
}

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { bannerEnabled: true };

/** Reads stored settings; unknown versions or fields fall back to the defaults, field by field. */
export function readSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const r = raw as { version?: unknown; bannerEnabled?: unknown };
  if (r.version !== SETTINGS_VERSION) return DEFAULT_SETTINGS;
  return { bannerEnabled: typeof r.bannerEnabled === 'boolean' ? r.bannerEnabled : DEFAULT_SETTINGS.bannerEnabled };
}

export const toStoredSettings = (s: Settings) => ({ version: SETTINGS_VERSION, ...s });
