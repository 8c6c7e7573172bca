import type { BannerView } from '../core/banner';
import { BANNER_WORDS, STAGE_WORDS } from '../core/banner-words';
import { formatTime, timeAndAgo } from '../shared/format-time';

type Visible = Exclude<BannerView, { kind: 'hidden' }>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  // Text from the status page only ever goes in as text.
  if (text !== undefined) node.textContent = text;
  return node;
}

function lines(view: Visible, now: number): HTMLElement[] {
  if (view.kind === 'recovered') {
    return [el('p', 'headline', BANNER_WORDS.recoveredHeadline), el('p', 'meta', BANNER_WORDS.recoveredAdvice)];
  }
  if (view.kind === 'local') {
    const since = timeAndAgo(new Date(view.since).toISOString(), now);
    return [
      el('p', 'headline', BANNER_WORDS.localHeadline), el('p', 'meta', BANNER_WORDS.localNote),
      el('p', 'meta', since ? `${BANNER_WORDS.since} ${since}` : ''), el('p', 'advice', BANNER_WORDS.outageAdvice),
    ];
  }
  const out: HTMLElement[] = [];
  if (view.kind === 'outage') {
    const since = timeAndAgo(view.since, now);
    const meta = [view.stage ? STAGE_WORDS[view.stage] : null, since ? `${BANNER_WORDS.since} ${since}` : null];
    out.push(el('p', 'headline', BANNER_WORDS.outageHeadline), el('p', 'title', view.title));
    out.push(el('p', 'meta', meta.filter(Boolean).join(' · ')), el('p', 'advice', BANNER_WORDS.outageAdvice));
  } else {
    const until = view.until === null ? NaN : Date.parse(view.until);
    out.push(el('p', 'headline', BANNER_WORDS.maintenanceHeadline), el('p', 'title', view.title));
    if (!Number.isNaN(until)) out.push(el('p', 'meta', `${BANNER_WORDS.until} ${formatTime(until, now)}`));
    out.push(el('p', 'advice', BANNER_WORDS.maintenanceAdvice));
  }
  if (view.update) out.push(el('p', 'meta update', `${BANNER_WORDS.latest} ${view.update}`));
  return out;
}

/** Builds the banner's content for a view; `onDismiss` runs on the button and on Escape. */
export function renderBanner(view: Visible, now: number, onDismiss: () => void): HTMLElement {
  const major = view.kind === 'outage' && view.major;
  const root = el('div', `banner ${view.kind}${major ? ' major' : ''}`);
  // A major outage interrupts (alert); everything else waits its turn (status).
  root.setAttribute('role', major ? 'alert' : 'status');
  const text = el('div', 'text');
  text.append(...lines(view, now));
  const link = el('a', 'details', BANNER_WORDS.details);
  link.href = view.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  text.append(link);
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', BANNER_WORDS.dismiss);
  close.addEventListener('click', onDismiss);
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onDismiss();
  });
  root.append(text, close);
  return root;
}
