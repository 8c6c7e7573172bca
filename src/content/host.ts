// The banner's one host element on claude.ai, made so that the page can neither read it nor silence it:
// - a plain <div>, which no page can have defined as a custom element (a page that defined the banner's
//   old custom tag first made attachShadow throw, so no banner appeared);
// - a closed shadow root, so page scripts cannot read the banner's text;
// - put back if the page removes it, a few times a minute at most, so a page that keeps removing it
//   cannot drag the script into a fight loop;
// - one per page: a new injection (after an extension update) takes over from the orphaned old one, which
//   then stands down instead of putting its host back.
import { BANNER_CSS } from './banner-style';

declare const __BANNER_SHADOW_MODE__: ShadowRootMode;

/** Marks the host for the extension's own tests and for people reading the DOM; it holds nothing else. */
export const HOST_ATTRIBUTE = 'data-claude-status-banner';
const REATTACH_MAX = 3;
const REATTACH_WINDOW_MS = 60_000;

let element: HTMLElement | null = null;
let shadow: ShadowRoot | null = null;
let sheet: CSSStyleSheet | null = null;
let wanted = false;
let reattached: number[] = [];
let watcher: MutationObserver | null = null;
/** Whether this script still belongs to a live extension (an orphaned one, after an update, does not). */
let alive: () => boolean = () => true;

export function configureHost(options: { alive: () => boolean }): void {
  alive = options.alive;
}

/** First in the page, so keyboard users meet it first (last in the tab order, it was found last, if at all). */
function attach(): void {
  if (!element) return;
  (document.body ?? document.documentElement).prepend(element);
}

/** Re-attaches a removed host while the banner is wanted, within the limit. */
function onMutation(): void {
  if (!wanted || !element || element.isConnected) return;
  if (!alive()) {
    hideHost();
    return;
  }
  const now = Date.now();
  reattached = reattached.filter((t) => now - t < REATTACH_WINDOW_MS);
  if (reattached.length >= REATTACH_MAX) return;
  reattached.push(now);
  attach();
}

/** The shadow root to render into, attached to the page. */
export function showHost(): ShadowRoot {
  wanted = true;
  if (!element || !shadow) {
    // Hosts left by an earlier injection of this script (orphaned by an update) give way to this one.
    for (const old of document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) old.remove();
    element = document.createElement('div');
    element.setAttribute(HOST_ATTRIBUTE, '');
    shadow = element.attachShadow({ mode: __BANNER_SHADOW_MODE__ });
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(BANNER_CSS);
    shadow.adoptedStyleSheets = [sheet];
  }
  if (!element.isConnected) attach();
  if (!watcher) {
    // Only the two lists the host can be removed from: watching the whole (busy) page would cost claude.ai.
    watcher = new MutationObserver(onMutation);
    watcher.observe(document.documentElement, { childList: true });
    if (document.body) watcher.observe(document.body, { childList: true });
  }
  return shadow;
}

/** Takes the banner down (and stops watching the page). */
export function hideHost(): void {
  wanted = false;
  reattached = [];
  watcher?.disconnect();
  watcher = null;
  element?.remove();
}

/** A status change is a new start: a page that removed the banner before gets it back. */
export function resetReattachLimit(): void {
  reattached = [];
}
