declare const __STATUS_ORIGIN__: string;

/**
 * The status page origin. Fixed at build time: the shipped build names status.claude.com only;
 * test builds may point at a local stand-in (see scripts/build.mjs).
 */
export const STATUS_ORIGIN: string = __STATUS_ORIGIN__;
export const SUMMARY_URL = `${STATUS_ORIGIN}/api/v2/summary.json`;
