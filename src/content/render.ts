import type { BannerView } from '../core/banner';
import { bannerWords, localNote } from '../core/banner-words';
import type { I18n } from '../core/i18n';
import { modelsWords, stillWorksWords } from '../core/named-words';
import { stageWord } from '../core/stage-words';
import { statusWord } from '../core/words';
import { formatTime, timeAndAgo } from '../shared/format-time';
import { backControl, type BackState } from './back-control';

type Visible = Exclude<BannerView, { kind: 'hidden' }>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  // Text from the status page only ever goes in as text.
  if (text !== undefined) node.textContent = text;
  return node;
}


/** What "Details" opens: what is wrong, since when, the latest word, and where to read more. */
function details(i18n: I18n, view: Visible, now: number): HTMLElement[] {
  const { t } = i18n;
  const out: HTMLElement[] = [];
  if (view.kind === 'local') {
    const since = timeAndAgo(i18n, view.since, now);
    out.push(el('p', 'meta', [localNote(i18n, view), since ? t('sinceSentence', [since]) : ''].filter(Boolean).join(' ')));
  } else if (view.kind === 'outage') {
    const since = timeAndAgo(i18n, view.since, now);
    // Without an incident, the component's own status stands in for the title.
    out.push(el('p', 'title', view.title || t('surfaceLine', ['claude.ai', statusWord(i18n, view.status)])));
    out.push(el('p', 'meta', [view.stage ? stageWord(i18n, view.stage) : null, since ? t('sinceTime', [since]) : null].filter(Boolean).join(' · ')));
  } else if (view.kind === 'maintenance') {
    const until = view.until === null ? NaN : Date.parse(view.until);
    if (view.title) out.push(el('p', 'title', view.title));
    if (!Number.isNaN(until)) out.push(el('p', 'meta', t('untilTime', [formatTime(until, now, i18n.locale)])));
  }
  const models = view.kind === 'outage' ? modelsWords(i18n, view.models) : null;
  if (models) out.push(el('p', 'meta models', models));
  if ((view.kind === 'outage' || view.kind === 'maintenance') && view.update) out.push(el('p', 'meta update', t('bannerLatest', [view.update])));
  const works = view.kind === 'recovered' ? null : stillWorksWords(i18n, view.stillWorks ?? []);
  if (works) out.push(el('p', 'meta still-works', works));
  const link = el('a', 'link', i18n.t('bannerDetails'));
  link.href = view.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  out.push(link);
  return out;
}

/**
 * Builds the banner: compact (the verdict and the advice; below 600 px the verdict alone), the rest on demand.
 * `onDismiss` runs on the close button and on Escape, only for a person's own input (isTrusted): a page
 * script's click() or synthetic key press cannot dismiss it.
 */
export function renderBanner(
  i18n: I18n, view: Visible, now: number, onDismiss: () => void, open = false, back: BackState | null = null,
): HTMLElement {
  const major = view.kind === 'outage' && view.major;
  const root = el('div', `banner ${view.kind}${major ? ' major' : ''}${open ? ' open' : ''}`);
  // A major outage interrupts (alert); everything else waits its turn (status).
  root.setAttribute('role', major ? 'alert' : 'status');
  const [headline, advice] = bannerWords(i18n, view);
  const text = el('div', 'text');
  const more = el('div', 'more');
  more.id = 'more';
  more.hidden = !open;
  more.append(...details(i18n, view, now));
  text.append(el('p', 'headline', headline), el('p', 'advice', advice), more);
  const toggle = el('button', 'toggle', i18n.t(open ? 'bannerLess' : 'bannerMore'));
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', String(open));
  toggle.setAttribute('aria-controls', 'more');
  toggle.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    more.hidden = !more.hidden;
    toggle.setAttribute('aria-expanded', String(!more.hidden));
    toggle.textContent = i18n.t(more.hidden ? 'bannerMore' : 'bannerLess');
    root.classList.toggle('open', !more.hidden);
  });
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', i18n.t('bannerDismiss'));
  close.addEventListener('click', (e) => {
    if (e.isTrusted) onDismiss();
  });
  root.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape') onDismiss();
  });
  // Details and close on the first row, the bell under close: the text keeps its width, the banner its height.
  const actions = el('div', 'actions');
  const control = back && backControl(i18n, back);
  actions.append(toggle, close, ...(control ? [control] : []));
  root.append(text, actions);
  return root;
}
