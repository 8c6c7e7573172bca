// Builds every target: dist/chrome and dist/firefox (what ships); with --with-test also dist/test-firefox,
// which talks to the local stand-in server of the Firefox suite (Firefox's BiDi cannot intercept an
// add-on's own fetches); with --with-demo dist/demo-chrome for `npm run demo`. Only those builds name 127.0.0.1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { BUILT_FROM, sourceFingerprint } from './source-tree.mjs';
import { STAND_IN_ORIGINS } from './stand-in-ports.mjs';

// 127.0.0.1:47913 and :47914 unless STAND_IN_PORT says otherwise (scripts/stand-in-ports.mjs).
const [TEST_STATUS_ORIGIN, TEST_FALLBACK_ORIGIN] = STAND_IN_ORIGINS;

const builds = [
  { target: 'chrome', outDir: 'dist/chrome' },
  { target: 'firefox', outDir: 'dist/firefox' },
];
if (process.argv.includes('--with-test')) {
  builds.push({
    target: 'firefox', outDir: 'dist/test-firefox', statusOrigin: TEST_STATUS_ORIGIN, fallbackOrigin: TEST_FALLBACK_ORIGIN, bannerShadow: 'open',
  });
}
if (process.argv.includes('--with-demo')) {
  builds.push({ target: 'chrome', outDir: 'dist/demo-chrome', statusOrigin: TEST_STATUS_ORIGIN, fallbackOrigin: TEST_FALLBACK_ORIGIN, replayClock: true });
}

// Taken before building: `npm run package` refuses to pair these builds with sources changed since.
const fingerprint = sourceFingerprint('.');
for (const b of builds) {
  process.env.EXT_TARGET = b.target;
  process.env.EXT_OUT_DIR = b.outDir;
  // An empty value means "the production origin" (see vite.config.ts).
  process.env.EXT_STATUS_ORIGIN = b.statusOrigin ?? '';
  process.env.EXT_FALLBACK_ORIGIN = b.fallbackOrigin ?? '';
  process.env.EXT_BANNER_SHADOW = b.bannerShadow ?? '';
  process.env.EXT_REPLAY_CLOCK = b.replayClock ? '1' : '';
  await build({ configFile: 'vite.config.ts', mode: 'production' });
  // After crxjs: the content scripts are built on their own and added to the manifest there.
  process.env.EXT_CONTENT_ENTRY = '';
  await build({ configFile: 'vite.content.config.ts', mode: 'production' });
  process.env.EXT_CONTENT_ENTRY = 'guard';
  await build({ configFile: 'vite.content.config.ts', mode: 'production' });
  console.log(`built ${b.outDir}`);
}
mkdirSync('dist', { recursive: true });
writeFileSync(BUILT_FROM, `${JSON.stringify({ fingerprint })}\n`);
