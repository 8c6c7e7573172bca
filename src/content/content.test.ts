// @vitest-environment jsdom
// The content script's contract with the page, in jsdom: one stored read when all is well, one host
// element however often it is injected, dismissal recorded per incident, a closed root the page cannot
// read, only trusted events, and a host that comes back when the page removes it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EN } from '../../test/support/i18n';
import { stateAt } from '../../test/support/captured-at';
import { stateFor } from '../../test/support/states';
import type { MessageKey } from '../core/i18n';
import { armBackAlert, toStoredBackAlert } from '../core/back-alert';
import { decideBanner, toStoredBanner } from '../core/banner';
import { type LocalSignal, NO_SIGNAL } from '../core/sensing/local-signal';

const MARK = Symbol.for('claude-status-notifier.banner');
type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

let store: Record<string, unknown>;
let syncStore: Record<string, unknown>;
let listeners: Listener[];
/** Each storage read, as the keys it asked for. */
const reads: string[][] = [];

const makeExt = () => ({
  storage: {
    local: {
      get: async (keys: string | string[]) => {
        const list = [keys].flat();
        reads.push(list);
        return Object.fromEntries(list.map((k) => [k, store[k]]));
      },
      set: async (items: Record<string, unknown>) => {
        Object.assign(store, items);
        const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
        for (const l of listeners) l(changes, 'local');
      },
    },
    sync: { get: async (key: string) => ({ [key]: syncStore[key] }) },
    onChanged: { addListener: (l: Listener) => listeners.push(l) },
  },
  runtime: { id: 'ext' as string | undefined, sendMessage: async (m: unknown) => void sent.push(m) },
  i18n: { getMessage: (key: string, subs?: string[]) => EN.t(key as MessageKey, subs), getUILanguage: () => 'en' },
});
let fakeExt = makeExt();
const sent: unknown[] = [];



/**
 * As after an update of the extension: the script that ran is orphaned (its runtime has no id any more)
 * and a new one is injected into a fresh world.
 */
const forgetInjection = (): void => {
  Reflect.deleteProperty(globalThis, MARK);
  fakeExt.runtime.id = undefined;
  // An orphaned script's listeners are not called any more.
  listeners.length = 0;
  fakeExt = makeExt();
  vi.stubGlobal('chrome', fakeExt);
};

/** Loads the content script as a fresh injection would. */
async function inject(): Promise<void> {
  vi.resetModules();
  await import('./index');
  await vi.waitFor(() => expect(reads.length).toBeGreaterThan(0));
  await new Promise((r) => setTimeout(r, 0));
}

const hosts = () => document.querySelectorAll('[data-claude-status-banner]');
// The root is closed: the page cannot reach it. The test keeps each root as it is attached (a test-only
// hook on jsdom's prototype; in real browsers the content script's world has its own prototypes).
const roots = new WeakMap<Element, ShadowRoot>();
const realAttach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function attach(this: Element, init: ShadowRootInit) {
  const root = realAttach.call(this, init);
  roots.set(this, root);
  return root;
};
const rootOf = (host: Element | undefined): ShadowRoot | undefined => (host ? roots.get(host) : undefined);
const text = () => rootOf(hosts()[0])?.textContent ?? '';
const outage = () => toStoredBanner(decideBanner(null, stateFor('b1-2026-03-02-investigating', Date.now()), Date.now(), 'https://status.claude.com'));

beforeEach(() => {
  store = {};
  syncStore = {};
  listeners = [];
  reads.length = 0;
  document.body.replaceChildren();
  forgetInjection();
  // jsdom has no constructable stylesheets; the browsers do (tested in the real-browser suites).
  vi.stubGlobal('CSSStyleSheet', class { replaceSync(): void {} });
});
afterEach(() => vi.unstubAllGlobals());

