import type { Component } from './types';

/** A product surface the extension knows by name, so its badge code and label stay stable across renames. */
export interface KnownSurface {
  key: string;
  /** Statuspage component id on status.claude.com (NOTES.md, section 2). */
  componentId: string;
  /** Used only when the id is not on the page, e.g. if a component is recreated under a new id. */
  namePattern: RegExp;
  label: string;
  /** Badge code: at most 3 characters so a "+" still fits in the badge. */
  code: string;
}

/** claude.ai's key: the surface the banner and the local signal are about. */
export const CLAUDE_AI = 'claude-ai';

export const KNOWN_SURFACES: readonly KnownSurface[] = [
  { key: CLAUDE_AI, componentId: 'rwppv331jlwc', namePattern: /^claude\.ai$/i, label: 'claude.ai', code: 'AI' },
  {
    key: 'console', componentId: '0qbwn08sd68x',
    namePattern: /console|platform\.claude\.com/i, label: 'Claude Console', code: 'CON',
  },
  { key: 'api', componentId: 'k8w3r06qmzrp', namePattern: /\bapi\b/i, label: 'Claude API', code: 'API' },
  { key: 'claude-code', componentId: 'yyzkbfz2thpt', namePattern: /claude code/i, label: 'Claude Code', code: 'CC' },
  { key: 'cowork', componentId: 'bpp5gb3hpjcl', namePattern: /cowork/i, label: 'Claude Cowork', code: 'COW' },
  {
    key: 'government', componentId: '0scnb50nvy53',
    namePattern: /government/i, label: 'Claude for Government', code: 'GOV',
  },
];

/** A component paired with how the extension names it. */
export interface SurfaceIdentity {
  /** Stable key: a known surface's key, or `component:<id>` for a component the page added later. */
  key: string;
  label: string;
  code: string;
}

/** The fixed codes: a derived code never takes one, so "Connectors" can never badge like the Console. */
const fixedCodes = (): ReadonlySet<string> => new Set(KNOWN_SURFACES.map((k) => k.code));

/**
 * Short code for a component the extension has never heard of: "Claude Opus Models" gives "OPU". When that
 * is taken (by a fixed code or another new component), the initials, then two letters and a digit.
 */
export function codeFor(name: string, taken: ReadonlySet<string> = fixedCodes()): string {
  const words = (name.replace(/^claude\s+/i, '').match(/[a-z0-9]+/gi) ?? []).map((w) => w.toUpperCase());
  const first = words[0] ?? '';
  const candidates = [
    first.length > 0 ? first.slice(0, 3) : '?',
    words.length > 1 ? words.slice(0, 3).map((w) => w[0]).join('') : '',
    ...Array.from({ length: 9 }, (_, n) => `${(first || 'X').slice(0, 2)}${n + 1}`),
  ];
  return candidates.find((c) => c.length > 0 && !taken.has(c)) ?? '?';
}

/**
 * Names every component. A known surface is matched by id first; only when no component carries its id
 * is a name match tried, and each known surface is taken at most once, so a new component whose name
 * happens to contain "API" cannot steal the API's identity. Every code on the page is distinct.
 */
export function identifySurfaces(components: readonly Component[]): Map<string, SurfaceIdentity> {
  const byComponent = new Map<string, SurfaceIdentity>();
  const byId = new Map(components.map((c) => [c.id, c]));
  const taken = new Set<string>();
  const take = (c: Component, known: KnownSurface): void => {
    byComponent.set(c.id, { key: known.key, label: known.label, code: known.code });
    taken.add(known.key);
  };
  for (const known of KNOWN_SURFACES) {
    const c = byId.get(known.componentId);
    if (c) take(c, known);
  }
  for (const known of KNOWN_SURFACES) {
    if (taken.has(known.key) || byId.has(known.componentId)) continue;
    const c = components.find((x) => !byComponent.has(x.id) && known.namePattern.test(x.name));
    if (c) take(c, known);
  }
  const codes = new Set(fixedCodes());
  for (const c of components) {
    if (byComponent.has(c.id)) continue;
    const code = codeFor(c.name, codes);
    codes.add(code);
    byComponent.set(c.id, { key: `component:${c.id}`, label: c.name, code });
  }
  return byComponent;
}
