import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { buildManifest, PRODUCTION_FALLBACK_ORIGIN, PRODUCTION_STATUS_ORIGIN, type Target } from './src/manifest.ts';

// One config for every build; scripts/build.mjs picks the target and output through these variables.
const target = (process.env.EXT_TARGET ?? 'chrome') as Target;
const statusOrigin = process.env.EXT_STATUS_ORIGIN || PRODUCTION_STATUS_ORIGIN;
const fallbackOrigin = process.env.EXT_FALLBACK_ORIGIN || PRODUCTION_FALLBACK_ORIGIN;
const outDir = process.env.EXT_OUT_DIR ?? `dist/${target}`;

export default defineConfig({
  plugins: [
    crx({
      manifest: buildManifest({ target, statusOrigin, fallbackOrigin }) as ManifestV3Export,
      browser: target,
    }),
  ],
  define: { __STATUS_ORIGIN__: JSON.stringify(statusOrigin), __FALLBACK_ORIGIN__: JSON.stringify(fallbackOrigin) },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  logLevel: 'warn',
});
