declare const __STATUS_ORIGIN__: string;
declare const __FALLBACK_ORIGIN__: string;

/**
 * The status page origin. Fixed at build time: the shipped build names status.claude.com only;
 * test builds may point at a local stand-in (see scripts/build.mjs).
 */
export const STATUS_ORIGIN: string = __STATUS_ORIGIN__;
/** The same page served from Atlassian's own host, for when status.claude.com challenges or fails. */
export const FALLBACK_ORIGIN: string = __FALLBACK_ORIGIN__;
