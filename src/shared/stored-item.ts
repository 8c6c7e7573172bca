// What a stored item declaration is (stored-items.ts declares them all).

/**
 * `local` is on disk; `session` is in memory, shared by every wake of the background and gone when the
 * browser closes; `sync` follows the person across their browsers.
 */
export type Area = 'local' | 'session' | 'sync';

export interface StoredItem<T> {
  key: string;
  area: Area;
  /** Never throws; anything unexpected gives the default. */
  read(raw: unknown): T;
  /** The stored form (versioned where the value is not already). A method, so an item of any T is an item of unknown. */
  toStored(value: T): unknown;
  /**
   * The most its stored JSON can hold, with room to spare: a larger value was not written by us (or not
   * by this version) and reads as the default without being walked.
   */
  maxChars: number;
}
