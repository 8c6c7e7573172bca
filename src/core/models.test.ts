import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readJson } from '../../test/support/fixtures';
import { namedModels } from './models';

/** Every incident title and update body in every fixture file (anthropic/, real-captures/, replay/...). */
function fixtureTexts(): { titles: Set<string>; updates: Set<string> } {
  const titles = new Set<string>();
  const updates = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.name === 'string' && Array.isArray(o.incident_updates)) {
      titles.add(o.name);
      for (const u of o.incident_updates as { body?: unknown }[]) if (typeof u.body === 'string') updates.add(u.body);
    }
    Object.values(o).forEach(visit);
  };
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) walk(path);
      else if (f.endsWith('.json')) visit(readJson(relative(FIXTURES, path)));
    }
  };
  walk(FIXTURES);
  return { titles, updates };
}

// Written by hand from reading each text. Every title and update in the fixtures not listed here names no
// model of the three families ("Claude Fable 5", "Mythos 5", "multiple models", "Claude Models" are not ours).
const TITLES: Record<string, string[]> = {
  'Elevated error rates on Opus 4.6': ['Opus 4.6'],
};
const UPDATES: Record<string, string[]> = {
  'Sonnet 4.6 is also showing elevated errors.': ['Sonnet 4.6'],
  // Sonnet is said to be well again in the same update; only Opus is still named.
  'As of 5:00 PT / 12:00 UTC Sonnet 4.6 is now healthy. We are still working to fix Opus 4.6.': ['Opus 4.6'],
  'We have mitigated the main issue and the error rate for Opus 4.6 is hovering around 0.4% which is still high, but much better than the performance during the previous hours. We are waiting for a more permanent fix to land in the near future.': ['Opus 4.6'],
};
const POSTMORTEM_START = 'On March 26–27, 2026, customers experienced elevated error rates when using Claude Opus 4.6 and Claude Sonnet 4.6.';

describe('namedModels on every incident title and update in the fixtures', () => {
  const { titles, updates } = fixtureTexts();

  it('finds the texts it was written against (the table is not stale)', () => {
    expect(titles.size).toBeGreaterThan(15);
    expect(updates.size).toBeGreaterThan(50);
    for (const t of Object.keys(TITLES)) expect(titles).toContain(t);
    for (const u of Object.keys(UPDATES)) expect(updates).toContain(u);
    expect([...updates].some((u) => u.startsWith(POSTMORTEM_START))).toBe(true);
  });

  it.each([...titles])('title %j', (title) => {
    expect(namedModels(title, '').map((m) => m.label)).toEqual(TITLES[title] ?? []);
  });

  it.each([...updates].map((u) => [u.slice(0, 70), u]))('update %j…', (_, body) => {
    const expected = body.startsWith(POSTMORTEM_START) ? ['Opus 4.6', 'Sonnet 4.6'] : UPDATES[body] ?? [];
    expect(namedModels('', body).map((m) => m.label)).toEqual(expected);
  });

  it('follows the 27 March incident update by update, the title always counting', () => {
    const { incident } = readJson('real-captures/incidents/b9802k1zb5l2.json') as { incident: { name: string; incident_updates: { body: string }[] } };
    const seen = [...incident.incident_updates].reverse().map((u) => namedModels(incident.name, u.body).map((m) => m.label).join(' + '));
    expect(seen).toEqual([
      'Opus 4.6', // We are currently investigating this issue.
      'Opus 4.6', // We are continuing to investigate the ongoing incident.
      'Opus 4.6 + Sonnet 4.6', // Sonnet 4.6 is also showing elevated errors.
      'Opus 4.6', // Sonnet 4.6 is now healthy. We are still working to fix Opus 4.6.
      'Opus 4.6', // mitigated, error rate for Opus 4.6 still high
      'Opus 4.6', // our error rate has returned to the baseline (names no model: the title still does)
      'Opus 4.6', // mitigated as of 9:30 PT
      'Opus 4.6 + Sonnet 4.6', // the postmortem
    ]);
  });
});

