import { isTime } from './checks';
import type { NotifyPrefs } from './notify/types';

/** The person's choices. Synced where the browser syncs; every field has a default. */
export interface Settings {
  /** Show the claude.ai banner during outages that affect claude.ai. */
  bannerEnabled: boolean;
  /** Desktop notifications at all. */
  notifications: boolean;
  /** Also notify when a surface recovers. */
  recoveryNotifications: boolean;
  /** Surface keys not to notify about. */
  mutedSurfaces: string[];
  /** No notifications until this time (ms), or null. */
  snoozeUntil: number | null;
  /** No notifications while any of these incidents is open. */
  snoozeIncidents: string[];
  /** Daily quiet hours, minutes after local midnight; may wrap past midnight. */
  quietHours: { start: number; end: number } | null;
  /** Surface keys that drive the badge, the icon and notifications; null watches all (the default). */
  watched: string[] | null;
  /**
   * The local signal: claude.ai's pages in this browser count how their own requests end (status class
   * only), so the extension can say claude.ai is failing before the status page does. On by default; it
   * needs no permission beyond the content script's.
   */
  sensing: boolean;
  /** While claude.ai is in trouble, ask before its own "Log out" goes through (issue #20). */
  logoutGuard: boolean;
}

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';
/** The choices the claude.ai script reads, apart (as plain values) so that it carries only these defaults. */
const BANNER_BY_DEFAULT = true;
const SENSING_BY_DEFAULT = true;
const GUARD_BY_DEFAULT = true;

export const DEFAULT_SETTINGS: Settings = {
  bannerEnabled: BANNER_BY_DEFAULT,
  sensing: SENSING_BY_DEFAULT,
  logoutGuard: GUARD_BY_DEFAULT,
  notifications: true,
  recoveryNotifications: true,
  mutedSurfaces: [],
  snoozeUntil: null,
  snoozeIncidents: [],
  quietHours: null,
  watched: null,
};

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isMinute = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 24 * 60;

/** Reads stored settings; unknown versions fall back to the defaults, and each bad field to its default. */
export function readSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  if (r.version !== SETTINGS_VERSION) return DEFAULT_SETTINGS;
  const d = DEFAULT_SETTINGS;
  const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
  const q = r.quietHours as { start?: unknown; end?: unknown } | null | undefined;
  return {
    bannerEnabled: bool(r.bannerEnabled, d.bannerEnabled),
    notifications: bool(r.notifications, d.notifications),
    recoveryNotifications: bool(r.recoveryNotifications, d.recoveryNotifications),
    mutedSurfaces: isStrings(r.mutedSurfaces) ? r.mutedSurfaces : d.mutedSurfaces,
    snoozeUntil: isTime(r.snoozeUntil) ? r.snoozeUntil : d.snoozeUntil,
    snoozeIncidents: isStrings(r.snoozeIncidents) ? r.snoozeIncidents : d.snoozeIncidents,
    quietHours: q && isMinute(q.start) && isMinute(q.end) ? { start: q.start, end: q.end } : d.quietHours,
    watched: isStrings(r.watched) ? r.watched : d.watched,
    sensing: bool(r.sensing, d.sensing),
    logoutGuard: bool(r.logoutGuard, d.logoutGuard),
  };
}

/**
 * Just the switches the claude.ai script needs (the banner, the local signal, the log-out guard), read the
 * same way as readSettings but without the rest, so the content script stays small.
 */
export function readSwitches(raw: unknown): { bannerEnabled: boolean; sensing: boolean; logoutGuard: boolean } {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const ok = r.version === SETTINGS_VERSION;
  return {
    bannerEnabled: ok && typeof r.bannerEnabled === 'boolean' ? r.bannerEnabled : BANNER_BY_DEFAULT,
    sensing: ok && typeof r.sensing === 'boolean' ? r.sensing : SENSING_BY_DEFAULT,
    logoutGuard: ok && typeof r.logoutGuard === 'boolean' ? r.logoutGuard : GUARD_BY_DEFAULT,
  };
}

export const toStoredSettings = (s: Settings) => ({ version: SETTINGS_VERSION, ...s });

/** The notifier's view of the settings. */
export function notifyPrefs(s: Settings): NotifyPrefs {
  return {
    enabled: s.notifications, recovery: s.recoveryNotifications, watched: s.watched, muted: s.mutedSurfaces,
    snoozeUntil: s.snoozeUntil, snoozeIncidents: s.snoozeIncidents, quiet: s.quietHours,
  };
}
