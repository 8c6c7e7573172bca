import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateAt } from '../../test/support/captured-at';
import { EN, i18nFor } from '../../test/support/i18n';
import { SCENARIOS } from '../../test/support/fixtures';
import { failed, stateFor } from '../../test/support/states';
import { decideBanner } from './banner';
import type { SurfaceState } from './derive';
import { modelsWords, stillWorksWords } from './named-words';
import { decideHero } from './popup-view';
import { NO_SIGNAL, type LocalSignal } from './sensing/local-signal';
import { decideSituation } from './situation';
import { STALE_AFTER_MS, type StatusState } from './source';
import { stillWorking } from './still-works';
import { COMPONENT_STATUSES } from './types';
import { isTrouble, type Verdict } from './verdict';

const ORIGIN = 'https://status.claude.com';
const CLAUDE_AI_ONLY = 'real-captures/incidents/ddyyz34c24vt.json';


/** What the banner carries, or null when it carries nothing of the kind. */
const bannerWorks = (state: StatusState, now: number, local: LocalSignal = NO_SIGNAL): string[] | null => {
  const view = decideBanner(null, state, now, ORIGIN, local);
  return 'stillWorks' in view ? view.stillWorks ?? [] : null;
};

describe('what still works, on real pages', () => {
  it('28 February, claude.ai alone in a partial outage: every other surface, in page order, in the popup and the banner alike', () => {
    const at = '2026-02-28T13:00:00Z';
    const state = stateAt(CLAUDE_AI_ONLY, at);
    const works = ['Claude Console', 'Claude API', 'Claude Code', 'Claude Cowork', 'Claude for Government'];
    expect(bannerWorks(state, Date.parse(at))).toEqual(works);
    expect(decideHero(state, Date.parse(at), EN, NO_SIGNAL).stillWorks).toBe('Claude Console, Claude API, Claude Code, and 2 more are working.');
  });

  it('2 March: only the surface the incident does not name (the incident marks the others, implied-status.ts)', () => {
    const state = stateFor('b1-2026-03-02-investigating');
    expect(bannerWorks(state, state.checkedAt ?? 0)).toEqual(['Claude for Government']);
    expect(decideHero(state, state.checkedAt ?? 0, EN, NO_SIGNAL).stillWorks).toBe('Claude for Government is working.');
  });

  it.each(SCENARIOS)('%s: claimed exactly when claude.ai is in trouble, and never an affected or unknown surface', (scenario) => {
    const state = stateFor(scenario);
    const now = state.checkedAt ?? 0;
    const situation = decideSituation(state, now, NO_SIGNAL);
    const surfaces = state.snapshot?.surfaces ?? [];
    const works = stillWorking(situation.verdict, situation.freshness, surfaces);
    if (!isTrouble(situation.verdict)) expect(works).toEqual([]);
    // Each one claimed is a surface the page has as operational, never claude.ai.
    for (const label of works) expect(surfaces.find((s) => s.label === label)).toMatchObject({ status: 'operational' });
    expect(works).not.toContain('claude.ai');
    // And none left out: in trouble, every operational surface is said.
    const left = surfaces.filter((s) => s.key !== 'claude-ai' && s.status === 'operational' && !works.includes(s.label));
    if (isTrouble(situation.verdict)) expect(left).toEqual([]);
    expect(decideHero(state, now, EN, NO_SIGNAL).stillWorks).toBe(stillWorksWords(EN, works));
  });

  it('never from stale or unknown data: two failed checks, or an answer too old, and nothing is claimed', () => {
    const state = stateAt(CLAUDE_AI_ONLY, '2026-02-28T13:00:00Z');
    const t = Date.parse('2026-02-28T13:00:00Z');
    const unknown = failed(state, 'http', t + 60_000);
    expect(decideHero(unknown, t + 60_000, EN, NO_SIGNAL)).toMatchObject({ lastKnownAt: t, stillWorks: null });
    expect(bannerWorks(unknown, t + 60_000)).toBeNull();
    expect(decideHero(state, t + STALE_AFTER_MS + 1, EN, NO_SIGNAL).stillWorks).toBeNull();
    expect(bannerWorks(state, t + STALE_AFTER_MS + 1)).toBeNull();
  });

  it('failing in this browser while the page says all is fine: the page’s operational surfaces work', () => {
    const state = stateFor('b0-2026-03-02-baseline');
    const now = state.checkedAt ?? 0;
    const local: LocalSignal = { ...NO_SIGNAL, kind: 'failing', since: now - 60_000, failed: 7, total: 9, updatedAt: now };
    expect(bannerWorks(state, now, local)).toEqual(['Claude Console', 'Claude API', 'Claude for Government', 'Claude Code']);
    // claude.ai works again here: not trouble, so nothing to say.
    const works: LocalSignal = { ...NO_SIGNAL, kind: 'works-here', since: now - 1_000, updatedAt: now };
    expect(bannerWorks(stateFor('c2-2026-03-02-monitoring'), now, works)).toEqual([]);
  });
});

