import { type Check, isBoolean, isNumber, isString, isText, listUpTo, orNull } from './checks';
import { cleanText } from './clean-text';
import { incidentUrl } from './links';
import { incidentModels, MAX_MODELS } from './models';
import type { SurfaceState } from './derive';
import { officialClaudeAi } from './official';
import { HOLD_MS } from './sensing/hold';
import { type LocalSignal, NO_SIGNAL, type SignalEnd } from './sensing/local-signal';
import { rankOf } from './severity';
import { decideSituation } from './situation';
import { freshnessOf, STALE_AFTER_MS, type StatusState } from './source';
import { stillWorking } from './still-works';
import type { ClaudeAiVerdict } from './verdict';
import type { ComponentStatus, Impact, Incident, IncidentStage, MaintenanceStage } from './types';

/** How long "claude.ai has recovered" stays up before the banner goes away by itself. */
export const RECOVERED_SHOW_MS = 10 * 60_000;

interface Shown {
  /** Identifies what is being reported, for dismissal: a new incident has a new key. */
  key: string;
  /** How bad it is; a dismissed banner returns when this rises. */
  rank: number;
  /** The banner must not outlive the data it rests on: hidden after this time (ms). */
  validUntil: number;
  title: string;
  /** Latest update's text, cleaned; null when the page gave none. */
  update: string | null;
  /** Status page link; only ever on the status page origin. */
  url: string;
  /** Labels of the surfaces that work while claude.ai is in trouble (still-works.ts), worded by the banner. */
  stillWorks: string[];
}

export type BannerView =
  | { kind: 'hidden'; /** claude.ai was affected when the status became unknown: recovery is still owed. */ wasAffected: boolean }
  | (Shown & {
    kind: 'outage'; stage: IncidentStage | MaintenanceStage | null; since: string | null; major: boolean;
    /** claude.ai's component status, worded by the banner when there is no incident title. */
    status: ComponentStatus;
    /** The incident is still listed, but claude.ai has worked again in this browser for a while. */
    worksHere: boolean;
    /** claude.ai answered 429 here during the incident: probably the outage, not the person's usage. */
    limitedHere: boolean;
    /** The models the incident names (models.ts), e.g. "Opus 4.6"; none without an incident. */
    models: string[];
  })
  | (Shown & { kind: 'maintenance'; until: string | null })
  /**
   * The local signal: seen failing in this browser, not (yet) on the status page. `document`: decided by
   * the content script itself, because the claude.ai page it runs in came back as a server error.
   */
  | {
    kind: 'local'; key: string; rank: number; validUntil: number; since: number; url: string;
    /** Failing on and off (a brownout), not all the time. */
    onAndOff: boolean;
    document?: boolean;
    /** The page itself came back 429 ("Rate exceeded"), not a 5xx. */
    rate?: boolean;
    /** As on the other views; absent on the claude.ai script's own view, which knows no status. */
    stillWorks?: string[];
  }
  | { kind: 'recovered'; shownUntil: number; url: string };

export interface BannerDismissal {
  key: string;
  rank: number;
}

const IMPACT_RANK: Record<Impact, number> = { none: 0, unknown: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };
const TITLE_MAX = 140;
const ACTIVE: ReadonlySet<string> = new Set(['in_progress', 'verifying']);
const UPDATE_MAX = 280;


/** The incident to report: the worst impact, then the most recently started. */
function pickIncident(incidents: readonly Incident[]): Incident | undefined {
  return [...incidents].sort((a, b) => IMPACT_RANK[b.impact] - IMPACT_RANK[a.impact]
    || Date.parse(b.startedAt ?? '') - Date.parse(a.startedAt ?? ''))[0];
}

function wasShowing(prev: BannerView | null): boolean {
  return prev !== null && (prev.kind === 'outage' || prev.kind === 'maintenance' || prev.kind === 'local'
    || (prev.kind === 'hidden' && prev.wasAffected));
}

