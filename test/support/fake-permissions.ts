// In-memory `permissions` and `webRequest` for @webext-core/fake-browser, which leaves both unmocked.
// Like a real browser, `webRequest` exists only while the permission is granted.
import { fakeBrowser } from '@webext-core/fake-browser';
import { LOCAL_PERMISSIONS } from '../../src/shared/local-permissions';

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

export interface FakePermissions {
  /** What the next prompt answers. */
  answer: boolean;
  granted: () => boolean;
  /** The request listeners, while granted. */
  webRequest: () => { onCompleted: ReturnType<typeof fakeEvent>; onErrorOccurred: ReturnType<typeof fakeEvent> } | undefined;
  requests: number;
}

/** Installs the fakes; call after `fakeBrowser.reset()`. */
export function installFakePermissions(initiallyGranted = false): FakePermissions {
  let granted = false;
  const onAdded = fakeEvent();
  const onRemoved = fakeEvent();
  const webRequest = { onCompleted: fakeEvent(), onErrorOccurred: fakeEvent() };
  const all = LOCAL_PERMISSIONS;
  const set = (on: boolean): void => {
    granted = on;
    Reflect.set(fakeBrowser, 'webRequest', on ? webRequest : undefined);
  };
  const state: FakePermissions = { answer: true, granted: () => granted, webRequest: () => (granted ? webRequest : undefined), requests: 0 };
  Reflect.set(fakeBrowser, 'permissions', {
    contains: async () => granted,
    request: async () => {
      state.requests += 1;
      if (state.answer && !granted) {
        set(true);
        await onAdded.trigger(all);
      }
      return state.answer || granted;
    },
    remove: async () => {
      if (!granted) return false;
      set(false);
      await onRemoved.trigger(all);
      return true;
    },
    onAdded,
    onRemoved,
  });
  set(initiallyGranted);
  return state;
}
