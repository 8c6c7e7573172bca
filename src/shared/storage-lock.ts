// The background's one writer: every read-modify-write of stored items runs here, one at a time, so no
// write is computed from a value another write has since replaced (#22: a check's poll bookkeeping, read
// before its fetch, overwrote the "claude.ai in use" mark set meanwhile). Only the order lives in memory:
// if the worker stops, what was queued stops with it and nothing half-written is left, since each
// holder writes its items in one `set` per area.

let tail: Promise<unknown> = Promise.resolve();
let held = 0;

/**
 * Runs `fn` once every earlier holder has finished. `fn` must not wait for another `exclusive` (that
 * would wait for itself): do the slow work (a fetch) before, and start further work without awaiting it.
 */
export function exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
  const run = tail.then(async () => {
    held += 1;
    try {
      return await fn();
    } finally {
      held -= 1;
    }
  });
  tail = run.catch(() => undefined);
  return run;
}

/** Whether a holder is running: writes that are only safe inside `exclusive` check it. */
export const isHeld = (): boolean => held > 0;
