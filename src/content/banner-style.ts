// The banner's styles, applied through a constructable stylesheet: a <style> element would be blocked on
// pages with a strict style-src CSP (Firefox applies page CSP to content-script-inserted styles).
// `:host` rules are !important so that they beat the page's own rules for the host element (for
// !important declarations, the shadow tree's context wins over the page's).
export const BANNER_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset-block-start: 12px !important;
  inset-inline: 0 !important;
  margin-inline: auto !important;
  inline-size: min(640px, calc(100vw - 24px)) !important;
  z-index: 2147483647 !important;
  pointer-events: auto !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
}
.banner {
  box-sizing: border-box;
  display: flex; gap: 12px; align-items: flex-start;
  padding: 12px 14px;
  border-radius: 10px;
  border: 1px solid #B94A00;
  border-inline-start-width: 6px;
  background: #FFF4EC; color: #1F1F1F;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  text-align: start;
}
.banner.major { border-color: #B3261E; background: #FCEEEE; }
.banner.maintenance { border-color: #1A56C4; background: #EEF3FD; }
.banner.recovered { border-color: #137333; background: #EDF7EF; }
/* Seen in this browser, not on the status page: the badge's own purple. */
.banner.local { border-color: #6A1B9A; background: #F6EEFA; }
.text { flex: 1; min-inline-size: 0; }
p { margin: 0 0 4px; overflow-wrap: anywhere; }
.headline { font-weight: 700; }
.meta { color: #3C4043; }
.advice { font-weight: 600; }
a { color: #0B57D0; }
button {
  flex: none; font: inherit; font-size: 18px; line-height: 1;
  inline-size: 32px; block-size: 32px; border-radius: 6px;
  border: 1px solid transparent; background: transparent; color: inherit; cursor: pointer;
}
button:hover { background: rgb(0 0 0 / 0.08); }
button:focus-visible, a:focus-visible { outline: 3px solid #0B57D0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .banner { background: #3A2417; color: #F1F3F4; }
  .banner.major { background: #3B1C1A; }
  .banner.maintenance { background: #17243B; }
  .banner.recovered { background: #16301E; }
  .banner.local { background: #2B1A33; }
  .meta { color: #C4C7C5; }
  a { color: #A8C7FA; }
  button:hover { background: rgb(255 255 255 / 0.12); }
  button:focus-visible, a:focus-visible { outline-color: #A8C7FA; }
}
@media (prefers-reduced-motion: no-preference) {
  .banner { animation: enter 180ms ease-out; }
  @keyframes enter { from { transform: translateY(-8px); opacity: 0; } }
}
`;