function outage(ai: SurfaceState, incidents: Incident[], validUntil: number, origin: string, verdict: ClaudeAiVerdict, stillWorks: string[]): BannerView {
  const incident = pickIncident(incidents);
  const rank = Math.max(rankOf(ai.status), incident ? IMPACT_RANK[incident.impact] : 0);
  const worksHere = verdict.kind === 'works-here';
  const key = incident ? `incident:${incident.id}` : `component:${ai.componentId}:${ai.since ?? ''}`;
  return {
    kind: 'outage',
    // "Works again here" is news after a dismissed outage banner: its own key.
    key: worksHere ? `works:${key}` : key,
    rank,
    validUntil,
    // Without an incident there is no title; the banner words the component status instead.
    title: incident ? cleanText(incident.name, TITLE_MAX) : '',
    update: incident?.latest?.body ? cleanText(incident.latest.body, UPDATE_MAX) : null,
    url: incidentUrl(origin, incident),
    stage: incident?.stage ?? null,
    since: incident?.startedAt ?? ai.since,
    major: !worksHere && (ai.status === 'major_outage' || incident?.impact === 'critical'),
    status: ai.status,
    worksHere,
    limitedHere: verdict.kind === 'down' && verdict.limitedHere,
    models: incident ? incidentModels(incident) : [],
    stillWorks,
  };
}

/** Seen failing in this browser since `since`: ranked as a partial outage, for as long as a failure holds. */
function localView(key: string, since: number, origin: string, onAndOff: boolean): Extract<BannerView, { kind: 'local' }> {
  return { kind: 'local', key, rank: rankOf('partial_outage'), since, url: origin, validUntil: since + HOLD_MS, onAndOff };
}

/**
 * The view the claude.ai script shows by itself when the page it runs in came back as a server error at
 * `at`: the local advice at once, before the background has confirmed anything.
 */
export const documentFailureView = (at: number, origin: string, rate = false): BannerView => ({
  ...localView(`document:${at}`, at, origin, false), document: true, ...(rate ? { rate } : {}),
});

/**
 * What the claude.ai banner should show, acting on the one situation (situation.ts) for claude.ai. Only
 * claude.ai counts: an incident on the API alone does not alarm claude.ai users. When the status is unknown
 * or stale nothing is shown (no false alarm, no false all-clear), but a banner that was up is remembered so
 * that recovery is still announced afterwards. `ended` says how the local signal just ended: only a real
 * recovery says "you can sign in again"; a signal that ran out with nothing seen goes away quietly.
 */
export function decideBanner(
  prev: BannerView | null, state: StatusState, now: number, origin: string, local: LocalSignal = NO_SIGNAL, ended: SignalEnd = null,
): BannerView {
  const wasAffected = wasShowing(prev);
  const snapshot = state.snapshot;
  const verdict = decideSituation(state, now, local).claudeAi;
  const official = officialClaudeAi(state, now);
  if (!snapshot || !official.ai) return { kind: 'hidden', wasAffected };
  const ai = official.ai;
  const validUntil = snapshot.fetchedAt + STALE_AFTER_MS;
  const works = stillWorking(verdict, freshnessOf(state, now), snapshot.surfaces);
  switch (verdict.kind) {
    case 'down':
    case 'works-here':
      return outage(ai, official.incidents, validUntil, origin, verdict, works);
    case 'maintenance': {
      const m = snapshot.maintenances.find((x) => x.componentIds.includes(ai.componentId) && ACTIVE.has(x.stage));
      return {
        kind: 'maintenance', key: `maintenance:${m?.id ?? ai.componentId}`, rank: rankOf(ai.status), validUntil,
        title: m ? cleanText(m.name, TITLE_MAX) : '',
        update: m?.latest?.body ? cleanText(m.latest.body, UPDATE_MAX) : null,
        url: incidentUrl(origin, m), until: m?.scheduledUntil ?? null, stillWorks: works,
      };
    }
    // The status page says claude.ai is fine, but this browser sees it failing: the same advice, marked as
    // seen here, one banner for the whole episode. It lasts as long as the signal's latest word and the
    // status it was checked against.
    case 'failing-for-you':
      return {
        ...localView(`local:${local.since}`, local.since, origin, verdict.onAndOff), validUntil: Math.min(validUntil, local.updatedAt + HOLD_MS), stillWorks: works,
      };
    case 'fine': {
      const quiet = prev?.kind === 'local' && ended === 'quiet';
      if (wasAffected && !quiet) return { kind: 'recovered', shownUntil: now + RECOVERED_SHOW_MS, url: origin };
      if (prev?.kind === 'recovered' && now < prev.shownUntil) return prev;
      return { kind: 'hidden', wasAffected: false };
    }
    default:
      return { kind: 'hidden', wasAffected };
  }
}

