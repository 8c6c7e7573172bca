// The notifier's data: what it remembers, what it is told, what it announces. Types only, so that the
// state machine (notify.ts) and the wording (notice.ts) both depend on this and not on each other.
import type { SurfaceState } from '../derive';
import type { I18n } from '../i18n';
import type { ComponentStatus, Incident } from '../types';

export interface SurfaceMemo { announced: ComponentStatus; since: number; pending: ComponentStatus | null }

/** What the notifier keeps of each open incident (or maintenance), enough to word its end after it left the page. */
export interface IncidentMemo {
  /** The furthest stage already announced (or silently recorded); a stage never goes back. */
  stage: string;
  /** Its title, cleaned and bounded (the page's own word, stored as data). */
  name: string;
  /** The surface keys it named when last listed. */
  keys: string[];
  /** When it began (ms): the page's start time, else the first check that listed it. */
  start: number;
  /** Some news about it was shown (or held back for the next summary): only then is its end announced. */
  announced: boolean;
  /** A maintenance: it ends as a maintenance does (its surfaces recover), never as "resolved". */
  maintenance: boolean;
  /** The page's own `updated_at` (ms) the last time it listed this open: an older copy of the page cannot end it. */
  pageAt: number | null;
  /** How long this browser saw claude.ai failing before the status page posted this (ms), recorded once. */
  lead: number | null;
}

/**
 * What the notifier remembers between checks (stored; survives worker and browser restarts). Keyed
 * lists are [key, value] pairs, never objects: the keys come from the network, and an incident whose id is
 * `__proto__` must be remembered like any other (#16: as an object key it was forgotten on every check).
 */
export interface NotifyMemory {
  version: 3;
  /** Per surface key: the status last confirmed, since when (for trouble: since it began), and a change awaiting confirmation. */
  surfaces: [string, SurfaceMemo][];
  /** Per open incident id: what is needed to announce its next stage and its end. */
  incidents: [string, IncidentMemo][];
  /** When recent notifications were shown as new toasts (ms), for the rate limits. */
  sent: number[];
  /** When an incident's notification already shown was replaced in place (ms): counted in the hourly limit only. */
  replaced: number[];
  /** Notification id → the page its click opens; the newest few only. */
  links: [string, string][];
  /** Lines held back by the rate limit, folded into the next notification allowed. */
  deferred: string[];
  /**
   * The notice recorded by the latest check, until the browser has shown it. Stored before it is shown, so
   * a worker stopped in between shows it on its next wake (under the same id, so never twice).
   */
  outbox: (Notice & { at: number }) | null;
}

export interface NotifyPrefs {
  enabled: boolean;
  recovery: boolean;
  /** Surface keys to watch; null for all. */
  watched: readonly string[] | null;
  /** Surface keys the person muted for notifications. */
  muted: readonly string[];
  snoozeUntil: number | null;
  /** Snoozed until these incidents are no longer open ("until this incident resolves"). */
  snoozeIncidents: readonly string[];
  /** Quiet hours as minutes of the local day; the window may wrap past midnight. */
  quiet: { start: number; end: number } | null;
}

export interface NotifyContext {
  now: number;
  /** Minutes since local midnight at `now` (the glue knows the time zone; the core does not). */
  localMinutes: number;
  origin: string;
  /** Formats a time for people, in their locale and time zone. */
  formatTime: (ms: number) => string;
  /** The words, in the person's language. */
  i18n: I18n;
}

export interface Notice { id: string; title: string; message: string; url: string }

export type Event =
  | { kind: 'surface'; surface: SurfaceState; from: ComponentStatus; to: ComponentStatus; lasted: number; incident: Incident | undefined }
  | { kind: 'stage'; incident: Incident; surfaces: SurfaceState[] }
  /** An announced incident ended: it left the open list of a newer page, or the page shows it resolved. */
  | { kind: 'resolved'; id: string; memo: IncidentMemo; lasted: number; surfaces: SurfaceState[] };

