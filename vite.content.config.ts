import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SCRIPTS } from './src/manifest';

// The content script as one self-contained classic script (IIFE): no imports, no chunks, nothing that
// has to be web-accessible. Written beside the extension build crxjs made (emptyOutDir: false).
const outDir = process.env.EXT_OUT_DIR ?? 'dist/chrome';

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

export default defineConfig({
  plugins: [addToManifest(outDir)],
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    lib: { entry: 'src/content/index.ts', formats: ['iife'], name: 'claudeStatusBanner', fileName: () => 'content.js' },
    rollupOptions: { output: { extend: false } },
  },
  logLevel: 'warn',
});
