// The log-out guard in the claude.ai page: while claude.ai is in trouble, the person's own press on
// claude.ai's "Log out" is held (guard-listener.ts) and the banner asks first (guard-prompt.ts). What
// counts and when to hold is decided in core/logout-guard.ts; this file gathers the facts and acts.
import type { BannerView } from '../core/banner';
import { activates, type ControlFacts, isLogoutControl, readChoice, shouldHold } from '../core/logout-guard';
import { readSwitches, SETTINGS_KEY } from '../core/settings';
import { troubleKey } from '../core/trouble';
import { LOGOUT_CHOICE } from '../shared/banner-items';
import { readRaw } from '../shared/storage-io';
import { bannerI18n, ext } from './ext';
import { guardHook } from './guard-listener';
import { renderGuardPrompt } from './guard-prompt';
import { HOST_ATTRIBUTE } from './host';

const CONTROL = 'button,a[href],[role=menuitem]';
// What the person writes or reads: text fields, and claude.ai's messages as tools built on its page find
// them (https://github.com/Surajsm60720/llm-chat-navigator/blob/main/claude-selector-finder.js).
const CONTENT = 'textarea,input,[role=textbox],[data-testid=user-message],.font-claude-message,.font-claude-response,[data-is-streaming]';

interface Held {
  control: HTMLElement;
  episode: string;
  /** "Log out anyway" was chosen but the control is gone (the page's menu closed): say to choose it again. */
  again: boolean;
}

let viewNow: (now: number) => BannerView;
let redraw: () => void;
/** Off until read (in trouble): nothing is held on a switch not yet read. */
let enabled = false;
let allowed: string | null = null;
let held: Held | null = null;
let focusPending = false;

/** The page's control the event landed on, or null (our own banner is never one). */
function controlOf(event: Event): HTMLElement | null {
  const path = event.composedPath();
  if (path.some((n) => n instanceof Element && n.hasAttribute(HOST_ATTRIBUTE))) return null;
  return (path.find((n) => n instanceof HTMLElement && n.matches(CONTROL)) as HTMLElement | undefined) ?? null;
}

function factsOf(el: HTMLElement): ControlFacts {
  let path: string | null = null;
  if (el instanceof HTMLAnchorElement) {
    try {
      const url = new URL(el.href);
      if (url.origin === location.origin) path = url.pathname;
    } catch { /* not an address */ }
  }
  return {
    kind: el.getAttribute('role') === 'menuitem' ? 'menuitem' : el instanceof HTMLAnchorElement ? 'link' : 'button',
    name: el.getAttribute('aria-label') || el.textContent || '',
    path,
    inContent: el.isContentEditable || el.closest(CONTENT) !== null,
  };
}

/** Called for each of the person's clicks and key presses: cheap, and of no effect, on a calm day. */
function decide(event: Event): boolean {
  // Orphaned by an update of the extension: it can no longer ask, so it never holds.
  if (!ext?.runtime.id) return false;
  const now = Date.now();
  const episode = troubleKey(viewNow(now), now);
  if (episode === null || !enabled) return false;
  const control = controlOf(event);
  if (!control) return false;
  const facts = factsOf(control);
  const hold = shouldHold({
    trusted: event.isTrusted, activates: activates(event.type, (event as KeyboardEvent).key, facts.kind),
    logout: isLogoutControl(facts), enabled, episode, allowed,
  });
  if (hold) {
    held = { control, episode, again: false };
    focusPending = true;
    redraw();
  }
  return hold;
}

function stay(): void {
  const control = held?.control;
  held = null;
  redraw();
  if (control?.isConnected) control.focus();
}

function proceed(): void {
  if (!held) return;
  const { control, episode } = held;
  allowed = episode;
  const go = (): void => {
    held = null;
    // A link: its address is the log-out, whatever became of the element.
    if (control instanceof HTMLAnchorElement) location.assign(control.href);
    // A button or menu item: its own click again, which the guard lets through (not the person's: untrusted).
    else if (control.isConnected) control.click();
    else {
      held = { control, episode, again: true };
      focusPending = true;
    }
    redraw();
  };
  // Stored first, so that no page of this episode asks again (this script is the item's one writer).
  const write = ext?.storage.local.set({ [LOGOUT_CHOICE.key]: LOGOUT_CHOICE.toStored(episode) }) ?? Promise.resolve();
  void write.then(go, go);
}

/** Starts the guard: `view` is what the banner shows now, `redrawBanner` redraws it (with the prompt). */
export function startGuard(view: (now: number) => BannerView, redrawBanner: () => void): void {
  viewNow = view;
  redraw = redrawBanner;
  // guard.js, at document_start, put the listener in place before the page's scripts; without it (it
  // always runs first, by the manifest) nothing could be held in time, so nothing is.
  const hook = guardHook();
  if (hook) hook.decide = decide;
  ext?.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) enabled = readSwitches(changes[SETTINGS_KEY]?.newValue).logoutGuard;
    if (area === 'local' && LOGOUT_CHOICE.key in changes) allowed = readChoice(changes[LOGOUT_CHOICE.key]?.newValue);
  });
}

/** Reads the switch and the choice, only in trouble (never while all is well). */
export async function readGuard(view: BannerView, now: number): Promise<void> {
  if (!ext || troubleKey(view, now) === null) return;
  const [sync, local] = await Promise.all([ext.storage.sync.get(SETTINGS_KEY), ext.storage.local.get(LOGOUT_CHOICE.key)]);
  enabled = readSwitches(sync[SETTINGS_KEY]).logoutGuard;
  allowed = readRaw(LOGOUT_CHOICE, local[LOGOUT_CHOICE.key]);
}

/** The prompt for a held log-out, or null; a held log-out is dropped once its episode is over. */
export function guardPrompt(view: BannerView, now: number): HTMLElement | null {
  if (held && troubleKey(view, now) !== held.episode) held = null;
  if (!held || !ext) return null;
  return renderGuardPrompt(bannerI18n(ext), { stay, proceed }, held.again);
}

/** After a redraw: focus goes into a prompt that has just appeared, so that the keyboard answers it. */
export function focusGuard(shadow: ShadowRoot): void {
  if (!focusPending) return;
  focusPending = false;
  shadow.querySelector<HTMLElement>('.guard .stay')?.focus();
}
