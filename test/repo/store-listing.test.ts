// The store listing follows the extension: every language has one, its name and summary are the
// catalogue's, the summary fits the Chrome Web Store's 132 characters, and each says the extension is not
// Anthropic's (Anthropic has asked third-party extensions to come down over its branding). The stores'
// forms (store/*.md) answer for every permission and host the manifest asks for.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { catalogue, LOCALES } from '../support/i18n';

/** "Not made by or affiliated with Anthropic", in each listing language. */
const NOT_ANTHROPIC = {
  en: 'not made by or affiliated with Anthropic',
  de: 'nicht von Anthropic entwickelt und nicht mit Anthropic verbunden',
  ja: 'Anthropic が作成したものではなく、Anthropic とは提携・関係していません',
} as const;

function listing(locale: string): { name: string; summary: string; body: string } {
  const text = readFileSync(`store/listing/${locale}.md`, 'utf8');
  const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const field = (k: string) => new RegExp(`^${k}: (.*)$`, 'm').exec(head)?.[1] ?? '';
  return { name: field('name'), summary: field('summary'), body: body.trim() };
}

describe('store listing', () => {
  it.each(LOCALES)('%s: the catalogue’s name and summary, a summary within 132 characters, a description', (locale) => {
    const l = listing(locale);
    const c = catalogue(locale);
    expect(l.name).toBe(c.extName?.message);
    expect(l.summary).toBe(c.extDescription?.message);
    expect(Array.from(l.summary).length).toBeLessThanOrEqual(132);
    expect(l.body.length).toBeGreaterThan(200);
    expect(l.body).toContain(NOT_ANTHROPIC[locale]);
  });

  it('answers the Chrome Web Store’s forms for every permission and host, and AMO’s reviewer', () => {
    const cws = readFileSync('store/chrome-web-store.md', 'utf8');
    for (const p of [...manifest.permissions, ...manifest.host_permissions, ...manifest.content_scripts.flatMap((c) => c.matches)]) {
      // A table row whose first cell names it and whose second is a real sentence.
      const escaped = p.replace(/[.*]/g, (c) => `\\${c}`);
      expect(cws, p).toMatch(new RegExp(`^\\| [^|]*\`${escaped}\`[^|]*\\| [A-Z].{40,} \\|$`, 'm'));
    }
    expect(cws).toMatch(/## Single purpose\n\n> \S/);
    expect(cws).toContain('No, I am not using remote code');
    const amo = readFileSync('store/amo-reviewer-notes.md', 'utf8');
    expect(amo).toContain('docs/BUILDING.md');
    expect(amo).toContain('innerHTML');
    expect(amo).toContain('src/content/sense.ts');
    expect(amo).toMatch(/not made by or affiliated\s+with Anthropic/);
  });

  it('has the pictures a listing needs, at the sizes the store asks for', () => {
    const size = (file: string) => {
      const b = readFileSync(file);
      return [b.readUInt32BE(16), b.readUInt32BE(20)];
    };
    for (const f of ['screenshot-1-which-part-is-down.png', 'screenshot-2-dont-clear-cookies.png', 'screenshot-3-before-the-status-page.png']) {
      expect(size(`store/${f}`)).toEqual([1280, 800]);
    }
    expect(size('store/promo-440x280.png')).toEqual([440, 280]);
    expect(size('store/icon-128.png')).toEqual([128, 128]);
    expect(existsSync('docs/PRIVACY.md')).toBe(true);
  });
});
