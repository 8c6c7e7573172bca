// `npm start`: builds, then opens a browser with the production build loaded, against the real status
// page, for trying the extension by hand. Chromium by default (Debian's, or CHROMIUM_PATH); --firefox for
// Firefox ESR through web-ext. Needs a display (without one: `xvfb-run npm start`, or `npm run demo`).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Checked first: finding out after a build that nothing can be shown wastes the build.
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm start opens a browser window and needs a display. Without one, run `xvfb-run npm start`, or `npm run demo` (headless).');
  process.exit(1);
}
const firefox = process.argv.includes('--firefox');
const browserPath = firefox ? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' : process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  console.error(`${browserPath} not found: apt-get install -y ${firefox ? 'firefox-esr' : 'chromium'}, or set ${firefox ? 'FIREFOX_PATH' : 'CHROMIUM_PATH'}.`);
  process.exit(1);
}

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

let child;
let profile = null;
if (firefox) {
  child = spawn('npx', ['web-ext', 'run', '--source-dir', resolve('dist/firefox'), '--firefox', browserPath], { stdio: 'inherit', detached: true });
} else {
  const dist = resolve('dist/chrome');
  profile = mkdtempSync(join(tmpdir(), 'status-notifier-'));
  // Chromium refuses to run as root with its sandbox (containers and CI run as root): say so, and run without it.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) console.warn('Running as root: starting Chromium with --no-sandbox.');
  child = spawn(browserPath, [
    `--user-data-dir=${profile}`, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-first-run',
    ...(asRoot ? ['--no-sandbox'] : []), 'https://status.claude.com/',
  ], { stdio: 'inherit', detached: true });
}

/**
 * Stopping npm start stops the browser and everything it started (its own process group), and only once
 * the browser has exited removes its profile: removing it while Chromium still writes there failed with
 * ENOTEMPTY and left it behind.
 */
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  signalGroup('SIGTERM');
  // A browser that ignores SIGTERM is killed after a while, so npm start always ends.
  setTimeout(() => signalGroup('SIGKILL'), 10_000).unref();
}
function signalGroup(signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
child.on('exit', (code, signal) => {
  // The browser's helpers share its group and may outlive it by a moment: end them before tidying up.
  signalGroup('SIGKILL');
  if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  process.exit(stopping ? 0 : code ?? (signal ? 1 : 0));
});
