import { aiComponent, editedState } from '../../test/support/edited';
import { describe, expect, it } from 'vitest';
import { EN } from '../../test/support/i18n';
import { NO_SIGNAL } from './sensing/local-signal';
import { SCENARIOS } from '../../test/support/fixtures';
import { apiOnlySummary } from '../../test/support/popup-states';
import { failed, stateFor, T0 } from '../../test/support/states';
import { decideBadge } from './badge';
import { deriveSnapshot } from './derive';
import { parseSummary } from './parse';
import { decideHero, TONE_COLOUR, toneOf } from './popup-view';
import { COLOURS } from './severity';
import { EMPTY_STATE, recordSuccess, type StatusState } from './source';

const NONE = NO_SIGNAL;
const FAILING = { ...NO_SIGNAL, kind: 'failing' as const, since: T0 - 60_000, failed: 7, total: 9, updatedAt: T0 };

function stateOf(raw: unknown): StatusState {
  const r = parseSummary(raw);
  if (!r.ok) throw new Error(r.reason);
  return recordSuccess(EMPTY_STATE, deriveSnapshot(r.summary, T0));
}

describe('the popup card follows the badge', () => {
  it.each(SCENARIOS)('%s: the card is the colour of the badge', (scenario) => {
    const badge = decideBadge(stateFor(scenario), T0, EN);
    const tone = toneOf(badge);
    // An empty badge has no colour of its own; the card is then green (all fine) or grey (unreadable).
    if (badge.text !== '') expect(COLOURS[TONE_COLOUR[tone]].background).toBe(badge.background);
  });

  it('an API-only incident: an orange-yellow card about the API, claude.ai working as its second line', () => {
    const hero = decideHero(stateOf(apiOnlySummary()), T0, EN, NONE);
    expect(hero).toMatchObject({ tone: 'degraded', headline: 'Claude API: Degraded performance', second: 'claude.ai is working', advice: null });
  });

  it('a Console maintenance: a blue card that says maintenance, not "has problems"', () => {
    const hero = decideHero(stateFor('e-scheduled-maintenance-in-progress'), T0, EN, NONE);
    expect(hero).toMatchObject({ tone: 'maintenance', headline: 'Claude Console: Under maintenance', second: 'claude.ai is working' });
  });

  it('a partial outage of claude.ai is orange like its dot and badge, not red, and says what to do', () => {
    const hero = decideHero(stateFor('c1-2026-03-02-identified'), T0, EN, NONE);
    expect(hero.tone).toBe('partial');
    expect(hero.headline).toBe('claude.ai is down for everyone: the status page says so');
    expect(hero.advice).toBe(EN.t('adviceDown'));
  });

  it('a major outage is red', () => {
    expect(decideHero(stateFor('d-major-outage-multi-component'), T0, EN, NONE).tone).toBe('major');
  });

  it('failing in this browser: purple, and advice that it is likely an outage, not the account', () => {
    const hero = decideHero(stateFor('b0-2026-03-02-baseline'), T0, EN, FAILING);
    expect(hero.tone).toBe('local');
    expect(hero.advice).toBe(EN.t('adviceLocal'));
    expect(hero.headline).toBe(EN.t('verdictLocal'));
  });

  it('all fine: green, and a second line that says so for every service', () => {
    expect(decideHero(stateFor('a-all-operational'), T0, EN, NONE))
      .toEqual({ tone: 'ok', headline: 'claude.ai is working', second: 'All Claude services are working.', advice: null, offerBack: false, lastKnownAt: null, stillWorks: null });
  });
});

describe('"tell me when it’s back" is offered exactly while claude.ai is in trouble', () => {
  const failing = { ...NONE, kind: 'failing' as const, since: T0 - 60_000, failed: 6, total: 8, updatedAt: T0 };
  it.each([
    ['down', stateFor('b1-2026-03-02-investigating'), NONE, true],
    ['claude.ai in maintenance', editedState('a-all-operational', (raw) => { aiComponent(raw).status = 'under_maintenance'; }), NONE, true],
    ['a Console maintenance only', stateFor('e-scheduled-maintenance-in-progress'), NONE, false],
    ['failing in this browser', stateFor('b0-2026-03-02-baseline'), failing, true],
    ['all fine', stateFor('a-all-operational'), NONE, false],
    ['only Claude Code', stateFor('f-claude-code-degraded-only'), NONE, false],
    ['down, but the status is unknown now', failed(stateFor('b1-2026-03-02-investigating'), 'http', T0 + 60_000), NONE, false],
  ])('%s', (_label, state, signal, offered) => {
    expect(decideHero(state, T0 + 60_000, EN, signal).offerBack).toBe(offered);
  });

  it('not to a person who does not watch claude.ai', () => {
    expect(decideHero(stateFor('b1-2026-03-02-investigating'), T0, EN, NONE, ['api']).offerBack).toBe(false);
  });
});

describe('the popup card when the status is unknown', () => {
  it('keeps the last verdict, grey like the badge, marked as last known and since when', () => {
    const state = failed(stateFor('b1-2026-03-02-investigating'), 'http', T0 + 60_000);
    const hero = decideHero(state, T0 + 60_000, EN, NONE);
    expect(decideBadge(state, T0 + 60_000, EN).text).toBe('?');
    expect(hero).toMatchObject({ tone: 'unknown', headline: 'claude.ai is down for everyone: the status page says so', lastKnownAt: T0 });
    expect(hero.advice).toBe(EN.t('adviceDown'));
  });

  it('offline keeps its own answer: it is this machine, not claude.ai', () => {
    const hero = decideHero(failed(stateFor('b1-2026-03-02-investigating'), 'offline', T0 + 60_000), T0 + 60_000, EN, NONE);
    expect(hero).toMatchObject({ tone: 'unknown', headline: 'You seem to be offline; this is not a claude.ai outage', lastKnownAt: null });
    expect(hero.advice).toBe('Check your internet connection. Your claude.ai account is fine.');
  });

  it('before any answer: unknown, and that it checks again by itself', () => {
    const hero = decideHero(EMPTY_STATE, T0, EN, NONE);
    expect(hero.tone).toBe('unknown');
    expect(hero.lastKnownAt).toBeNull();
    expect(hero.advice).toMatch(/checks again by itself/);
  });

  it('no advice about claude.ai for a person who does not watch it', () => {
    expect(decideHero(stateFor('b1-2026-03-02-investigating'), T0, EN, NONE, ['api']).advice).toBeNull();
  });
});
