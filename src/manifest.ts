// Builds the manifest per target: Chrome wants a service worker, Firefox an event page and a gecko id.
// @crxjs/vite-plugin fails on a Firefox build whose manifest still names service_worker, so the two
// are built from here rather than patched afterwards (and so are the test builds, with their own origins).

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'claude-status-notifier@claude-status-notifier.github.io';
export const PRODUCTION_STATUS_ORIGIN = 'https://status.claude.com';
/** Atlassian's host for the same page; used when status.claude.com challenges or fails (NOTES.md, section 3). */
export const PRODUCTION_FALLBACK_ORIGIN = 'https://anthropic.statuspage.io';

export interface ManifestOptions {
  target: Target;
  version: string;
  /** Where the status page lives; only test builds use anything but the production origins. */
  statusOrigin: string;
  fallbackOrigin: string;
}

/** Host permission for an origin. Match patterns take no port (Firefox rejects one), so it is dropped. */
export function hostPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

const ICONS = {
  16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png',
};

/**
 * The claude.ai banner. Built apart from @crxjs/vite-plugin (see vite.content.config.ts) and added by
 * scripts/build.mjs: crxjs would turn it into a loader importing chunks that it lists in
 * web_accessible_resources, where claude.ai's own pages could probe them.
 */
export const CONTENT_SCRIPTS = [
  { matches: ['https://claude.ai/*'], js: ['content.js'], run_at: 'document_idle' as const },
];

export function buildManifest({ target, version, statusOrigin, fallbackOrigin }: ManifestOptions) {
  const hosts = [...new Set([hostPattern(statusOrigin), hostPattern(fallbackOrigin)])];
  const common = {
    manifest_version: 3 as const,
    // Words from public/_locales, in the browser's language.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    default_locale: 'en',
    version,
    description: '__MSG_extDescription__',
    icons: ICONS,
    action: {
      default_title: '__MSG_actionTitle__',
      default_popup: 'src/popup/index.html',
      default_icon: { 16: ICONS[16], 32: ICONS[32] },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: false },
    // Nothing optional: the claude.ai signal reads what the content script already sees, so no prompt.
    permissions: ['alarms', 'storage', 'notifications'],
    host_permissions: hosts,
  };
  if (target === 'chrome') {
    return {
      ...common,
      minimum_chrome_version: '116',
      background: { service_worker: 'src/background/index.ts', type: 'module' as const },
    };
  }
  return {
    ...common,
    background: { scripts: ['src/background/index.ts'], type: 'module' as const },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
