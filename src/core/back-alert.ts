// "Tell me when it's back": a person, while claude.ai is in trouble, asks for one notification at the moment
// it works again. Armed from the popup or the banner, stepped by every check and every batch from a claude.ai
// page, delivered once whatever the notification settings say (the person asked for it), gone after 24 h.
import { isCount, isNumber, oneOf, orNull, shape } from './checks';
import type { ClaudeAiVerdict } from './verdict';
import { isTrouble } from './verdict';

export const BACK_ALERT_KEY = 'backAlert';
/** An alert nobody's trouble has answered in a day is forgotten: news that late is not what was asked for. */
export const BACK_ALERT_TTL_MS = 24 * 60 * 60_000;
/** Works again in this browser: this many successes since the alert was armed... */
export const BACK_AFTER_OK = 5;
/** ...and this long without a failure (the local signal's own recovery rule, request-window.ts). */
export const BACK_AFTER_MS = 60_000;

/** Whose word the trouble rests on: the status page's, or only this browser's requests. */
export type BackBasis = 'official' | 'local';

export interface BackAlert {
  armedAt: number;
  /** The trouble's basis when last seen; it decides what "back" means (the status page clears it, or requests hold here). */
  basis: BackBasis;
  /** Successes seen here since arming, without a failure since: the proof for a local basis. */
  okHere: number;
  /** When claude.ai came back and the notification became due (ms); null while waiting. */
  firedAt: number | null;
  /** How it came back, for the words: the status page cleared it, or it works again here. */
  how: BackBasis | null;
  /** When the browser confirmed showing it (ms); kept, so a wake never shows it twice. */
  shownAt: number | null;
}

/** What one batch from a claude.ai page adds: its successes and whether anything failed, and the window's last failure. */
export interface HereNow { ok: number; failed: boolean; lastFailureAt: number | null }

const basisOf = (v: ClaudeAiVerdict): BackBasis | null =>
  v.kind === 'down' || v.kind === 'maintenance' || v.kind === 'works-here' ? 'official' : v.kind === 'failing-for-you' ? 'local' : null;

/**
 * Arms the alert, if claude.ai is in trouble: per the one decision (`isTrouble`), or, for the claude.ai page,
 * because the page itself came back as a server error (`pageInTrouble`: only the page knows that). Null: not
 * in trouble, nothing to wait for.
 */
export function armBackAlert(verdict: ClaudeAiVerdict, now: number, pageInTrouble = false): BackAlert | null {
  if (!isTrouble(verdict) && !pageInTrouble) return null;
  return { armedAt: now, basis: basisOf(verdict) ?? 'local', okHere: 0, firedAt: null, how: null, shownAt: null };
}

/** Still worth keeping at `now`: armed within the last day (a clock set back a day or more forgets it too). */
export const isCurrent = (a: BackAlert, now: number): boolean => Math.abs(now - a.armedAt) <= BACK_ALERT_TTL_MS;

/** Armed and still waiting: what the popup and the banner show as "I'll tell you". */
export const isWaiting = (a: BackAlert | null, now: number): a is BackAlert => a !== null && a.firedAt === null && isCurrent(a, now);

/**
 * One step: after a check (`here` null) or a page's batch. It fires only on a verdict that claude.ai is
 * fine, on fresh data (situation.ts: unknown, stale and offline are never "fine"), and for trouble seen only
 * here, only once requests have worked here again and kept working. Fired once, it never fires again.
 */
export function stepBackAlert(a: BackAlert | null, verdict: ClaudeAiVerdict, now: number, here: HereNow | null = null): BackAlert | null {
  if (!a || !isCurrent(a, now)) return null;
  if (a.firedAt !== null) return a;
  const okHere = here ? (here.failed ? 0 : a.okHere + here.ok) : a.okHere;
  const basis = basisOf(verdict) ?? a.basis;
  const next = { ...a, basis, okHere };
  if (verdict.kind !== 'fine') return next;
  if (basis === 'official') return { ...next, firedAt: now, how: 'official' };
  const quietFor = now - Math.max(a.armedAt, here?.lastFailureAt ?? 0);
  return okHere >= BACK_AFTER_OK && quietFor >= BACK_AFTER_MS ? { ...next, firedAt: now, how: 'local' } : next;
}

/** Due and not yet confirmed shown: the notification to show (again, under its one id) on this wake. */
export const isDue = (a: BackAlert | null, now: number): a is BackAlert => a !== null && a.firedAt !== null && a.shownAt === null && isCurrent(a, now);

const VERSION = 1;
const isBasis = oneOf(['official', 'local']);
const isAlert = shape({
  armedAt: isNumber, basis: isBasis, okHere: isCount, firedAt: orNull(isNumber), how: orNull(isBasis), shownAt: orNull(isNumber),
});

export const toStoredBackAlert = (a: BackAlert | null) => ({ version: VERSION, alert: a });

/**
 * Whether a stored alert is armed and waiting, for the claude.ai page: it decides only whether the page's
 * successes are news and how the bell looks, so a glance suffices (and keeps the page's script small, as
 * isSignalUp does); the background reads it whole (readBackAlert).
 */
export function isWaitingRaw(raw: unknown, now: number): boolean {
  const a = (raw as { version?: unknown; alert?: { armedAt?: unknown; firedAt?: unknown } | null } | null)?.alert;
  return (raw as { version?: unknown } | null)?.version === VERSION && typeof a?.armedAt === 'number' && a.firedAt === null
    && Math.abs(now - a.armedAt) <= BACK_ALERT_TTL_MS;
}

/** Reads the stored alert; anything unexpected reads as none (never a notification nobody asked for). */
export function readBackAlert(raw: unknown): BackAlert | null {
  const r = raw as { version?: unknown; alert?: unknown } | null;
  if (typeof r !== 'object' || r === null || r.version !== VERSION || !isAlert(r.alert)) return null;
  const { armedAt, basis, okHere, firedAt, how, shownAt } = r.alert as BackAlert;
  return { armedAt, basis, okHere, firedAt, how, shownAt };
}
