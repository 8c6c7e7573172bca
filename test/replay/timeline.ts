// Steps through a replay timeline (shared/fixtures/statuspage/replay/*.json) with time compressed.
import { readJson } from '../support/fixtures';
import type { Answer } from './answers';

export interface Step { at: string; fixture?: string; stage: string }

/** The steps that carry a Statuspage scenario (feed-only steps are left to feed readers). */
export function loadTimeline(file = 'replay/2026-03-02.json'): { at: number; scenario: string; stage: string }[] {
  const { steps } = readJson(file) as { steps: Step[] };
  return steps.filter((s) => s.fixture?.startsWith('anthropic/'))
    .map((s) => ({ at: Date.parse(s.at), scenario: (s.fixture ?? '').slice('anthropic/'.length), stage: s.stage }));
}

/**
 * An answer that follows the timeline in compressed time: `compress` real-world seconds pass per
 * replay second (60 = one minute of the outage per second), starting at `startedAt` (ms, this clock).
 */
export function replayAnswer(steps: ReturnType<typeof loadTimeline>, compress: number, startedAt: number, clock = Date.now): () => Answer {
  const first = steps[0]?.at ?? 0;
  return () => {
    const replayed = first + (clock() - startedAt) * compress;
    const current = [...steps].reverse().find((s) => s.at <= replayed) ?? steps[0];
    return { scenario: current?.scenario ?? 'a-all-operational' };
  };
}
