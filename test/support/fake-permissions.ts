// In-memory `permissions` for @webext-core/fake-browser, which leaves it unmocked. Each permission and
// host is modelled on its own, as browsers do: what the manifest requires is granted at install and cannot
// be removed (Chromium refuses: "You cannot remove required permissions"); others come and go with
// request/remove; Firefox also lets a person revoke a host in its own settings (`revoke`).
import { fakeBrowser } from '@webext-core/fake-browser';

type Listener = (...args: never[]) => unknown;

function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: unknown[]) => Promise.all([...listeners].map((l) => (l as (...a: unknown[]) => unknown)(...args))),
  };
}

interface Query { permissions?: string[]; origins?: string[] }

/** What the shipped manifest grants at install. */
export const REQUIRED = [
  'alarms', 'storage', 'notifications', 'https://status.claude.com/*', 'https://anthropic.statuspage.io/*', 'https://claude.ai/*',
];

export interface FakePermissions {
  /** What the next prompt answers. */
  answer: boolean;
  has: (name: string) => boolean;
  requests: number;
  /** A person revokes a host or permission in the browser's own settings (Firefox allows it even for required ones). */
  revoke: (name: string) => Promise<void>;
}

const names = (q: Query): string[] => [...(q.permissions ?? []), ...(q.origins ?? [])];

/** Installs the fakes; call after `fakeBrowser.reset()`. */
export function installFakePermissions(): FakePermissions {
  const granted = new Set(REQUIRED);
  const onAdded = fakeEvent();
  const onRemoved = fakeEvent();
  const split = (list: string[]): Query => ({ permissions: list.filter((n) => !n.includes('://')), origins: list.filter((n) => n.includes('://')) });
  const state: FakePermissions = {
    answer: true,
    has: (n) => granted.has(n),
    requests: 0,
    revoke: async (n) => {
      if (!granted.delete(n)) return;
      await onRemoved.trigger(split([n]));
    },
  };
  Reflect.set(fakeBrowser, 'permissions', {
    contains: async (q: Query) => names(q).every((n) => granted.has(n)),
    request: async (q: Query) => {
      state.requests += 1;
      const missing = names(q).filter((n) => !granted.has(n));
      if (missing.length === 0) return true;
      if (!state.answer) return false;
      for (const n of missing) granted.add(n);
      await onAdded.trigger(split(missing));
      return true;
    },
    remove: async (q: Query) => {
      const asked = names(q);
      if (asked.some((n) => REQUIRED.includes(n))) throw new Error('You cannot remove required permissions.');
      const present = asked.filter((n) => granted.has(n));
      if (present.length === 0) return false;
      for (const n of present) granted.delete(n);
      await onRemoved.trigger(split(present));
      return true;
    },
    onAdded,
    onRemoved,
  });
  return state;
}
