// The shipped-build check refuses what must never reach a store: tried on small made-up builds.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the build scripts, without types
import { checkShipped, CONTENT_SCRIPT_MAX_BYTES } from '../../scripts/shipped-rules.mjs';

import SOURCE from '../../manifest.json' with { type: 'json' };

// A Chrome build as it should come out of manifest.json (crxjs names its own background loader).
const { browser_specific_settings: _gecko, ...CHROME } = SOURCE;
const MANIFEST = { ...CHROME, background: { service_worker: 'service-worker-loader.js', type: 'module' } };

function build(files: Record<string, string>, manifest: object = MANIFEST): string {
  const dir = mkdtempSync(join(tmpdir(), 'csn-shipped-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const check = (dir: string): string[] => checkShipped(dir) as string[];

describe('checkShipped', () => {
  it('passes a build that only talks to the status page', () => {
    expect(check(build({ 'assets/a.js': 'fetch("https://status.claude.com/api/v2/status.json")' }))).toEqual([]);
  });

  it.each([
    ['a loopback origin', { 'assets/a.js': 'const o = "http://127.0.0.1:47913";' }, MANIFEST],
    ['a claude.ai script over its ceiling', { 'content.js': `void 0;${' '.repeat(CONTENT_SCRIPT_MAX_BYTES)}` }, MANIFEST],
    ['code from a string', { 'assets/a.js': 'eval(x)' }, MANIFEST],
    ['new Function', { 'assets/a.js': 'new Function("return 1")' }, MANIFEST],
    ['a remote script', { 'x.html': '<script src="https://cdn.example/x.js"></script>' }, MANIFEST],
    ['another host', { 'assets/a.js': 'fetch("https://tracker.example/p")' }, MANIFEST],
    ['a wider permission', {}, { ...MANIFEST, permissions: [...MANIFEST.permissions, 'tabs'] }],
    ['an optional permission', {}, { ...MANIFEST, optional_permissions: ['webRequest'] }],
    ['unsafe-eval', {}, { ...MANIFEST, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }],
    ['a loopback host permission', {}, { ...MANIFEST, host_permissions: ['http://127.0.0.1/*'] }],
    ['a manifest that does not follow manifest.json', {}, { ...MANIFEST, options_ui: { page: 'x.html' } }],
    ['a key manifest.json does not have', {}, { ...MANIFEST, commands: {} }],
  ])('refuses %s', (_label, files, manifest) => {
    expect(check(build(files, manifest))).not.toEqual([]);
  });
});
