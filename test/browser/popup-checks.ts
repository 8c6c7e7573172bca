// What a picture of the popup shows, measured in the page: lines are read from the layout (a Range per
// character gives each its line box), not from the markup, so a phrase broken by wrapping is seen as a
// person sees it.

export interface PopupReport {
  /** Names, statuses and incident meta parts laid out on more than one line. */
  broken: string[];
  /** Rows whose name and status sit side by side on different baselines (more than 1 px apart). */
  misaligned: string[];
  /** Lines whose first visible character is a separator ("·"). */
  separatorStarts: string[];
  /** Headings or sections with nothing under them. */
  empty: string[];
  /** The hero card's tone class (`tone-partial` → `partial`), or null. */
  tone: string | null;
  /** The advice line's text, '' when there is none. */
  advice: string;
  /** The page's full height: more than the popup's 600 px means a scrollbar. */
  scroll: number;
}

/** Evaluated in the popup page; returns a PopupReport. */
export const POPUP_CHECKS = `(() => {
  const lines = (el) => {
    const tops = new Set();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) {
        if (/\\s/.test(n.data[i])) continue;
        range.setStart(n, i); range.setEnd(n, i + 1);
        const r = range.getBoundingClientRect();
        if (r.height > 0) tops.add(Math.round(r.top));
      }
    }
    return tops.size;
  };
  const broken = [...document.querySelectorAll('.surfaces .name, .surfaces .status, .incident .meta span')]
    .filter((el) => lines(el) > 1).map((el) => el.textContent);
  // Same font size, so on one baseline their text boxes end at the same height.
  const textBox = (el) => {
    const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (!n.data.trim()) continue;
      const r = document.createRange(); r.selectNodeContents(n); return r.getClientRects()[0];
    }
    return undefined;
  };
  const misaligned = [...document.querySelectorAll('.surfaces li')].filter((li) => {
    const a = textBox(li.querySelector('.name')); const b = textBox(li.querySelector('.status'));
    return a && b && Math.abs(a.top - b.top) < a.height / 2 && Math.abs(a.bottom - b.bottom) > 1;
  }).map((li) => li.textContent);
  // Every visible character of the page in layout order, grouped by line box.
  const starts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let lastTop = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (let i = 0; i < n.data.length; i++) {
      if (/\\s/.test(n.data[i])) continue;
      range.setStart(n, i); range.setEnd(n, i + 1);
      const r = range.getBoundingClientRect();
      if (r.height === 0) continue;
      const top = Math.round(r.top);
      if (lastTop === null || Math.abs(top - lastTop) > r.height / 2) {
        if (/[·•|]/.test(n.data[i])) starts.push(n.data.slice(i, i + 30));
      }
      lastTop = top;
    }
  }
  // Generated separators too: an element whose ::before is a separator, placed first on its line.
  for (const el of document.querySelectorAll('body *')) {
    const before = getComputedStyle(el, '::before').content;
    if (!/[·•|]/.test(before) || !el.previousElementSibling || !el.parentElement) continue;
    const first = el.getClientRects()[0];
    const box = el.parentElement.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(el.parentElement).paddingLeft) || 0;
    if (first && Math.abs(first.left - (box.left + padding)) < 2) starts.push(before + ' ' + el.textContent);
  }
  const empty = [...document.querySelectorAll('section, h2')].filter((el) => el.tagName === 'H2'
    ? !(el.nextElementSibling && el.nextElementSibling.textContent.trim())
    : ![...el.children].some((c) => c.tagName !== 'H2' && c.textContent.trim())).map((el) => el.getAttribute('aria-label') || el.textContent);
  const card = document.querySelector('.verdict');
  const tone = card ? ([...card.classList].find((c) => c.startsWith('tone-')) || '').slice(5) || null : null;
  return { broken, misaligned, separatorStarts: starts, empty, tone, advice: document.querySelector('.verdict .advice')?.textContent ?? '',
    scroll: document.documentElement.scrollHeight };
})()`;
