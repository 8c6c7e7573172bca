// The log-out guard's listener: on window, in the capture phase, registered synchronously by guard.js at
// document_start, before any of claude.ai's own scripts run ("before any other DOM is constructed or any
// other script is run": https://developer.chrome.com/docs/extensions/reference/manifest/content-scripts#run_time).
// Window capture listeners run in the order they were added, so the page can neither stop a press from
// reaching this one (stopImmediatePropagation on its own listener comes too late) nor see one it holds.
// The decision is made by the banner code (content.js, document_idle), which finds this hook on the
// global object: all content scripts of one extension share one global scope per frame ("There is only one
// global scope per frame, per extension": https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Content_scripts#loading_content_scripts;
// Chrome's "ISOLATED: the execution environment unique to this extension":
// https://developer.chrome.com/docs/extensions/reference/api/scripting#type-ExecutionWorld), invisible to the page.

/** Returns true to hold the event: it is then cancelled and goes no further. */
export type Decide = (event: Event) => boolean;
interface Hook { decide: Decide | null }

const HOOK = Symbol.for('claude-status-notifier.guard');

const g = globalThis as unknown as Record<symbol, Hook | undefined>;

/** The hook guard.js installed in this page, for content.js to decide through (kept apart: content.js stays small). */
export const guardHook = (): Hook | undefined => g[HOOK];

/** Adds the listener, once per page (guard.js, at document_start). */
export function installGuardListener(): void {
  if (g[HOOK]) return;
  const hook: Hook = { decide: null };
  g[HOOK] = hook;
  const hold = (event: Event): void => {
    // Only the person's own input is ever held; a page script's click() passes as if we were not here.
    if (!event.isTrusted || !hook.decide?.(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const type of ['click', 'auxclick', 'keydown']) addEventListener(type, hold, true);
}
