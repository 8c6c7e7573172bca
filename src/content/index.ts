// The claude.ai banner. When all is well this reads one stored value and does nothing else. It sends
// nothing to the page and accepts nothing from it; the only thing it adds to the page is one host element.
import {
  BANNER_KEY, type BannerView, DISMISSAL_KEY, dismissalFor, isDismissed, isLive, readBanner, readDismissal,
} from '../core/banner';
import { BANNER_CSS } from './banner-style';
import { bannerI18n, ext } from './ext';
import { renderBanner } from './render';

const HOST_TAG = 'claude-status-banner';
const MARK = Symbol.for('claude-status-notifier.banner');

let sheet: CSSStyleSheet | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function removeHost(): void {
  for (const old of document.querySelectorAll(HOST_TAG)) old.remove();
}

/** The one host element; reused if present (a second injection must not add another). */
function host(): ShadowRoot {
  const found = document.querySelector(HOST_TAG);
  if (found?.shadowRoot) return found.shadowRoot;
  removeHost();
  const element = document.createElement(HOST_TAG);
  const shadow = element.attachShadow({ mode: 'open' });
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(BANNER_CSS);
  shadow.adoptedStyleSheets = [sheet];
  (document.body ?? document.documentElement).append(element);
  return shadow;
}

async function show(view: BannerView): Promise<void> {
  clearTimeout(timer);
  const now = Date.now();
  if (!isLive(view, now)) {
    removeHost();
    return;
  }
  const dismissal = readDismissal((await ext?.storage.local.get(DISMISSAL_KEY))?.[DISMISSAL_KEY]);
  if (view.kind === 'hidden' || isDismissed(view, dismissal)) {
    removeHost();
    return;
  }
  const dismiss = (): void => {
    removeHost();
    void ext?.storage.local.set({ [DISMISSAL_KEY]: dismissalFor(view) });
  };
  const shadow = host();
  const hadFocus = shadow.activeElement !== null;
  if (ext) shadow.replaceChildren(renderBanner(bannerI18n(ext), view, now, dismiss));
  if (hadFocus) shadow.querySelector('button')?.focus();
  // Refresh the durations each minute, and take the banner down when its data or message expires.
  const expiry = view.kind === 'recovered' ? view.shownUntil : view.validUntil;
  timer = setTimeout(() => void show(view), Math.max(0, Math.min(60_000, expiry - now + 1)));
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

async function start(): Promise<void> {
  if (!ext) return;
  sayActive();
  document.addEventListener('visibilitychange', sayActive);
  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(BANNER_KEY in changes || DISMISSAL_KEY in changes)) return;
    void ext?.storage.local.get(BANNER_KEY).then((got) => show(readBanner(got[BANNER_KEY])));
  });
  await show(readBanner((await ext.storage.local.get(BANNER_KEY))[BANNER_KEY]));
}

// One banner script per page, even if injected twice.
const g = globalThis as unknown as Record<symbol, boolean>;
if (!g[MARK]) {
  g[MARK] = true;
  void start();
}
