// The claude.ai script: the banner, and what the page's own requests say. When all is well it reads one
// stored value and sends only "claude.ai is in use"; it accepts nothing from the page, and the only thing
// it adds to the page is one host element, when there is something to show.
import '../shared/replay-clock'; // first: the demo's build runs on the outage's own clock (inert elsewhere)
import {
  BANNER_KEY, type BannerView, DISMISSAL_KEY, dismissalFor, documentFailureView, isDismissed, isLive,
} from '../core/banner';
import { BACK_ALERT_KEY, isWaitingRaw } from '../core/back-alert';
import { isSignalUp, LOCAL_SIGNAL_KEY } from '../core/sensing/local-signal';
import { troubleKey } from '../core/trouble';
import { readRaw } from '../shared/storage-io';
import { BANNER, DISMISSAL } from '../shared/banner-items';
import type { OutcomeCounts } from '../core/sensing/page-outcome';
import { readSwitches, SETTINGS_KEY } from '../core/settings';
import { bannerI18n, ext } from './ext';
import { focusGuard, guardPrompt, readGuard, startGuard } from './guard';
import { configureHost, hideHost, resetReattachLimit, showHost } from './host';
import { renderBanner } from './render';
import { startSensing } from './sense';

declare const __STATUS_ORIGIN__: string;

const MARK = Symbol.for('claude-status-notifier.banner');

let timer: ReturnType<typeof setTimeout> | undefined;
/** When this page itself came back as a server error or a 429 page (ms), or null. */
let documentFailedAt: number | null = null;
let documentRate = false;
let stored: BannerView = { kind: 'hidden', wasAffected: false };
/** Whether the background's local signal is up, read with the banner: then this page's successes are news. */
let signalUp = false;
/** Whether "tell me when it's back" is armed and waiting: then too this page's successes are news. */
let backArmed = false;

/**
 * Whether this page's successes are worth sending: claude.ai is in trouble as far as the background knows
 * (an outage, a maintenance or a signal), or someone waits to hear that it works again.
 */
const inTrouble = (): boolean => signalUp || backArmed || (stored.kind !== 'hidden' && stored.kind !== 'recovered') || (stored.kind === 'hidden' && stored.wasAffected);

const askBack = (arm: boolean): void => void ext?.runtime.sendMessage({ type: 'back-alert', arm }).catch(() => undefined);

/**
 * What to show: the background's word about an outage first (the status page's, or its local signal);
 * otherwise a page that is itself a server error shows the local advice at once, without waiting for the
 * background to confirm that the status page answers (even over an earlier "recovered").
 */
function effective(view: BannerView, now: number): BannerView {
  const outage = view.kind !== 'hidden' && view.kind !== 'recovered' && isLive(view, now);
  if (documentFailedAt === null || outage) return view;
  return documentFailureView(documentFailedAt, __STATUS_ORIGIN__, documentRate);
}

async function show(view: BannerView): Promise<void> {
  clearTimeout(timer);
  const now = Date.now();
  const current = effective(view, now);
  if (!isLive(current, now)) {
    guardPrompt(current, now);
    hideHost();
    return;
  }
  const [got] = await Promise.all([ext?.storage.local.get(DISMISSAL.key), readGuard(current, now)]);
  const dismissed = isDismissed(current, readRaw(DISMISSAL, got?.[DISMISSAL.key]));
  // A held log-out is asked about even when the banner itself was dismissed: the guard is the point.
  const prompt = guardPrompt(current, now);
  if (current.kind === 'hidden' || (dismissed && !prompt)) {
    hideHost();
    return;
  }
  const shadow = showHost();
  const dismiss = (): void => {
    const hadFocus = shadow.activeElement !== null;
    hideHost();
    if (hadFocus) returnFocus();
    // This script is the dismissal's one writer (docs/ARCHITECTURE.md, "Stored items").
    // Through its declaration, without storage-io's general writer (this script stays small).
    void ext?.storage.local.set({ [DISMISSAL.key]: DISMISSAL.toStored(dismissalFor(current)) });
  };
  watchFocus(shadow);
  // A redraw (each minute, or on news) keeps what the person had: the details open, the focus where it was.
  const open = shadow.querySelector('.toggle')?.getAttribute('aria-expanded') === 'true';
  const focused = (shadow.activeElement as HTMLElement | null)?.className.split(' ')[0];
  const back = { offer: troubleKey(current, now) !== null, armed: backArmed, ask: askBack };
  if (ext) shadow.replaceChildren(...(dismissed ? [] : [renderBanner(bannerI18n(ext), current, now, dismiss, open, back)]), ...(prompt ? [prompt] : []));
  // Arming replaces its button with Cancel (and back): focus follows to the control that took its place.
  const swapped = focused === 'arm' ? 'cancel' : focused === 'cancel' ? 'arm' : focused;
  if (focused) (shadow.querySelector<HTMLElement>(`.${focused}`) ?? shadow.querySelector<HTMLElement>(`.${swapped ?? ''}`))?.focus();
  focusGuard(shadow);
  // Refresh the durations each minute, and take the banner down when its data or message expires.
  const expiry = current.kind === 'recovered' ? current.shownUntil : current.validUntil;
  timer = setTimeout(() => void show(stored), Math.max(0, Math.min(60_000, expiry - now + 1)));
}

