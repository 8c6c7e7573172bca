// The store listing follows the extension: every language has one, its name and summary are the
// catalogue's, and the summary fits the Chrome Web Store's 132 characters.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, LOCALES } from '../support/i18n';

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
