// @vitest-environment jsdom
// Reproduction (#16.3): a corrupt stored snapshot made the popup show a TypeError. Property: whatever JSON
// lands in any stored key or element, the popup and the options page render without throwing, and say
// something true (the verdict, or that the status is unknown).
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { corrupt, corruption } from '../../test/support/corrupt';
import { installFakePermissions } from '../../test/support/fake-permissions';
import { installFakeI18n } from '../../test/support/i18n';
import { stateFor } from '../../test/support/states';
import { EMPTY_HISTORY } from '../core/history';
import { toStoredBanner } from '../core/banner';
import { DEFAULT_SETTINGS, toStoredSettings } from '../core/settings';
import { NO_SIGNAL, toStoredSignal } from '../core/sensing/local-signal';
import { toStored } from '../core/stored';
import { Options } from '../options/Options';
import { loadPopupData } from '../shared/status-store';
import { Popup } from './Popup';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

const now = Date.now();
const GOOD_LOCAL = JSON.parse(JSON.stringify({
  status: toStored(stateFor('b1-2026-03-02-investigating', now)),
  history: { ...EMPTY_HISTORY, days: [{ day: new Date(now).toISOString().slice(0, 10), ranks: [['claude-ai', 3]] }] },
  localSignal: toStoredSignal({ ...NO_SIGNAL, kind: 'failing', since: now - 60_000, failed: 5, total: 6, updatedAt: now }),
  banner: toStoredBanner({ kind: 'hidden', wasAffected: false }),
})) as Record<string, unknown>;
const GOOD_SYNC = JSON.parse(JSON.stringify({ settings: toStoredSettings({ ...DEFAULT_SETTINGS, watched: ['claude-ai'], quietHours: { start: 60, end: 120 } }) })) as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n();
  installFakePermissions();
});
afterEach(cleanup);

/** A generous deadline for the first render (not a speed check): a busy machine is slower. */
const WAIT = { timeout: 10_000 };
/** Each property renders a page 60-80 times: vitest's 20 s for one test is a deadline a busy machine misses. */
const PROPERTY_MS = 180_000;

describe('the popup and options with corrupt storage', () => {
  it('the popup renders a verdict or "unknown", never an error (property)', async () => {
    await fc.assert(fc.asyncProperty(corruption(Object.keys(GOOD_LOCAL)), async (c) => {
      cleanup();
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(corrupt(GOOD_LOCAL, c));
      render(<Popup initial={await loadPopupData()} />);
      const verdict = (await screen.findAllByRole('status', {}, WAIT))[0]?.textContent ?? '';
      expect(verdict).toMatch(/^claude\.ai /);
    }), { numRuns: 80 });
  }, PROPERTY_MS);

  it('the options page renders its switches, never an error (property)', async () => {
    await fc.assert(fc.asyncProperty(corruption(Object.keys(GOOD_SYNC)), corruption(Object.keys(GOOD_LOCAL)), async (s, l) => {
      cleanup();
      fakeBrowser.reset();
      installFakePermissions();
      await fakeBrowser.storage.sync.set(corrupt(GOOD_SYNC, s));
      await fakeBrowser.storage.local.set(corrupt(GOOD_LOCAL, l));
      render(<Options />);
      // (Surfaces to watch are listed only when a readable status names them.)
      expect(await screen.findByRole('checkbox', { name: /Show a banner on claude\.ai/ }, WAIT)).toBeTruthy();
      // Its section renders once its own read is in: wait for it as for the first (a busy machine is slower).
      expect(await screen.findByRole('checkbox', { name: /claude\.ai is failing in this browser/ }, WAIT)).toBeTruthy();
    }), { numRuns: 60 });
  }, PROPERTY_MS);
});
