// The banner's styles, applied through a constructable stylesheet: a <style> element would be blocked on
// pages with a strict style-src CSP (Firefox applies page CSP to content-script-inserted styles).
// `:host` rules are !important so that they beat the page's own rules for the host element (for
// !important declarations, the shadow tree's context wins over the page's).
// Docking: below the app's top bar (its model selector, Share and menu live in the first 56 px), centred
// over the conversation, never over the sidebar at 1280 px; below 600 px it collapses to the headline and
// two buttons, the advice one press away (test/browser/chromium-banner-coverage.test.ts holds both).
export const BANNER_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset-block-start: 64px !important;
  inset-inline: 0 !important;
  margin-inline: auto !important;
  inline-size: min(560px, calc(100vw - 16px)) !important;
  z-index: 2147483647 !important;
  pointer-events: auto !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
}
.banner {
  box-sizing: border-box;
  display: flex; gap: 8px; align-items: flex-start;
  padding: 8px 8px 8px 12px;
  border-radius: 10px;
  border: 1px solid #B94A00;
  border-inline-start-width: 5px;
  background: #FFF4EC; color: #1F1F1F;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 2px 10px rgb(0 0 0 / 0.16);
  text-align: start;
}
.banner.major { border-color: #B3261E; background: #FCEEEE; }
.banner.maintenance { border-color: #1A56C4; background: #EEF3FD; }
.banner.recovered { border-color: #137333; background: #EDF7EF; }
/* Seen in this browser, not on the status page: the badge's own purple. */
.banner.local { border-color: #6A1B9A; background: #F6EEFA; }
.text { flex: 1; min-inline-size: 0; align-self: center; }
p { margin: 0; overflow-wrap: anywhere; }
.headline { font-weight: 700; }
.advice { margin-top: 1px; }
.more { margin-top: 6px; padding-top: 6px; border-top: 1px solid rgb(0 0 0 / 0.12); }
.more[hidden] { display: none; }
.more p { margin-bottom: 2px; }
.title { font-weight: 600; }
.meta { color: #3C4043; }
a { color: #0B57D0; }
button {
  flex: none; font: inherit; line-height: 1; block-size: 28px; border-radius: 6px;
  border: 1px solid transparent; background: transparent; color: inherit; cursor: pointer;
}
.toggle { padding: 0 8px; font-size: 12px; border-color: rgb(0 0 0 / 0.2); }
.close { inline-size: 28px; font-size: 18px; }
.actions { flex: none; display: grid; grid-template-columns: auto 28px; gap: 4px 8px; justify-items: end; }
/* "Tell me when it's back": a bell as small as the close button, under it; filled in once armed. */
.arm, .cancel { grid-column: 2; inline-size: 28px; display: grid; place-items: center; border-color: rgb(0 0 0 / 0.2); }
.cancel { background: #0B57D0; color: #FFFFFF; border-color: #0B57D0; }
button:hover { background: rgb(0 0 0 / 0.08); }
button:focus-visible, a:focus-visible { outline: 3px solid #0B57D0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .banner { background: #3A2417; color: #F1F3F4; }
  .banner.major { background: #3B1C1A; }
  .banner.maintenance { background: #17243B; }
  .banner.recovered { background: #16301E; }
  .banner.local { background: #2B1A33; }
  .more { border-top-color: rgb(255 255 255 / 0.16); }
  .meta { color: #C4C7C5; }
  a { color: #A8C7FA; }
  .arm { border-color: rgb(255 255 255 / 0.3); }
  .cancel { background: #A8C7FA; color: #062E6F; border-color: #A8C7FA; }
  .toggle { border-color: rgb(255 255 255 / 0.3); }
  button:hover { background: rgb(255 255 255 / 0.12); }
  button:focus-visible, a:focus-visible { outline-color: #A8C7FA; }
}
@media (max-width: 599px) {
  .banner { padding: 6px 6px 6px 10px; align-items: center; }
  /* Collapsed: the headline only; the advice opens with the details. */
  .banner:not(.open) .advice, .banner:not(.open) .arm, .banner:not(.open) .cancel { display: none; }
  /* Open: the two buttons on a line of their own, the text below them at full width. */
  .banner.open { flex-wrap: wrap; justify-content: flex-end; row-gap: 2px; }
  .banner.open .text { order: 1; flex-basis: 100%; }
  .headline { font-size: 13px; line-height: 1.25; }
}
@media (forced-colors: active) {
  .banner { border: 2px solid CanvasText; }
  button { border-color: ButtonText; }
}
@media (prefers-reduced-motion: no-preference) {
  .banner { animation: enter 180ms ease-out; }
  @keyframes enter { from { transform: translateY(-8px); opacity: 0; } }
}
/* The log-out guard's question (guard-prompt.ts): below the banner, or alone when it was dismissed. */
.guard {
  margin-top: 6px; padding: 10px 12px; border-radius: 10px; border: 2px solid #B3261E;
  background: #FFF; color: #1F1F1F; font: 600 13px/1.4 system-ui, sans-serif; box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
}
.choices { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 8px; }
.choices button { padding: 0 12px; border-color: currentColor; }
@media (prefers-color-scheme: dark) {
  .guard { background: #202124; color: #F1F3F4; border-color: #F2B8B5; }
}
`;
