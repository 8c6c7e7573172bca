import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SCRIPTS, PRODUCTION_STATUS_ORIGIN } from './src/manifest.ts';
import { minifyCss } from './scripts/minify-css.mjs';

// A content script as one self-contained classic script (IIFE): no imports, no chunks, nothing that
// has to be web-accessible. Written beside the extension build crxjs made (emptyOutDir: false).
// Two are built, one at a time (an IIFE build has one entry): content.js, the banner, and, with
// EXT_CONTENT_ENTRY=guard, guard.js, the log-out guard's listener that must run at document_start.
// The demo's build only: a placeholder demo/demo.ts fills in (see src/shared/replay-clock.ts); empty elsewhere.
const replayClock = process.env.EXT_REPLAY_CLOCK === '1' ? 'REPLAY-CLOCK-OFF-0000000000000' : '';
const outDir = process.env.EXT_OUT_DIR ?? 'dist/chrome';
const guard = process.env.EXT_CONTENT_ENTRY === 'guard';
const statusOrigin = process.env.EXT_STATUS_ORIGIN || PRODUCTION_STATUS_ORIGIN;
// Closed in every shipped build, so claude.ai's scripts cannot read the banner. Only the Firefox test
// build opens it: WebDriver BiDi cannot see into a closed root (Chromium's tests read it over CDP).
const shadowMode = process.env.EXT_BANNER_SHADOW === 'open' ? 'open' : 'closed';

/** Adds the content script to the manifest crxjs wrote, once the script itself is written. */
function addToManifest(dir: string): Plugin {
  return {
    name: 'add-content-script-to-manifest',
    closeBundle() {
      const path = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      writeFileSync(path, `${JSON.stringify({ ...manifest, content_scripts: CONTENT_SCRIPTS }, null, 2)}\n`);
    },
  };
}

/**
 * The banner's CSS is a template literal, which the JS minifier keeps as written: collapse it at build time
 * (the content script has a size budget: it loads on every claude.ai page).
 */
function minifyBannerCss(): Plugin {
  return {
    name: 'minify-banner-css',
    transform(code, id) {
      if (!id.endsWith('/src/content/banner-style.ts')) return null;
      return code.replace(/(BANNER_CSS\s*=\s*)`([^`]*)`/, (_, head: string, css: string) => `${head}\`${minifyCss(css)}\``);
    },
  };
}

export default defineConfig({
  plugins: [minifyBannerCss(), addToManifest(outDir)],
  define: {
    __STATUS_ORIGIN__: JSON.stringify(statusOrigin), __BANNER_SHADOW_MODE__: JSON.stringify(shadowMode),
    __REPLAY_CLOCK__: JSON.stringify(replayClock), __REPLAY_CLOCK_ON__: JSON.stringify(replayClock !== ''),
  },
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    lib: guard
      ? { entry: 'src/content/guard-start.ts', formats: ['iife'], name: 'claudeStatusGuard', fileName: () => 'guard.js' }
      : { entry: 'src/content/index.ts', formats: ['iife'], name: 'claudeStatusBanner', fileName: () => 'content.js' },
    rolldownOptions: { output: { extend: false } },
  },
  logLevel: 'warn',
});