describe('namedModels by hand', () => {
  it.each([
    // Titles of the 3 March incidents (test/fixtures/statuspage/NOTES.md, from press coverage).
    ['Elevated errors on Claude Opus 4.6', ['Opus 4.6']],
    ['Elevated errors on Sonnet 4.6', ['Sonnet 4.6']],
    ['Elevated errors on Haiku 4.5', ['Haiku 4.5']],
    // The older naming, the API's ids, versions with a dash, a whole version.
    ['Elevated errors on Claude 3.5 Sonnet and Claude 3 Opus', ['Sonnet 3.5', 'Opus 3']],
    ['Requests to claude-3-5-haiku-20241022 fail', ['Haiku 3.5']],
    ['Errors on claude-opus-4-6 and claude-sonnet-4-5-20250929', ['Opus 4.6', 'Sonnet 4.5']],
    ['Claude Opus 4 and Opus 4-1 slow', ['Opus 4', 'Opus 4.1']],
    // Repeats once; a bare family only when no version of it is named.
    ['Opus 4.6 errors. Opus 4.6 is slow. Other Opus models are fine.', ['Opus 4.6']],
    ['Elevated errors on Opus models', ['Opus']],
    ['Haiku is slow; Claude Sonnet too', ['Haiku', 'Sonnet']],
    // Never inside another word, never prose, never a year as a version.
    ['Magnopus and Sonnets and haikus', []],
    ['our magnum opus of a fix', []],
    ['Sonnet 2026 rollout', ['Sonnet']],
    ['Elevated errors on requests to multiple models', []],
    ['Elevated errors for Claude Fable 5', []],
  ])('%j', (text, expected) => {
    expect(namedModels(text, '').map((m) => m.label)).toEqual(expected);
  });

  it('a model the latest update says is well again is not named, unless the same update also says it is not', () => {
    expect(namedModels('Errors on Opus 4.6 and Sonnet 4.6', 'Sonnet 4.6 has recovered.').map((m) => m.label)).toEqual(['Opus 4.6']);
    expect(namedModels('Errors on Sonnet 4.6', 'Sonnet 4.6 is healthy. Sonnet 4.6 still shows some errors.').map((m) => m.label)).toEqual(['Sonnet 4.6']);
    expect(namedModels('Errors on Sonnet 4.6', 'Sonnet 4.6 will be restored soon.').map((m) => m.label)).toEqual(['Sonnet 4.6']);
    expect(namedModels('Errors on Sonnet 4.6', 'Sonnet 4.6 has recovered but Opus 4.6 has not.').map((m) => m.label)).toEqual(['Sonnet 4.6', 'Opus 4.6']);
  });

  it('reports six at most, and none past that: "the others are not named" would not hold', () => {
    const models = (n: number) => Array.from({ length: n }, (_, i) => `Opus ${i + 1}`).join(', ');
    expect(namedModels(models(6), '')).toHaveLength(6);
    expect(namedModels(models(7), '')).toEqual([]);
  });

  // Found in review: a model the text names as the one that works, or to switch to, is not "named".
  it.each([
    ['Elevated errors across all models', 'Haiku 4.5 is the only model not affected.', []],
    ['Elevated errors on Opus 4.6', 'Customers can switch to Haiku 4.5.', ['Opus 4.6']],
    ['Elevated errors on Opus 4.6', 'Sonnet 4.6 and Haiku 4.5 are not affected.', ['Opus 4.6']],
    ['Elevated errors on Opus 4.6', 'We recommend Sonnet 4.6 for now.', ['Opus 4.6']],
  ])('%j + %j', (title, update, expected) => {
    expect(namedModels(title, update).map((m) => m.label)).toEqual(expected);
  });

  it.each([
    // About models in general, or a family the parser does not know: naming some would mislead.
    ['Elevated errors on multiple models', 'Opus 4.6 is the most affected.', []],
    ['Elevated errors on some models', '', []],
    ['Errors on Opus 4.6 and Claude Fable 5', '', []],
    // Claude's products are not other model families.
    ['Elevated errors on Opus 4.6 in Claude Code 2.1', '', ['Opus 4.6']],
    // Lists of versions; a pattern is no version.
    ['Elevated errors on Opus 4.5 and 4.6', '', ['Opus 4.5', 'Opus 4.6']],
    ['Sonnet 4.5/4.6 slow', '', ['Sonnet 4.5', 'Sonnet 4.6']],
    ['Opus 4, 4.1 and 4.5 failing', '', ['Opus 4', 'Opus 4.1', 'Opus 4.5']],
    ['Opus 4.6 and 3 other models', '', ['Opus 4.6']],
    ['Opus 4.6 / 12.30 UTC', '', ['Opus 4.6']],
    ['Errors on Sonnet 4.x', '', ['Sonnet']],
    // "Other Opus models are fine" is no statement about models in general.
    ['Opus 4.6 errors', 'Other models are fine.', ['Opus 4.6']],
  ])('%j + %j', (title, update, expected) => {
    expect(namedModels(title, update).map((m) => m.label)).toEqual(expected);
  });

  it('clears a model only in a sentence that says nothing else: mixed or limited sentences keep it named', () => {
    const labels = (title: string, update: string) => namedModels(title, update).map((m) => m.label);
    expect(labels('Errors on Opus 4.6 and Sonnet 4.6', 'Sonnet 4.6 is healthy and Opus 4.6 is degraded.')).toEqual(['Opus 4.6', 'Sonnet 4.6']);
    expect(labels('Errors on Sonnet 4.6', 'Sonnet 4.6 errors have been resolved for most users.')).toEqual(['Sonnet 4.6']);
    expect(labels('Errors on Opus 4.6', 'Opus 4.6 has recovered for claude.ai; API requests continue to fail.')).toEqual(['Opus 4.6']);
    expect(labels('Errors on Opus 4.6 and Sonnet 4.6', 'Sonnet 4.6 has recovered.')).toEqual(['Opus 4.6']);
  });
});

describe('namedModels never invents a model', () => {
  const FAMILY = /(?<![\p{L}\p{N}])(opus|sonnet|haiku)(?![\p{L}\p{N}])/giu;
  const words = fc.constantFrom('Opus', 'opus', 'Sonnet', 'Haiku', 'Claude', 'claude-', '4.6', '4-6', '3', ' ', '-', '.', 'Magnopus', 'Sonnets', '2026', 'is now healthy', 'still');
  const text = fc.oneof(fc.string(), fc.array(fc.oneof(words, fc.string({ maxLength: 3 })), { maxLength: 20 }).map((w) => w.join('')));

  it('every name reported is a family word of the text, with its version’s digits in the text', () => {
    fc.assert(fc.property(text, text, (title, update) => {
      const all = `${title}\n${update}`;
      const families = new Set([...all.matchAll(FAMILY)].map((m) => (m[1] ?? '').toLowerCase()));
      for (const m of namedModels(title, update)) {
        expect(families).toContain(m.family.toLowerCase());
        for (const digits of m.version?.split('.') ?? []) expect(all).toMatch(new RegExp(`(?<!\\d)0*${digits}(?!\\d)`));
      }
    }));
  });

  it('text without a family word gives none', () => {
    fc.assert(fc.property(text, text, (title, update) => {
      fc.pre(!new RegExp(FAMILY.source, 'iu').test(`${title}\n${update}`));
      expect(namedModels(title, update)).toEqual([]);
    }));
  });
});
