// A stand-in claude.ai that behaves like the web app at the HTTP level (CLAUDE-AI-TRAFFIC.md): a load burst
// (bootstrap, organizations, profile, feature settings, conversation list, session), then, while open, the
// conversation list refreshed, event-logging batches, a streamed completion with the conversation re-read,
// a settings sync; failing boot calls retried with backoff; the boot calls again when the tab comes back into
// view. Timings are compressed (seconds, not minutes) so a suite sees minutes of use in seconds. What each
// call answers is decided by the test's `AppServer`, shared by the Chromium and Firefox suites.

export const ORG = '1b2c3d4e-5f60-4172-8a9b-0c1d2e3f4a5b';

/** The app's script: plain, same-origin fetches, as claude.ai's own are. */
const APP_SCRIPT = `
const org = '${ORG}';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const call = (path, init) => fetch(path, init).then((r) => r.text()).catch(() => undefined);
async function withRetry(path) {
  for (let attempt = 0; attempt < 6; attempt++) {
    const r = await fetch(path).catch(() => null);
    if (r && r.ok) return true;
    if (r) await r.text().catch(() => undefined);
    await sleep(1000 * 2 ** attempt);
  }
  return false;
}
async function boot() {
  const ok = await Promise.all([withRetry('/api/bootstrap'), withRetry('/api/auth/session'),
    call('/api/organizations'), call('/api/account_profile'), call('/api/organizations/' + org + '/feature_settings'),
    call('/api/organizations/' + org + '/chat_conversations?limit=30&starred=false')]);
  if (!ok[0]) void withRetry('/api/auth/login_methods?source=claude-ai');
}
let n = 0;
void boot();
setInterval(() => void call('/api/organizations/' + org + '/chat_conversations?limit=30'), 5000);
setInterval(() => void call('/api/event_logging/v2/batch', { method: 'POST', body: '{}' }), 3000);
setInterval(() => void call('/api/organizations/' + org + '/sync/settings'), 15000);
setInterval(async () => {
  const id = 'a0b1c2d3-e4f5-4617-8829-' + String(100000000000 + (++n));
  await call('/api/organizations/' + org + '/chat_conversations/' + id + '/completion', { method: 'POST', body: '{}' });
  await call('/api/organizations/' + org + '/chat_conversations/' + id + '?tree=True');
}, 7000);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') void boot(); });
`;

/** The app's page: a neutral chat layout with a message box, and the script above. */
export const APP_HTML = `<!doctype html><html><head><title>Claude</title><meta charset="utf-8"></head>
<body style="font-family:system-ui,sans-serif;margin:0">
<main id="app"><h1>Chat</h1><p>Conversation</p></main>
<textarea id="prompt" aria-label="Message Claude" style="position:fixed;bottom:16px;left:10%;width:80%;height:80px"></textarea>
<script>${APP_SCRIPT}</script></body></html>`;

export type AppMode =
  /** Everything works. */
  | 'calm'
  /** 2 March 2026: every call of the app answers 500. */
  | 'outage'
  /** A share of the app's calls answer 503 (`brownoutShare`). */
  | 'brownout';

export interface AppServer {
  mode: AppMode;
  /** The event-logging batches and one app endpoint (settings sync) answer 503 whatever the mode. */
  brokenEndpoints: boolean;
  brownoutShare: number;
  /** Calls answered, by path class, for the tests' own checks. */
  answered: number;
}

export const newAppServer = (): AppServer => ({ mode: 'calm', brokenEndpoints: false, brownoutShare: 0.6, answered: 0 });

export interface AppAnswer { status: number; contentType: string; body: string }

const STREAM = 'event: message_start\ndata: {}\n\nevent: content_block_delta\ndata: {"delta":{"text":"Hi"}}\n\nevent: message_stop\ndata: {}\n\n';

/** What the stand-in answers for one claude.ai URL: the app page, a broken page, or an API call. */
export function answerFor(server: AppServer, url: string): AppAnswer {
  const path = new URL(url).pathname;
  if (!path.startsWith('/api/')) {
    // "empty html. It's only saying 'Rate exceeded'" (claude-code#10698, CLAUDE-AI-TRAFFIC.md).
    if (path.startsWith('/rate-exceeded')) return { status: 429, contentType: 'text/html', body: '<html><head></head><body>Rate exceeded.</body></html>' };
    if (path.startsWith('/broken')) return { status: 500, contentType: 'text/html', body: '<!doctype html><title>Error</title><p>Internal server error</p>' };
    return { status: 200, contentType: 'text/html', body: APP_HTML };
  }
  server.answered++;
  const broken = server.brokenEndpoints && (path.startsWith('/api/event_logging') || path.endsWith('/sync/settings'));
  const failing = server.mode === 'outage' || (server.mode === 'brownout' && Math.random() < server.brownoutShare);
  if (broken || failing) return { status: broken ? 503 : 500, contentType: 'application/json', body: '{"type":"error","error":{"type":"api_error"}}' };
  if (path.endsWith('/completion')) return { status: 200, contentType: 'text/event-stream', body: STREAM };
  return { status: 200, contentType: 'application/json', body: '{}' };
}
