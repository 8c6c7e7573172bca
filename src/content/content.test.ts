// @vitest-environment jsdom
// The content script's contract with the page, in jsdom: one stored read when all is well, one host
// element however often it is injected, dismissal recorded per incident.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EN } from '../../test/support/i18n';
import { stateFor } from '../../test/support/states';
import type { MessageKey } from '../core/i18n';
import { decideBanner, toStoredBanner } from '../core/banner';

const MARK = Symbol.for('claude-status-notifier.banner');
type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

let store: Record<string, unknown>;
let listeners: Listener[];
const reads: string[] = [];

const fakeExt = {
  storage: {
    local: {
      get: async (key: string) => {
        reads.push(key);
        return { [key]: store[key] };
      },
      set: async (items: Record<string, unknown>) => {
        Object.assign(store, items);
        const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
        for (const l of listeners) l(changes, 'local');
      },
    },
    onChanged: { addListener: (l: Listener) => listeners.push(l) },
  },
  runtime: { sendMessage: async (m: unknown) => void sent.push(m) },
  i18n: { getMessage: (key: string, subs?: string[]) => EN.t(key as MessageKey, subs), getUILanguage: () => 'en' },
};
const sent: unknown[] = [];

/** As if the script had never run in this page's isolated world (e.g. a reload of the extension). */
const forgetInjection = (): void => {
  Reflect.deleteProperty(globalThis, MARK);
};

/** Loads the content script as a fresh injection would. */
async function inject(): Promise<void> {
  vi.resetModules();
  await import('./index');
  await vi.waitFor(() => expect(reads.length).toBeGreaterThan(0));
  await new Promise((r) => setTimeout(r, 0));
}

const hosts = () => document.querySelectorAll('claude-status-banner');
const outage = () => toStoredBanner(decideBanner(null, stateFor('b1-2026-03-02-investigating', Date.now()), Date.now(), 'https://status.claude.com'));

beforeEach(() => {
  store = {};
  listeners = [];
  reads.length = 0;
  document.body.replaceChildren();
  forgetInjection();
  vi.stubGlobal('chrome', fakeExt);
  // jsdom has no constructable stylesheets; the browsers do (tested in the real-browser suites).
  vi.stubGlobal('CSSStyleSheet', class { replaceSync(): void {} });
});
afterEach(() => vi.unstubAllGlobals());

describe('content script', () => {
  it('when all is well, reads one stored value, adds nothing to the page, and only says claude.ai is in use', async () => {
    store.banner = toStoredBanner({ kind: 'hidden', wasAffected: false });
    sent.length = 0;
    await inject();
    expect(reads).toEqual(['banner']);
    expect(document.body.children).toHaveLength(0);
    expect(sent).toEqual([{ type: 'claude-active' }]);
  });

  it('shows an outage as text in one host, however often it is injected', async () => {
    store.banner = outage();
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    forgetInjection();
    await inject();
    await inject();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.shadowRoot?.textContent).toContain('cookies');
  });

  it('records the dismissal for this incident and stays dismissed on the next page', async () => {
    store.banner = outage();
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    hosts()[0]?.shadowRoot?.querySelector('button')?.click();
    expect(hosts()).toHaveLength(0);
    expect(store.bannerDismissal).toEqual({ key: 'incident:fx26mar02inc', rank: 3 });
    document.body.replaceChildren();
    forgetInjection();
    await inject();
    expect(hosts()).toHaveLength(0);
  });

  it('takes "recovered" down by itself when its time is up', async () => {
    store.banner = toStoredBanner({ kind: 'recovered', shownUntil: Date.now() + 2000, url: 'https://status.claude.com' });
    await inject();
    await vi.waitFor(() => expect(hosts()[0]?.shadowRoot?.textContent).toContain('claude.ai has recovered, you can sign in again.'));
    await vi.waitFor(() => expect(hosts()).toHaveLength(0), { timeout: 4000 });
  });

  it('shows the locally observed failure with the same advice, marked as seen in this browser', async () => {
    const now = Date.now();
    const local = { kind: 'failing' as const, since: now - 90_000, failed: 8, total: 9, updatedAt: now };
    store.banner = toStoredBanner(decideBanner(null, stateFor('b0-2026-03-02-baseline', now), now, 'https://status.claude.com', local));
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    const text = hosts()[0]?.shadowRoot?.textContent ?? '';
    expect(text).toContain('claude.ai is failing for you');
    expect(text).toContain('Seen in this browser');
    expect(text).toContain('The status page has not reported a problem yet.');
    expect(text).toContain('don’t clear cookies');
  });

  it('ignores a corrupt stored value', async () => {
    store.banner = { version: 1, view: { kind: 'outage', title: 42 } };
    await inject();
    expect(hosts()).toHaveLength(0);
  });
});
