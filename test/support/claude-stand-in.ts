// The one stand-in for claude.ai, for the browser suites, the demo and the store pictures: a neutral,
// plausible chat layout of our own (not a copy of claude.ai's design or logo) with the controls a banner
// could cover: a sidebar (New chat, recent chats), a top bar (menu, model selector, Share), a conversation
// with its message actions, and a composer (the message box, attach, send), and an account menu at the
// foot of the sidebar (a button opening a [role=menu]; its "Log out" goes to /logout), which acts on Enter
// and Space itself and click()s the item, as Radix-style menus do. Below 768 px the sidebar folds into the
// menu button, as chat apps do on phones.

/** Controls a banner must not cover while collapsed, by CSS selector (the coverage suite checks each). */
export const STAND_IN_CONTROLS = 'button, a[href], textarea, input, [tabindex]:not([tabindex="-1"])';

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #26251f; background: #faf9f6; }
button { font: inherit; color: inherit; cursor: pointer; }
.app { display: grid; grid-template-columns: 260px 1fr; height: 100vh; }
.sidebar { background: #f0eee8; border-right: 1px solid #e3e0d8; padding: 14px 12px; display: flex; flex-direction: column; gap: 10px; overflow: hidden; }
.workspace { font-weight: 650; font-size: 15px; padding: 4px 8px; }
.new-chat { text-align: start; border: 1px solid #d6d2c7; background: #fff; border-radius: 10px; padding: 8px 12px; font-weight: 600; }
.sidebar h2 { font-size: 12px; color: #6b675c; margin: 8px 8px 0; font-weight: 600; }
.sidebar ul { list-style: none; margin: 0; padding: 0; }
.sidebar a { display: block; padding: 6px 8px; border-radius: 8px; color: inherit; text-decoration: none; font-size: 14px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sidebar a[aria-current] { background: #e4e1d8; }
.sidebar ul { flex: 1; }
.account { text-align: start; border: 0; background: transparent; border-radius: 8px; padding: 8px; }
.account-menu { position: fixed; bottom: 60px; left: 12px; width: 220px; background: #fff; border: 1px solid #d6d2c7; border-radius: 10px; padding: 4px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.12); }
.account-menu [role=menuitem] { padding: 6px 10px; border-radius: 6px; cursor: pointer; }
.account-menu [role=menuitem]:focus { background: #ece9e1; outline: none; }
.main { display: grid; grid-template-rows: 56px 1fr auto; min-width: 0; height: 100vh; }
.topbar { display: flex; align-items: center; gap: 8px; padding: 0 16px; border-bottom: 1px solid #ebe8e1; background: #faf9f6; }
.topbar button { border: 1px solid transparent; background: transparent; border-radius: 8px; padding: 6px 10px; }
.menu { display: none; }
.model { font-weight: 600; }
.title { flex: 1; min-width: 0; color: #6b675c; font-size: 14px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.share { border-color: #d6d2c7 !important; background: #fff !important; }
.conversation { overflow: auto; padding: 28px 16px 16px; }
.thread { max-width: 720px; margin: 0 auto; display: flex; flex-direction: column; gap: 16px; }
.you { align-self: flex-end; max-width: 80%; background: #ece9e1; border-radius: 16px; padding: 10px 14px; }
.reply p { margin: 0 0 10px; }
.actions { display: flex; gap: 4px; }
.actions button { border: 1px solid #e0ddd4; background: #fff; border-radius: 8px; padding: 3px 10px; font-size: 13px; color: #4d4a41; }
.composer { padding: 10px 16px 18px; }
.box { max-width: 720px; margin: 0 auto; background: #fff; border: 1px solid #d6d2c7; border-radius: 18px; padding: 10px 12px; box-shadow: 0 1px 6px rgb(0 0 0 / 0.05); }
.box textarea { width: 100%; height: 48px; border: 0; resize: none; font: inherit; background: transparent; outline-offset: 4px; }
.row { display: flex; justify-content: space-between; align-items: center; }
.row button { border: 1px solid #e0ddd4; background: #fff; border-radius: 10px; padding: 4px 12px; }
.row .send { background: #3d3a33; color: #fff; border-color: #3d3a33; }
@media (max-width: 767px) {
  .app { grid-template-columns: 1fr; }
  .sidebar { display: none; }
  .menu { display: inline-block; }
  .title { display: none; }
  .topbar { justify-content: space-between; }
}
`;

/** The account menu: opens on a click or ArrowDown, moves with the arrows, closes on Escape or a press outside. */
const MENU_SCRIPT = `
const account = document.querySelector('.account');
const menu = document.getElementById('account-menu');
const items = [...menu.querySelectorAll('[role=menuitem]')];
const open = (first) => { menu.hidden = false; account.setAttribute('aria-expanded', 'true'); if (first) items[0].focus(); };
const close = () => { menu.hidden = true; account.setAttribute('aria-expanded', 'false'); };
account.addEventListener('click', () => (menu.hidden ? open(false) : close()));
account.addEventListener('keydown', (e) => { if (e.key === 'ArrowDown') { e.preventDefault(); open(true); } });
menu.addEventListener('keydown', (e) => {
  const i = items.indexOf(document.activeElement);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length].focus();
  } else if (e.key === 'Escape') { close(); account.focus(); }
  else if ((e.key === 'Enter' || e.key === ' ') && i >= 0) { e.preventDefault(); items[i].click(); }
});
for (const item of items) item.addEventListener('click', () => {
  close();
  if (item.classList.contains('logout')) location.href = '/logout';
});
document.addEventListener('pointerdown', (e) => { if (!menu.hidden && !menu.contains(e.target) && e.target !== account) close(); });
`;

const CHATS = ['Sourdough schedule for the weekend', 'Refactor the invoice parser', 'Lisbon in four days', 'Quarterly report outline', 'Regex for ISO dates'];

/** The page's HTML; `extra` is appended to the body (the hostile page's script). */
export function standInHtml(extra = ''): string {
  const chats = CHATS.map((c, n) => `<li><a href="/chat/${n}"${n === 0 ? ' aria-current="page"' : ''}>${c}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Sourdough schedule for the weekend</title><style>${CSS}</style></head><body>
<div class="app">
  <nav class="sidebar" aria-label="Chats"><div class="workspace">Workspace</div>
    <button type="button" class="new-chat">New chat</button><h2>Recent</h2><ul>${chats}</ul>
    <button type="button" class="account" aria-haspopup="menu" aria-expanded="false" aria-controls="account-menu">Sam · Pro plan</button>
    <div role="menu" id="account-menu" class="account-menu" aria-label="Account" hidden>
      <div role="menuitem" tabindex="-1">Settings</div><div role="menuitem" tabindex="-1">Get help</div>
      <div role="menuitem" tabindex="-1" class="logout">Log out</div></div></nav>
  <div class="main">
    <header class="topbar"><button type="button" class="menu" aria-label="Open menu">☰</button>
      <button type="button" class="model" aria-haspopup="listbox">Model: Balanced ▾</button>
      <span class="title">Sourdough schedule for the weekend</span>
      <button type="button" class="share">Share</button></header>
    <main class="conversation" id="app"><div class="thread">
      <div class="you">Can you plan a sourdough bake so the loaf is ready by Sunday lunch?</div>
      <div class="reply font-claude-response"><p>Sure. Work back from Sunday noon: bake at 10:00, shape and cold-proof on Saturday evening, mix the dough Saturday afternoon.</p>
        <p>Feed the starter on Saturday morning so it peaks around 14:00; if your kitchen is cool, give it an extra hour.</p>
        <div class="actions"><button type="button">Copy</button><button type="button">Retry</button></div></div>
    </div></main>
    <div class="composer"><div class="box">
      <textarea id="prompt" aria-label="Message Claude" placeholder="Reply…"></textarea>
      <div class="row"><button type="button" aria-label="Add files">+</button><button type="button" class="send">Send</button></div>
    </div></div>
  </div>
</div><script>${MENU_SCRIPT}</script>${extra}</body></html>`;
}