describe('stillWorking, for every page', () => {
  const surface = fc.record({
    key: fc.constantFrom('claude-ai', 'api', 'console', 'claude-code', 'component:x'),
    label: fc.string({ minLength: 1, maxLength: 8 }),
    status: fc.constantFrom(...COMPONENT_STATUSES, 'unknown' as const),
  }).map((s): SurfaceState => ({ ...s, code: 'X', componentId: s.key, since: null, incidentIds: [] }));
  const verdicts: Verdict[] = [
    { kind: 'down', stage: null, limitedHere: false }, { kind: 'maintenance' }, { kind: 'failing-for-you', onAndOff: false, failed: 3, total: 4 },
    { kind: 'works-here', stage: null }, { kind: 'fine', others: [], overloaded: false }, { kind: 'offline' }, { kind: 'unknown', reason: 'stale' },
    { kind: 'unrecognised' }, { kind: 'watched', affected: [] },
  ];
  const verdict = fc.constantFrom(...verdicts);
  const freshness = fc.constantFrom({ fresh: true } as const, { fresh: false, reason: 'stale', since: null } as const);

  it('claims only labels no affected, unknown or claude.ai surface carries, once each, in page order, and only in trouble with fresh data', () => {
    fc.assert(fc.property(verdict, freshness, fc.array(surface, { maxLength: 8 }), (v, f, list) => {
      const works = stillWorking(v, f, list);
      if (!f.fresh || !isTrouble(v)) {
        expect(works).toEqual([]);
        return;
      }
      expect(new Set(works).size).toBe(works.length);
      for (const label of works) {
        const carriers = list.filter((s) => s.label === label);
        expect(carriers.every((s) => s.key !== 'claude-ai' && s.status === 'operational')).toBe(true);
      }
      // In page order: by each label's first surface.
      const firstAt = (label: string) => list.findIndex((s) => s.label === label);
      expect([...works].sort((a, b) => firstAt(a) - firstAt(b))).toEqual(works);
      // None left out that could be said.
      for (const s of list) {
        const clean = list.filter((o) => o.label === s.label).every((o) => o.key !== 'claude-ai' && o.status === 'operational');
        if (clean) expect(works).toContain(s.label);
      }
    }));
  });

  it('two components named alike, one down: that name is not said to work', () => {
    const at = (key: string, status: SurfaceState['status']): SurfaceState => ({ key, label: 'Claude API', status, code: 'API', componentId: key, since: null, incidentIds: [] });
    const down: Verdict = { kind: 'down', stage: null, limitedHere: false };
    expect(stillWorking(down, { fresh: true }, [at('api', 'major_outage'), at('component:x', 'operational')])).toEqual([]);
    expect(stillWorking(down, { fresh: true }, [at('api', 'operational'), at('component:x', 'operational')])).toEqual(['Claude API']);
  });
});

describe('the lines in each language', () => {
  it.each([
    ['en', 'Claude API is working.', 'Claude API and Claude Code are working.', 'A, B, C, and 2 more are working.', 'Names Opus 4.6 and Sonnet 4.6. Other models aren’t named as affected; switching model may help.'],
    ['de', 'Claude API funktioniert.', 'Claude API und Claude Code funktionieren.', 'A, B, C und 2 weitere funktionieren.', 'Nennt Opus 4.6 und Sonnet 4.6 als betroffen, andere Modelle nicht: Ein Modellwechsel kann helfen.'],
    ['ja', 'Claude APIは動作しています。', 'Claude API、Claude Codeは動作しています。', 'A、B、C、ほか2つは動作しています。', '対象: Opus 4.6、Sonnet 4.6。他のモデルは影響ありとされていません。モデルの切り替えで使える場合があります。'],
  ] as const)('%s', (locale, one, two, capped, models) => {
    const i18n = i18nFor(locale);
    expect(stillWorksWords(i18n, ['Claude API'])).toBe(one);
    expect(stillWorksWords(i18n, ['Claude API', 'Claude Code'])).toBe(two);
    expect(stillWorksWords(i18n, ['A', 'B', 'C', 'D', 'E'])).toBe(capped);
    expect(modelsWords(i18n, ['Opus 4.6', 'Sonnet 4.6'])).toBe(models);
    // Four names are all said ("and 1 more" would hide one for nothing); models are never cut.
    expect(stillWorksWords(i18n, ['A', 'B', 'C', 'D'])).not.toContain(i18n.t('namesMore', [1]));
    expect(modelsWords(i18n, ['M1', 'M2', 'M3', 'M4', 'M5', 'M6'])).toContain('M6');
    expect(stillWorksWords(i18n, [])).toBeNull();
    expect(modelsWords(i18n, [])).toBeNull();
  });

  it('a locale Intl cannot read still gives a list', () => {
    expect(stillWorksWords({ ...EN, locale: 'not a locale!' }, ['A', 'B'])).toBe('A, B are working.');
  });
});
