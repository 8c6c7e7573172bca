// Realistic claude.ai traffic for the simulations and the property tests, after CLAUDE-AI-TRAFFIC.md (the
// shared reference on claude.ai's own requests): a load burst, a person chatting now and then (a completion,
// the conversation re-read, a title), the conversation list refreshed, event-logging batches, the odd Sentry
// report. Paths have ids in them, as the real ones do. Everything is seeded: the same seed, the same traffic.
import type { SimRequest } from './local-sim';

const ORG = '1b2c3d4e-5f60-4172-8a9b-0c1d2e3f4a5b';
const conv = (n: number) => `a0b1c2d3-e4f5-4617-8829-${String(100000000000 + n)}`;

export const PATH = {
  bootstrap: '/api/bootstrap',
  organizations: '/api/organizations',
  profile: '/api/account_profile',
  features: `/api/organizations/${ORG}/feature_settings`,
  list: `/api/organizations/${ORG}/chat_conversations`,
  conversation: (n: number) => `/api/organizations/${ORG}/chat_conversations/${conv(n)}`,
  completion: (n: number) => `/api/organizations/${ORG}/chat_conversations/${conv(n)}/completion`,
  title: (n: number) => `/api/organizations/${ORG}/chat_conversations/${conv(n)}/title`,
  session: '/api/auth/session',
  login: '/api/auth/login_methods',
  telemetry: '/api/event_logging/v2/batch',
  sentry: '/sentry',
} as const;

/** A small seeded generator (mulberry32): the same seed gives the same session. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The page's load burst: what claude.ai asks for when it opens. */
export const loadBurst = (at: number, tab = 0): SimRequest[] =>
  [PATH.bootstrap, PATH.organizations, PATH.profile, PATH.features, PATH.list, PATH.session, PATH.conversation(0)]
    .map((path, i) => ({ at: at + 150 + i * 40, tab, path, status: 200 }));

/**
 * A person using claude.ai from `start` for `ms`: a message every 20-90 s (completion, re-read, sometimes a
 * title), the list refreshed every 30 s, an event-logging batch every 60-90 s, a session check every 5 min.
 */
export function session(rng: () => number, start: number, ms: number, tab = 0, load = true): SimRequest[] {
  const out: SimRequest[] = load ? loadBurst(start, tab) : [];
  const add = (at: number, path: string) => {
    if (at < start + ms) out.push({ at: Math.round(at), tab, path, status: 200 });
  };
  let n = 1;
  for (let t = start + 5_000 + rng() * 20_000; t < start + ms; t += 20_000 + rng() * 70_000, n++) {
    add(t + 3_000 + rng() * 20_000, PATH.completion(n));
    add(t + 25_000, PATH.conversation(n));
    if (rng() < 0.3) add(t + 26_000, PATH.title(n));
  }
  for (let t = start + 30_000; t < start + ms; t += 30_000) add(t, PATH.list);
  for (let t = start + 60_000 * rng(); t < start + ms; t += 60_000 + rng() * 30_000) add(t, PATH.telemetry);
  for (let t = start + 300_000; t < start + ms; t += 300_000) add(t, PATH.session);
  return out;
}

/** The same requests with `status` wherever `when` holds. */
export const failWhere = (requests: SimRequest[], when: (r: SimRequest) => boolean, status: number | ((r: SimRequest) => number)): SimRequest[] =>
  requests.map((r) => (when(r) ? { ...r, status: typeof status === 'number' ? status : status(r) } : r));

/**
 * The 2 March 2026 pattern from `at` for `ms` on one tab: bootstrap, the session check and the login
 * methods answer 500, and the page retries each with backoff (1, 2, 4, 8 s, then every 10 s); everything
 * else the page asks meanwhile fails too.
 */
export function march2(at: number, ms: number, tab = 0, status = 500): SimRequest[] {
  const out: SimRequest[] = [];
  for (const [i, path] of [PATH.bootstrap, PATH.session, PATH.login].entries()) {
    let t = at + 200 * i;
    for (let attempt = 0; t < at + ms; attempt++) {
      out.push({ at: Math.round(t), tab, path, status });
      t += Math.min(10_000, 1_000 * 2 ** attempt);
    }
  }
  return out;
}

/** A telemetry-like endpoint of the app (not claude.ai's own telemetry path) failing every `gap` ms. */
export const brokenEndpoint = (at: number, ms: number, gap: number, tab = 0, path = '/api/organizations/x/sync/settings', status = 503): SimRequest[] =>
  Array.from({ length: Math.floor(ms / gap) }, (_, i) => ({ at: at + i * gap, tab, path, status }));
