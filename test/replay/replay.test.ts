import { describe, expect, it } from 'vitest';
import { reply } from './answers';
import { loadTimeline, replayAnswer } from './timeline';

describe('replay timeline', () => {
  const steps = loadTimeline();

  it('reads the 2 March 2026 steps that carry a scenario, in order', () => {
    expect(steps.map((s) => s.scenario)).toEqual([
      'b0-2026-03-02-baseline', 'b1-2026-03-02-investigating', 'c1-2026-03-02-identified',
      'c1b-2026-03-02-identified-api-degraded', 'c2-2026-03-02-monitoring', 'c3-2026-03-02-resolved',
    ]);
  });

  it('steps through in compressed time', () => {
    let now = 1_000_000;
    const answer = replayAnswer(steps, 600, now, () => now); // ten minutes of outage per second
    const at = (seconds: number) => {
      now = 1_000_000 + seconds * 1000;
      return (answer() as { scenario: string }).scenario;
    };
    expect(at(0)).toBe('b0-2026-03-02-baseline');
    expect(at(1)).toBe('b1-2026-03-02-investigating'); // 11:40 + 10 min
    expect(at(10)).toBe('b1-2026-03-02-investigating'); // 11:40 + 100 min = 13:20, before 13:22
    expect(at(10.3)).toBe('c1-2026-03-02-identified'); // 13:23
    expect(at(100)).toBe('c3-2026-03-02-resolved');
  });

  it('moves every timestamp so that the replay clock reads as now', () => {
    const now = Date.parse('2026-11-22T09:00:00Z');
    const answer = replayAnswer(steps, 600, now, () => now)();
    const summary = JSON.parse(reply(answer, 'summary.json').body) as { page: { updated_at: string } };
    // At the start of the replay it is 11:40 on 2 March; the baseline page was last updated before that.
    expect(Date.parse(summary.page.updated_at)).toBeLessThan(now);
    expect(answer).toMatchObject({ shiftMs: now - Date.parse('2026-03-02T11:40:00Z') });
  });
});

describe('stand-in answers', () => {
  it('serves a scenario file with an ETag, and makes incidents.json where the folder has none', () => {
    const summary = reply({ scenario: 'b1-2026-03-02-investigating' }, 'summary.json');
    expect(summary.status).toBe(200);
    expect(summary.headers.etag).toBe('W/"b1-2026-03-02-investigating"');
    const incidents = JSON.parse(reply({ scenario: 'b1-2026-03-02-investigating' }, 'incidents.json').body) as { incidents: { id: string }[] };
    expect(incidents.incidents.map((i) => i.id)).toEqual(['fx26mar02inc']);
    expect(reply({ scenario: 'b1-2026-03-02-investigating' }, 'incidents/unresolved.json').status).toBe(200);
    expect(reply({ scenario: 'e-scheduled-maintenance-in-progress' }, 'scheduled-maintenances/active.json').status).toBe(200);
    expect(reply({ scenario: 'a-all-operational' }, 'nope.json').status).toBe(404);
  });

  it('serves the recorded error answers as they are', () => {
    expect(reply({ http: '405-waf-captcha.http' }, 'summary.json')).toMatchObject({ status: 405, headers: { 'x-amzn-waf-action': 'captcha' } });
  });
});
