// Finds the Debian browsers the suites drive; no test tool may download a browser of its own.
import { existsSync } from 'node:fs';

function find(envName: string, fallback: string, pkg: string): string {
  const path = process.env[envName] ?? fallback;
  if (!existsSync(path)) {
    throw new Error(`${pkg} not found at ${path}. Install it with: apt-get install -y ${pkg} (or set ${envName}).`);
  }
  return path;
}

export const chromiumPath = (): string => find('CHROMIUM_PATH', '/usr/bin/chromium', 'chromium');
export const firefoxPath = (): string => find('FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