/** Whether the person dismissed this very report; a new incident or an escalation brings it back. */
export function isDismissed(view: BannerView, dismissal: BannerDismissal | null): boolean {
  if (!dismissal || view.kind === 'hidden') return false;
  if (view.kind === 'recovered') return dismissal.key === `recovered:${view.shownUntil}`;
  return dismissal.key === view.key && view.rank <= dismissal.rank;
}

/** What a dismissal of this view records. */
export function dismissalFor(view: BannerView): BannerDismissal | null {
  if (view.kind === 'hidden') return null;
  if (view.kind === 'recovered') return { key: `recovered:${view.shownUntil}`, rank: 0 };
  return { key: view.key, rank: view.rank };
}

/** Whether the view should be on screen at `now` (it carries its own expiry). */
export function isLive(view: BannerView, now: number): boolean {
  if (view.kind === 'hidden') return false;
  if (view.kind === 'recovered') return now < view.shownUntil;
  return now <= view.validUntil;
}

export const BANNER_KEY = 'banner';
export const DISMISSAL_KEY = 'bannerDismissal';
// 2: outage views carry the component status and may have no title (worded by the banner, in its language).
// 3: "works again here", 429s during the incident, and a brownout's "on and off".
// 4: what still works (outage, maintenance, local) and the models an outage's incident names.
const BANNER_VERSION = 4;

export const toStoredBanner = (view: BannerView) => ({ version: BANNER_VERSION, view });

/** A banner link goes to a web page, never to a javascript: or data: URL, whatever storage holds. */
const link: Check = (v) => typeof v === 'string' && /^https?:\/\//.test(v);
/**
 * Surface labels (derive.ts keeps at most 24, of 60 code points: up to 120 UTF-16 units, which is what a
 * string's length counts) and model labels ("Sonnet 4.5"): bounded lists of short strings. A bound below
 * what derive.ts lets through would hide the whole banner during an outage.
 */
const SURFACE_LABELS = listUpTo(24, isText(120));
const SHOWN: Record<string, Check> = {
  key: isString, rank: isNumber, validUntil: isNumber, title: isString, update: orNull(isString), url: link, stillWorks: SURFACE_LABELS,
};
const FIELDS: Record<string, Record<string, Check>> = {
  hidden: { wasAffected: isBoolean },
  outage: { ...SHOWN, stage: orNull(isString), since: orNull(isString), major: isBoolean, status: isString, worksHere: isBoolean, limitedHere: isBoolean,
    models: listUpTo(MAX_MODELS, isText(20)),
  },
  maintenance: { ...SHOWN, until: orNull(isString) },
  local: {
    key: isString, rank: isNumber, validUntil: isNumber, since: isNumber, url: link, onAndOff: isBoolean,
    document: (v) => v === undefined || isBoolean(v), rate: (v) => v === undefined || isBoolean(v),
    stillWorks: (v) => v === undefined || SURFACE_LABELS(v),
  },
  recovered: { shownUntil: isNumber, url: link },
};

/** Reads the stored banner, field by field; anything unexpected reads as hidden, so a bad value never shows a banner. */
export function readBanner(raw: unknown): BannerView {
  const hidden: BannerView = { kind: 'hidden', wasAffected: false };
  const r = raw as { version?: unknown; view?: unknown } | null;
  if (typeof r !== 'object' || r === null || r.version !== BANNER_VERSION || typeof r.view !== 'object' || r.view === null) return hidden;
  const view = r.view as Record<string, unknown>;
  const fields = typeof view.kind === 'string' && Object.hasOwn(FIELDS, view.kind) ? FIELDS[view.kind] : undefined;
  if (!fields || !Object.entries(fields).every(([k, check]) => check(view[k]))) return hidden;
  return view as unknown as BannerView;
}

export function readDismissal(raw: unknown): BannerDismissal | null {
  const d = raw as { key?: unknown; rank?: unknown } | null;
  return typeof d === 'object' && d !== null && typeof d.key === 'string' && typeof d.rank === 'number' ? { key: d.key, rank: d.rank } : null;
}
