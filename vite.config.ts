import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { buildManifest, PRODUCTION_FALLBACK_ORIGIN, PRODUCTION_STATUS_ORIGIN, type Target } from './src/manifest.ts';

// One config for every build; scripts/build.mjs picks the target and output through these variables.
const target = (process.env.EXT_TARGET ?? 'chrome') as Target;
const statusOrigin = process.env.EXT_STATUS_ORIGIN || PRODUCTION_STATUS_ORIGIN;
const fallbackOrigin = process.env.EXT_FALLBACK_ORIGIN || PRODUCTION_FALLBACK_ORIGIN;
// The demo's build only: a placeholder demo/demo.ts fills in (see src/shared/replay-clock.ts); empty elsewhere.
const replayClock = process.env.EXT_REPLAY_CLOCK === '1' ? 'REPLAY-CLOCK-OFF-0000000000000' : '';
const outDir = process.env.EXT_OUT_DIR ?? `dist/${target}`;

export default defineConfig({
  plugins: [
    crx({
      manifest: buildManifest({ target, statusOrigin, fallbackOrigin }) as ManifestV3Export,
      browser: target,
    }),
  ],
  define: {
    __STATUS_ORIGIN__: JSON.stringify(statusOrigin), __FALLBACK_ORIGIN__: JSON.stringify(fallbackOrigin),
    __REPLAY_CLOCK__: JSON.stringify(replayClock), __REPLAY_CLOCK_ON__: JSON.stringify(replayClock !== ''),
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  logLevel: 'warn',
});
