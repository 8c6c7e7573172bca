// The log-out guard's two decisions, pure: which of claude.ai's controls log the person out, and whether a
// press on one is held while claude.ai is in trouble (issue #20: people who logged out during the 2 March
// 2026 outage could not get back in for hours). The claude.ai script only gathers the facts and acts.

/** What the claude.ai script can tell about the control a press landed on. */
export interface ControlFacts {
  kind: 'button' | 'link' | 'menuitem';
  /** Its accessible name: aria-label, else its text. */
  name: string;
  /** For a link (or a menu item that is one) within claude.ai: its path; otherwise null (another site's log-out is not claude.ai's). */
  path: string | null;
  /** Inside what the person writes or reads (the message box, a chat message): words there are not a control. */
  inContent: boolean;
}

/** Longer than any control's label: a name this long is a paragraph, not "Log out". */
const NAME_MAX = 60;
// The whole name must say it: "Log out", "Sign out of Claude", "Log out of all devices" (this one included);
// not "Logo", "Outlook", "Log out tips". Whatever keeps this session ("other devices") is not a risk.
const EN = /^(?:log|sign) ?-?(?:out|off)(?: (?:of|from) .+| everywhere)?$/;
// "Abmelden", "Von allen Geräten abmelden"; not "Newsletter abmelden" (there: to unsubscribe).
const DE = /^(?:von .+ )?(?:abmelden|ausloggen)$|^abmelden (?:von|bei) .+$/;
// "ログアウト", "すべてのデバイスからログアウト", "サインアウトする".
const JA = /^(?:.+から)?(?:ログアウト|サインアウト)(?:する)?$/;
const KEEPS_THIS_SESSION = /\bothers?\b|\banderen?\b|他の|ほかの/;
/** A log-out address: its last segment says so (/logout, /api/auth/logout, /auth/sign-out). */
const LOGOUT_PATH = /\/(?:log|sign)[-_]?(?:out|off)\/?$/i;

/** The name as a person reads it: case, spacing, invisible characters and a trailing "…" or "." aside. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim()
    .replace(/[.…!。]+$/u, '').trim().toLowerCase();
}

/** Whether pressing this control logs the person out of claude.ai. */
export function isLogoutControl(c: ControlFacts): boolean {
  if (c.inContent) return false;
  if (c.path !== null && LOGOUT_PATH.test(c.path)) return true;
  if (c.name.length > NAME_MAX * 2) return false;
  const name = normaliseName(c.name);
  if (name.length > NAME_MAX || KEEPS_THIS_SESSION.test(name)) return false;
  return EN.test(name) || DE.test(name) || JA.test(name);
}

/**
 * Whether an event activates the control it lands on: a click (the keyboard's Enter on a button or link
 * makes one too), the middle button on a link (it opens the address), or Enter or Space pressed on a menu
 * item or button (menus in the Radix style act on the key itself and click() the item, untrusted).
 */
export function activates(type: string, key: string | undefined, kind: ControlFacts['kind']): boolean {
  if (type === 'click') return true;
  if (type === 'auxclick') return kind === 'link';
  if (type !== 'keydown') return false;
  return key === 'Enter' || (key === ' ' && kind !== 'link');
}

export interface HoldFacts {
  /** The person's own input (isTrusted): a page script's click() is never held. */
  trusted: boolean;
  activates: boolean;
  logout: boolean;
  /** The switch in the options page. */
  enabled: boolean;
  /** The trouble episode now (troubleKey), or null on a calm day. */
  episode: string | null;
  /** The episode in which the person chose "Log out anyway", or null. */
  allowed: string | null;
}

/** Whether to hold the press and ask first: only the person's own, only in trouble, once per episode. */
export function shouldHold(f: HoldFacts): boolean {
  return f.trusted && f.activates && f.logout && f.enabled && f.episode !== null && f.episode !== f.allowed;
}

export const LOGOUT_CHOICE_KEY = 'logoutAllowed';
const CHOICE_VERSION = 1;
/** Episode keys are the banner's (an incident id, a time): never this long. */
const EPISODE_MAX = 200;

/** The stored form of "Log out anyway" in this episode. */
export const toStoredChoice = (episode: string | null) => ({ version: CHOICE_VERSION, episode });

/** The episode the person chose to log out in, or null for anything unexpected (then the guard asks). */
export function readChoice(raw: unknown): string | null {
  const r = raw as { version?: unknown; episode?: unknown } | null;
  if (typeof r !== 'object' || r === null || r.version !== CHOICE_VERSION) return null;
  return typeof r.episode === 'string' && r.episode.length > 0 && r.episode.length <= EPISODE_MAX ? r.episode : null;
}
