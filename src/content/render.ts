import type { BannerView } from '../core/banner';
import type { I18n } from '../core/i18n';
import { stageWord } from '../core/stage-words';
import { statusWord } from '../core/words';
import { formatTime, timeAndAgo } from '../shared/format-time';

type Visible = Exclude<BannerView, { kind: 'hidden' }>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  // Text from the status page only ever goes in as text.
  if (text !== undefined) node.textContent = text;
  return node;
}

function lines(i18n: I18n, view: Visible, now: number): HTMLElement[] {
  const { t } = i18n;
  if (view.kind === 'recovered') {
    return [el('p', 'headline', t('bannerRecoveredHeadline')), el('p', 'meta', t('bannerRecoveredAdvice'))];
  }
  if (view.kind === 'local') {
    const since = timeAndAgo(i18n, view.since, now);
    return [
      el('p', 'headline', t('verdictLocal')), el('p', 'meta', t(view.document ? 'bannerDocumentNote' : 'bannerLocalNote')),
      el('p', 'meta', since ? t('sinceTime', [since]) : ''), el('p', 'advice', t('bannerOutageAdvice')),
    ];
  }
  const out: HTMLElement[] = [];
  if (view.kind === 'outage') {
    const since = timeAndAgo(i18n, view.since, now);
    const meta = [view.stage ? stageWord(i18n, view.stage) : null, since ? t('sinceTime', [since]) : null];
    // Without an incident, the component's own status stands in for the title.
    const title = view.title || t('surfaceLine', ['claude.ai', statusWord(i18n, view.status)]);
    out.push(el('p', 'headline', t('verdictDown')), el('p', 'title', title));
    out.push(el('p', 'meta', meta.filter(Boolean).join(' · ')), el('p', 'advice', t('bannerOutageAdvice')));
  } else {
    const until = view.until === null ? NaN : Date.parse(view.until);
    out.push(el('p', 'headline', t('verdictMaintenance')));
    if (view.title) out.push(el('p', 'title', view.title));
    if (!Number.isNaN(until)) out.push(el('p', 'meta', t('untilTime', [formatTime(until, now, i18n.locale)])));
    out.push(el('p', 'advice', t('bannerMaintenanceAdvice')));
  }
  if (view.update) out.push(el('p', 'meta update', t('bannerLatest', [view.update])));
  return out;
}

/** Builds the banner's content for a view; `onDismiss` runs on the button and on Escape. */
export function renderBanner(i18n: I18n, view: Visible, now: number, onDismiss: () => void): HTMLElement {
  const major = view.kind === 'outage' && view.major;
  const root = el('div', `banner ${view.kind}${major ? ' major' : ''}`);
  // A major outage interrupts (alert); everything else waits its turn (status).
  root.setAttribute('role', major ? 'alert' : 'status');
  const text = el('div', 'text');
  text.append(...lines(i18n, view, now));
  const link = el('a', 'details', i18n.t('bannerDetails'));
  link.href = view.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  text.append(link);
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', i18n.t('bannerDismiss'));
  // Only the person can dismiss: a page script's click() or synthetic key event is not trusted (#16).
  close.addEventListener('click', (e) => {
    if (e.isTrusted) onDismiss();
  });
  root.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape') onDismiss();
  });
  root.append(text, close);
  return root;
}
