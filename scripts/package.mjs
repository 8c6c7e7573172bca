// Zips dist/chrome and dist/firefox into store-ready archives (manifest.json at the archive root).
// Uses web-ext's own packer for Firefox and the same for Chrome: a zip is a zip, and both stores take it.
import { mkdirSync } from 'node:fs';
import { cmd } from 'web-ext';
import pkg from '../package.json' with { type: 'json' };

mkdirSync('dist/packages', { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const filename = `claude-status-notifier-${target}-${pkg.version}.zip`;
  await cmd.build({
    sourceDir: `dist/${target}`, artifactsDir: 'dist/packages', filename, overwriteDest: true,
  }, { shouldExitProgram: false });
  console.log(`packaged dist/packages/${filename}`);
}