describe('content script', () => {
  it('when all is well, reads one stored value, adds nothing to the page, and only says claude.ai is in use', async () => {
    store.banner = toStoredBanner({ kind: 'hidden', wasAffected: false });
    sent.length = 0;
    await inject();
    // One read, of the banner, the local signal and the back alert (while a signal is up or someone waits
    // for claude.ai to come back, a fresh page's successes are news).
    expect(reads).toEqual([['banner', 'localSignal', 'backAlert']]);
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
    expect(text()).toContain('cookies');
    // The page sees a host and nothing inside it.
    expect(hosts()[0]?.shadowRoot).toBeNull();
    expect(hosts()[0]?.textContent).toBe('');
  });

  // Reproduction (#16.5): a page script's click() on the close button wrote a dismissal. (A person's click,
  // which jsdom cannot make, is tested in real Chromium: chromium-banner.test.ts.)
  it('takes no dismissal from a page script: its clicks and key presses are not the person’s', async () => {
    store.banner = outage();
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    rootOf(hosts()[0])?.querySelector('button')?.click();
    rootOf(hosts()[0])?.querySelector('.banner')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hosts()).toHaveLength(1);
    expect(store.bannerDismissal).toBeUndefined();
  });

  it('offers "tell me when it’s back" during an outage, and a page script’s click() cannot arm it', async () => {
    store.banner = outage();
    sent.length = 0;
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    const arm = rootOf(hosts()[0])?.querySelector<HTMLButtonElement>('button.arm');
    expect(arm?.getAttribute('aria-label')).toBe(EN.t('backArm'));
    expect(arm?.getAttribute('aria-pressed')).toBe('false');
    arm?.click();
    expect(sent).not.toContainEqual({ type: 'back-alert', arm: true });
  });

  it('once armed, shows the promise and Cancel instead, and on a calm day offers nothing', async () => {
    store.banner = outage();
    store.backAlert = toStoredBackAlert(armBackAlert({ kind: 'down', stage: 'investigating', limitedHere: false }, Date.now()));
    await inject();
    await vi.waitFor(() => expect(rootOf(hosts()[0])?.querySelector('button.cancel')).not.toBeNull());
    const cancel = rootOf(hosts()[0])?.querySelector('button.cancel');
    expect(cancel?.getAttribute('aria-label')).toBe(EN.t('backCancelLabel'));
    expect(cancel?.getAttribute('aria-pressed')).toBe('true');
    expect(cancel?.getAttribute('title')).toContain(EN.t('backArmed'));
    expect(rootOf(hosts()[0])?.querySelector('button.arm')).toBeNull();
    // The background cancels it (its one writer): the button comes back.
    await fakeExt.storage.local.set({ backAlert: toStoredBackAlert(null) });
    await vi.waitFor(() => expect(rootOf(hosts()[0])?.querySelector('button.arm')).not.toBeNull());
    await fakeExt.storage.local.set({ banner: toStoredBanner({ kind: 'recovered', shownUntil: Date.now() + 60_000, url: 'https://status.claude.com' }) });
    await vi.waitFor(() => expect(text()).toContain(EN.t('bannerRecoveredHeadline')));
    expect(rootOf(hosts()[0])?.querySelector('.arm, .cancel')).toBeNull();
  });

  it('stays dismissed on the next page once the person dismissed it', async () => {
    store.banner = outage();
    store.bannerDismissal = { key: 'incident:fx26mar02inc', rank: 3 };
    await inject();
    expect(hosts()).toHaveLength(0);
  });

  it('takes "recovered" down by itself when its time is up', async () => {
    store.banner = toStoredBanner({ kind: 'recovered', shownUntil: Date.now() + 2000, url: 'https://status.claude.com' });
    await inject();
    await vi.waitFor(() => expect(text()).toContain(EN.t('bannerRecoveredHeadline')));
    await vi.waitFor(() => expect(hosts()).toHaveLength(0), { timeout: 4000 });
  });

  it('shows the locally observed failure with the same advice, marked as seen in this browser', async () => {
    const now = Date.now();
    const local: LocalSignal = { ...NO_SIGNAL, kind: 'failing', since: now - 90_000, failed: 8, total: 9, updatedAt: now };
    store.banner = toStoredBanner(decideBanner(null, stateFor('b0-2026-03-02-baseline', now), now, 'https://status.claude.com', local));
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(text()).toContain(EN.t('verdictLocal'));
    expect(text()).toContain(EN.t('bannerLocalNote'));
    expect(text()).toContain(EN.t('adviceLocal'));
  });

  it('shows its banner even where the page defined the old banner tag as its own element first', async () => {
    customElements.define('claude-status-banner', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' });
      }
    });
    store.banner = outage();
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(text()).toContain('cookies');
  });

  it('comes back when the page removes it, but does not fight a page that keeps removing it', async () => {
    store.banner = outage();
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    for (let n = 0; n < 3; n++) {
      hosts()[0]?.remove();
      await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    }
    hosts()[0]?.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts()).toHaveLength(0);
    // A new status is a new start.
    await fakeExt.storage.local.set({ banner: outage() });
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
  });

  it('shows the advice at once on a claude.ai page that is itself a server error, before the background says anything', async () => {
    vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
      (type === 'navigation' ? [{ responseStatus: 502 } as unknown as PerformanceEntry] : []));
    store.banner = toStoredBanner({ kind: 'hidden', wasAffected: false });
    sent.length = 0;
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(text()).toContain(EN.t('verdictLocal'));
    expect(text()).toContain(EN.t('bannerDocumentNote'));
    expect(text()).toContain(EN.t('adviceLocal'));
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'claude-outcomes', counts: expect.objectContaining({ documentFailed: 1, failed: 0 }) }));
    vi.restoreAllMocks();
  });

  it('treats a claude.ai page that is itself a 429 ("Rate exceeded") like a server error, and says it is not the person’s usage', async () => {
    vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
      (type === 'navigation' ? [{ responseStatus: 429 } as unknown as PerformanceEntry] : []));
    store.banner = toStoredBanner({ kind: 'hidden', wasAffected: false });
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(text()).toContain(EN.t('bannerDocumentRateNote'));
    expect(text()).toContain(EN.t('adviceLocal'));
    vi.restoreAllMocks();
  });

  it('with the signal turned off, a server-error page shows nothing and sends no counts', async () => {
    syncStore.settings = { version: 1, sensing: false };
    vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
      (type === 'navigation' ? [{ responseStatus: 503 } as unknown as PerformanceEntry] : []));
    store.banner = toStoredBanner({ kind: 'hidden', wasAffected: false });
    sent.length = 0;
    await inject();
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([{ type: 'claude-active' }]);
    vi.restoreAllMocks();
  });

  // Reproduction (#16.14): a tab that stays visible said "in use" only on load, so the fast cadence lapsed.
  it('says claude.ai is in use each minute while the tab stays visible, and not more often', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'Date'] });
    try {
      store.banner = toStoredBanner({ kind: 'hidden', wasAffected: false });
      sent.length = 0;
      await inject();
      expect(sent).toEqual([{ type: 'claude-active' }]);
      vi.advanceTimersByTime(30_000);
      expect(sent).toHaveLength(1);
      vi.advanceTimersByTime(5 * 60_000);
      expect(sent).toEqual(Array(6).fill({ type: 'claude-active' }));
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows no link that is not a web page, whatever storage holds', async () => {
    const view = JSON.parse(JSON.stringify(outage())) as { view: { url: string } };
    view.view.url = ['javascript', 'alert(1)'].join(':');
    store.banner = view;
    await inject();
    expect(hosts()).toHaveLength(0);
  });

  it('names, in its details, the models the incident names and what still works (#20)', async () => {
    const now = Date.now();
    const page = stateAt('real-captures/incidents/b9802k1zb5l2.json', '2026-03-27T11:30:00Z', now);
    store.banner = toStoredBanner(decideBanner(null, page, now, 'https://status.claude.com'));
    await inject();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    const more = rootOf(hosts()[0])?.querySelector('#more');
    expect(more?.querySelector('.models')?.textContent)
      .toBe('Names Opus 4.6 and Sonnet 4.6. Other models aren’t named as affected; switching model may help.');
    expect(more?.querySelector('.still-works')?.textContent).toBe('Claude Cowork is working.');
    // An incident that names no model, on a page where the incident names every other surface: neither line.
    await fakeExt.storage.local.set({ banner: toStoredBanner(decideBanner(null, stateFor('d-major-outage-multi-component', now), now, 'https://status.claude.com')) });
    await vi.waitFor(() => expect(text()).toContain('Service disruption on Claude services'));
    expect(rootOf(hosts()[0])?.querySelector('.models')).toBeNull();
    expect(text()).toContain('Claude for Government is working.');
  });

  it('ignores a corrupt stored value', async () => {
    store.banner = { version: 1, view: { kind: 'outage', title: 42 } };
    await inject();
    expect(hosts()).toHaveLength(0);
  });
});
