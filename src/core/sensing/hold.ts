/**
 * Without any new failure for this long, a failure seen in this browser is over: the page stopped trying,
 * or the person left. Its own module so that the content script can use it without the status model.
 */
export const HOLD_MS = 10 * 60_000;
