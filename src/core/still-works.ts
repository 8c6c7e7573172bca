// "What still works" while claude.ai is in trouble: decided once here, worded by the popup's hero and the
// banner's details. Only what the status page currently says is operational is ever claimed to work.
import type { SurfaceState } from './derive';
import type { Freshness } from './source';
import { CLAUDE_AI } from './surfaces';
import { isTrouble, type Verdict } from './verdict';

/**
 * The labels of the surfaces that work while claude.ai is in trouble (`isTrouble`, the popup's and the
 * banner's one rule), in page order; none when claude.ai is not in trouble or the data is not fresh. A
 * surface whose status is unknown or affected (an open incident already marks it, implied-status.ts) is
 * never said to work: the list is empty rather than a guess.
 */
export function stillWorking(verdict: Verdict, freshness: Freshness, surfaces: readonly SurfaceState[]): string[] {
  if (!freshness.fresh || !isTrouble(verdict)) return [];
  // A label that any affected or unknown surface also carries (two components named alike) is never
  // claimed to work: the person could not tell which one the line means. Each label is said once.
  const unsure = new Set(surfaces.filter((s) => s.key === CLAUDE_AI || s.status !== 'operational').map((s) => s.label));
  return [...new Set(surfaces.filter((s) => s.key !== CLAUDE_AI && s.status === 'operational').map((s) => s.label))]
    .filter((label) => !unsure.has(label));
}