/** Where focus was before it entered the banner: it goes back there when the banner is dismissed. */
let cameFrom: HTMLElement | null = null;
const watched = new WeakSet<ShadowRoot>();

function watchFocus(shadow: ShadowRoot): void {
  if (watched.has(shadow)) return;
  watched.add(shadow);
  shadow.host.addEventListener('focusin', (e) => {
    const from = (e as FocusEvent).relatedTarget;
    if (from instanceof HTMLElement && from !== shadow.host) cameFrom = from;
  });
}

/** After a dismissal from the keyboard: back where the person came from, else the page's first control. */
function returnFocus(): void {
  // The message box first (querySelector with a list would take whichever comes first in the page, such
  // as a sidebar's "New chat"), then any control.
  const target = cameFrom?.isConnected ? cameFrom
    : document.querySelector<HTMLElement>('textarea, [contenteditable="true"]') ?? document.querySelector<HTMLElement>('input:not([type="hidden"]), button, a[href]');
  target?.focus();
}

const ACTIVE_EVERY_MS = 60_000;
let lastActive = 0;

/**
 * Tells the background that claude.ai is in use (visible), at most once a minute, so that checks run
 * every minute while someone may be affected. The message carries nothing from the page.
 */
function sayActive(): void {
  const now = Date.now();
  if (document.visibilityState !== 'visible' || now - lastActive < ACTIVE_EVERY_MS) return;
  lastActive = now;
  void ext?.runtime.sendMessage({ type: 'claude-active' }).catch(() => undefined);
}

/** Reads the person's choices only when there is something to decide: never while all is well. */
const switches = async () => readSwitches((await ext?.storage.sync.get(SETTINGS_KEY))?.[SETTINGS_KEY]);

function report(counts: OutcomeCounts): void {
  void switches().then(({ sensing }) => {
    if (sensing) void ext?.runtime.sendMessage({ type: 'claude-outcomes', counts }).catch(() => undefined);
  });
}

async function start(): Promise<void> {
  if (!ext) return;
  // After an extension update this script is orphaned: its runtime has no id any more (Chrome, Firefox).
  configureHost({ alive: () => Boolean(ext?.runtime.id) });
  startGuard((now) => effective(stored, now), () => void show(stored));
  sayActive();
  document.addEventListener('visibilitychange', sayActive);
  // A tab that stays visible is still in use: say so each minute, not only on load and on visibility changes.
  setInterval(sayActive, ACTIVE_EVERY_MS);
  const api = ext.storage;
  api.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (LOCAL_SIGNAL_KEY in changes) signalUp = isSignalUp(changes[LOCAL_SIGNAL_KEY]?.newValue);
    if (BACK_ALERT_KEY in changes) backArmed = isWaitingRaw(changes[BACK_ALERT_KEY]?.newValue, Date.now());
    if (!(BANNER_KEY in changes || DISMISSAL_KEY in changes || BACK_ALERT_KEY in changes)) return;
    void api.local.get(BANNER_KEY).then((got) => {
      const next = readRaw(BANNER, got[BANNER_KEY]);
      if (BANNER_KEY in changes) resetReattachLimit();
      stored = next;
      return show(next);
    });
  });
  // One read for all three; the signal is only glanced at (isSignalUp), which keeps this script small.
  const got = await api.local.get([BANNER_KEY, LOCAL_SIGNAL_KEY, BACK_ALERT_KEY]);
  stored = readRaw(BANNER, got[BANNER_KEY]);
  signalUp = isSignalUp(got[LOCAL_SIGNAL_KEY]);
  backArmed = isWaitingRaw(got[BACK_ALERT_KEY], Date.now());
  // After the first read: a freshly loaded page during an episode reports its successes at once.
  startSensing({
    report,
    inTrouble,
    documentFailed: (rate) => {
      void switches().then(({ sensing, bannerEnabled }) => {
        if (!sensing || !bannerEnabled) return;
        documentFailedAt = Date.now();
        documentRate = rate;
        return show(stored);
      });
    },
  });
  await show(stored);
}

// One script per page, even if injected twice.
const g = globalThis as unknown as Record<symbol, boolean>;
if (!g[MARK]) {
  g[MARK] = true;
  void start();
}
