import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../test/support/fixtures';
import { parseSummary } from './parse';
import { codeFor, identifySurfaces, KNOWN_SURFACES } from './surfaces';
import type { Component } from './types';

const componentsOf = (scenario: string): Component[] => {
  const r = parseSummary(summaryOf(scenario));
  if (!r.ok) throw new Error(r.reason);
  return r.summary.components;
};
const comp = (id: string, name: string, position = 1): Component => ({ id, name, status: 'operational', updatedAt: null, position });

describe('identifySurfaces', () => {
  it('knows all six current surfaces by id', () => {
    const ids = identifySurfaces(componentsOf('a-all-operational'));
    expect([...ids.values()].map((s) => s.key)).toEqual(KNOWN_SURFACES.map((k) => k.key));
  });

  it('keeps the Console through its March 2026 name', () => {
    const ids = identifySurfaces(componentsOf('b0-2026-03-02-baseline'));
    expect(ids.get('0qbwn08sd68x')).toEqual({ key: 'console', label: 'Claude Console', code: 'CON' });
  });

  it('falls back to the name when a component comes back under a new id', () => {
    const ids = identifySurfaces([comp('newid000001', 'Claude Code'), comp('k8w3r06qmzrp', 'Claude API (api.anthropic.com)')]);
    expect(ids.get('newid000001')?.key).toBe('claude-code');
  });

  it('does not let a new component steal a known surface that is still on the page', () => {
    const ids = identifySurfaces([comp('k8w3r06qmzrp', 'Claude API (api.anthropic.com)'), comp('zzz', 'Batch API')]);
    expect(ids.get('k8w3r06qmzrp')?.key).toBe('api');
    expect(ids.get('zzz')).toEqual({ key: 'component:zzz', label: 'Batch API', code: 'BAT' });
  });

  it('shows a component the page adds later under its own name and a derived code', () => {
    const ids = identifySurfaces([...componentsOf('a-all-operational'), comp('fxnew', 'Claude Opus Models', 7)]);
    expect(ids.get('fxnew')).toEqual({ key: 'component:fxnew', label: 'Claude Opus Models', code: 'OPU' });
  });
});

describe('derived codes', () => {
  // Reproduction (#16.10): "Connectors" badged CON, like the Console.
  it('never take a fixed code, and never repeat each other', () => {
    const ids = identifySurfaces([...componentsOf('a-all-operational'), comp('n1', 'Connectors'), comp('n2', 'Connect Hub'), comp('n3', 'Connector Sync'), comp('n4', 'APIs Batch')]);
    const codes = [...ids.values()].map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(ids.get('n1')?.code).not.toBe('CON');
    expect(ids.get('n4')?.code).not.toBe('API');
  });
});

describe('codeFor', () => {
  it.each([
    ['Claude Mobile Apps', 'MOB'],
    ['Voice', 'VOI'],
    ['Claude 4.6 Models', '4'],
    ['—', '?'],
  ])('%s gives %s', (name, code) => expect(codeFor(name)).toBe(code));
});
