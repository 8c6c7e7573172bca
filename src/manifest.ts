// The two builds' manifests, derived from the one manifest.json at the project root (what a person reads
// to see the extension's permissions, pages and scripts). Only the per-browser differences live here:
// - Chrome: no browser_specific_settings (Chrome warns about keys it does not know);
// - Firefox: an event page (background.scripts) instead of a service worker, no minimum_chrome_version;
// - test and demo builds: the stand-in status page's origins instead of the real ones.
// @crxjs/vite-plugin fails on a Firefox build whose manifest still names service_worker, so the two are
// built from here rather than patched afterwards. The content script is built on its own (see
// vite.content.config.ts) and added back after crxjs: given to crxjs, it would become a loader that
// imports chunks listed in web_accessible_resources, where claude.ai's own pages could probe them.
import base from '../manifest.json' with { type: 'json' };
// With its extension: vite.config.ts loads this file, and Vite's config loader warns on a bare import.
import { hostPattern } from './core/host-pattern.ts';

export type Target = 'chrome' | 'firefox';

export const MANIFEST = base;
export const GECKO_ID = base.browser_specific_settings.gecko.id;
export const PRODUCTION_STATUS_ORIGIN = 'https://status.claude.com';
/** Atlassian's host for the same page; used when status.claude.com challenges or fails (NOTES.md, section 3). */
export const PRODUCTION_FALLBACK_ORIGIN = 'https://anthropic.statuspage.io';
export const CONTENT_SCRIPTS = base.content_scripts;

export interface ManifestOptions {
  target: Target;
  /** Where the status page lives; only test builds use anything but the production origins. */
  statusOrigin: string;
  fallbackOrigin: string;
}

/** The manifest crxjs builds from: manifest.json with this target's differences, content script aside. */
export function buildManifest({ target, statusOrigin, fallbackOrigin }: ManifestOptions) {
  const { content_scripts: _content, browser_specific_settings: gecko, minimum_chrome_version: minChrome, background, ...common } = base;
  const hosts = [...new Set([hostPattern(statusOrigin), hostPattern(fallbackOrigin)])];
  const shared = { ...common, host_permissions: hosts };
  if (target === 'chrome') return { ...shared, minimum_chrome_version: minChrome, background };
  return {
    ...shared,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: gecko,
  };
}
