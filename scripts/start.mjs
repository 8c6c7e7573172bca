// `npm start`: opens a browser with the production build loaded, against the real status page, for
// trying the extension by hand. Chromium by default (Debian's, or CHROMIUM_PATH); --firefox for Firefox
// ESR through web-ext. Needs a display.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm start opens a browser window and needs a display. Without one, try `npm run demo` (headless).');
  process.exit(1);
}

if (process.argv.includes('--firefox')) {
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  const child = spawn('npx', ['web-ext', 'run', '--source-dir', resolve('dist/firefox'), '--firefox', firefox], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.error(`Chromium not found at ${chromium}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  const dist = resolve('dist/chrome');
  const profile = mkdtempSync(join(tmpdir(), 'claude-status-'));
  const child = spawn(chromium, [
    `--user-data-dir=${profile}`, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-first-run',
    'https://status.claude.com/',
  ], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
