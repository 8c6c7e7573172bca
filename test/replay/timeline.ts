// Steps through a replay timeline (test/fixtures/statuspage/replay/*.json) with time compressed.
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
 * An answer that follows the timeline in compressed time: `compress` replay seconds pass per real
 * second (600 = ten minutes of the outage a second), starting at `startedAt` (ms, this clock). Every
 * timestamp is moved so that the replay clock reads as now: "since 11:49 (1 h 33 min)" at 13:22.
 */
export function replayAnswer(steps: ReturnType<typeof loadTimeline>, compress: number, startedAt: number, clock = Date.now): () => Answer {
  const first = steps[0]?.at ?? 0;
  return () => {
    const now = clock();
    const replayed = first + (now - startedAt) * compress;
    const current = [...steps].reverse().find((s) => s.at <= replayed) ?? steps[0];
    return { scenario: current?.scenario ?? 'a-all-operational', shiftMs: Math.round(now - replayed) };
  };
}
