// @vitest-environment jsdom
// The popup against stored snapshots built from the shared fixtures: what a person reads.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeI18n } from '../../test/support/i18n';
import { installFakePermissions } from '../../test/support/fake-permissions';
import { summaryOf } from '../../test/support/fixtures';
import { stateAt } from '../../test/support/captured-at';
import { showPopup as show } from '../../test/support/show-popup';
import { failed, stateFor } from '../../test/support/states';
import { deriveSnapshot } from '../core/derive';
import { parseSummary } from '../core/parse';
import { LOCAL_SIGNAL_KEY, NO_SIGNAL, toStoredSignal } from '../core/sensing/local-signal';
import { EN } from '../../test/support/i18n';
import { EMPTY_STATE, recordSuccess } from '../core/source';
import { STATE_KEY, toStored } from '../core/stored';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));


beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n();
});
afterEach(cleanup);

describe('Popup', () => {
  it('at "investigating": each surface, the incident with stage, impact, duration, surfaces, update and link', async () => {
    await show(stateFor('b1-2026-03-02-investigating', Date.now()));
    // The one verdict about claude.ai, not a copy of the list below it.
    expect(screen.getByRole('status').textContent).toBe('claude.ai is down for everyone: the status page says so');
    // What to do, under the verdict: the reason people open the popup in an outage (#21, defect 1).
    expect(screen.getByRole('region', { name: 'claude.ai right now' }).textContent).toContain(EN.t('adviceDown'));
    const surfaces = within(screen.getByRole('list', { name: 'Services' }));
    expect(surfaces.getAllByRole('listitem').map((li) => li.textContent?.replace(/for \d.*$/, ''))).toEqual([
      'claude.aiPartial outage', 'Claude ConsolePartial outage', 'Claude APIPartial outage', 'Claude for GovernmentOperational',
      'Claude CodeDegraded performance',
    ]);
    const incidents = within(screen.getByRole('region', { name: 'Open incidents' }));
    const link = incidents.getByRole('link', { name: 'Elevated errors on claude.ai, console, and claude code' });
    expect(link.getAttribute('href')).toBe('https://status.claude.com/incidents/fx26mar02inc');
    const text = screen.getByRole('region', { name: 'Open incidents' }).textContent ?? '';
    expect(text).toContain('Investigating');
    expect(text).toContain('Major impact');
    expect(text).toMatch(/for \d+ d/);
    expect(text).toContain('Affects: claude.ai, Claude Console, Claude API, Claude Code');
    expect(text).toContain('We have confirmed that the API is working as intended.');
  });

  it('shows the local signal, seen in this browser, while the status page says claude.ai is fine', async () => {
    const now = Date.now();
    const signal = { ...NO_SIGNAL, kind: 'failing' as const, since: now - 120_000, failed: 7, total: 9, updatedAt: now };
    await fakeBrowser.storage.local.set({ [LOCAL_SIGNAL_KEY]: toStoredSignal(signal) });
    await show(stateFor('b0-2026-03-02-baseline', now));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(EN.t('verdictLocal')));
    expect(screen.getByRole('region', { name: 'claude.ai right now' }).textContent)
      .toContain('Seen in this browser: 7 of claude.ai’s last 9 requests failed.');
    // One message per sentence: the count, then since when, never "...failed. since 12:48".
    expect(screen.getByRole('region', { name: 'claude.ai right now' }).textContent).toMatch(/requests failed\. Since \d/);
    expect(screen.getByRole('region', { name: 'claude.ai right now' }).textContent).toContain(EN.t('adviceLocal'));
    expect(within(screen.getByRole('list', { name: 'Services' })).getByText('Failing in this browser')).toBeTruthy();
  });

  it('does not show a stored local signal once the status page reports claude.ai itself', async () => {
    const now = Date.now();
    const signal = { ...NO_SIGNAL, kind: 'failing' as const, since: now - 120_000, failed: 7, total: 9, updatedAt: now };
    await fakeBrowser.storage.local.set({ [LOCAL_SIGNAL_KEY]: toStoredSignal(signal) });
    await show(stateFor('b1-2026-03-02-investigating', now));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('region', { name: 'claude.ai right now' }).textContent).not.toContain('Seen in this browser');
  });

  it.each([
    ['de', 'Claude-Status', 'Aktualisieren', 'Offene Störungen', 'Wird untersucht', /seit \d+ Tg\./],
    ['ja', 'Claude のステータス', '更新', '発生中の障害', '調査中', /\d+ 日/],
  ] as const)('speaks the browser\'s language: %s', async (locale, heading, refresh, incidents, stage, lasted) => {
    installFakeI18n(locale);
    await show(stateFor('b1-2026-03-02-investigating', Date.now()));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
    expect(screen.getByRole('button', { name: refresh })).toBeTruthy();
    const text = screen.getByRole('region', { name: incidents }).textContent ?? '';
    expect(text).toContain(stage);
    expect(text).toMatch(lasted);
  });

  it.each([
    ['c1-2026-03-02-identified', 'Cause identified, fix in progress'],
    ['c2-2026-03-02-monitoring', 'Fix in place, being monitored'],
  ])('follows the incident at %s', async (scenario, stage) => {
    await show(stateFor(scenario, Date.now()));
    expect(screen.getByRole('region', { name: 'Open incidents' }).textContent).toContain(stage);
  });

  it('shows no incidents once resolved, and says all is well', async () => {
    await show(stateFor('c3-2026-03-02-resolved', Date.now()));
    expect(screen.queryByRole('region', { name: 'Open incidents' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('claude.ai is working');
  });

  it('shows a maintenance in progress with its window', async () => {
    await show(stateFor('e-scheduled-maintenance-in-progress', Date.now()));
    const m = screen.getByRole('region', { name: 'Maintenance in progress' }).textContent ?? '';
    expect(m).toContain('Claude Console billing and usage maintenance');
    expect(m).toContain('In progress');
    expect(m).toContain('Affects: Claude Console');
  });

  it('shows an upcoming maintenance only within 24 hours', async () => {
    const raw = summaryOf('e0-scheduled-maintenance-upcoming') as { scheduled_maintenances: { scheduled_for: string; scheduled_until: string }[] };
    const soon = structuredClone(raw);
    const m = soon.scheduled_maintenances[0];
    if (m) {
      m.scheduled_for = new Date(Date.now() + 3_600_000).toISOString();
      m.scheduled_until = new Date(Date.now() + 3 * 3_600_000).toISOString();
    }
    const r = parseSummary(soon);
    if (!r.ok) throw new Error(r.reason);
    await show(recordSuccess(EMPTY_STATE, deriveSnapshot(r.summary, Date.now())));
    expect(screen.getByRole('region', { name: 'Maintenance in the next 24 hours' }).textContent).toContain('Scheduled');
    cleanup();
    // The fixture's own window (August 2026) is over: stale news, not shown.
    await show(stateFor('e0-scheduled-maintenance-upcoming', Date.now()));
    expect(screen.queryByRole('region', { name: 'Maintenance in the next 24 hours' })).toBeNull();
  });

  it('unknown after a good answer: keeps the last verdict, marked last known and since when, and says why', async () => {
    const now = Date.now();
    await show(failed(stateFor('d-major-outage-multi-component', now - 120_000), 'challenged', now - 60_000));
    // One failed check must not turn "down for everyone" into a bare "unknown" (#21, defect 8).
    expect(screen.getByRole('status').textContent).toBe('claude.ai is down for everyone: the status page says so');
    const hero = screen.getByRole('region', { name: 'claude.ai right now' }).textContent ?? '';
    expect(hero).toMatch(/^Last known at \d{1,2}:\d{2}.* \(2 minutes ago\)/);
    expect(hero).toContain('Status unknown: the status page asked for a human check (bot challenge).');
    expect(hero).toMatch(/Since \d{1,2}:\d{2}.* \(1 minute ago\)\./);
    expect(screen.getByRole('list', { name: 'Services, last known' })).toBeTruthy();
    expect(document.querySelector('.verdict')?.className).toContain('tone-unknown');
  });

  it('says "just now" right after a check, not "0 sec ago"', async () => {
    await show(stateFor('a-all-operational', Date.now()));
    expect(screen.getByRole('region', { name: 'claude.ai right now' }).textContent).toContain('Checked just now');
  });

  it('offers, in a click, to give back access to the status page when it was taken away', async () => {
    const perms = installFakePermissions();
    await perms.revoke('https://status.claude.com/*');
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const now = Date.now();
    await show(failed(stateFor('a-all-operational', now - 60_000), 'no-permission', now, 1));
    expect(screen.getByRole('region', { name: 'claude.ai right now' }).textContent).toMatch(/no longer lets the extension read the status page/);
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to the status page' }));
    await waitFor(() => expect(perms.has('https://status.claude.com/*')).toBe(true));
    await waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'refresh' }));
  });

  it('renders markup in an incident title as text', async () => {
    const raw = structuredClone(summaryOf('b1-2026-03-02-investigating')) as { incidents: { name: string }[] };
    const first = raw.incidents[0];
    if (first) first.name = '<img src=x onerror=alert(1)>Down';
    const r = parseSummary(raw);
    if (!r.ok) throw new Error(r.reason);
    await show(recordSuccess(EMPTY_STATE, deriveSnapshot(r.summary, Date.now())));
    expect(screen.getByRole('link', { name: '<img src=x onerror=alert(1)>Down' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('draws the last 14 days per surface, with a sentence for screen readers', async () => {
    const now = Date.now();
    const day = (ago: number) => new Date(now - ago * 86_400_000).toISOString().slice(0, 10);
    await fakeBrowser.storage.local.set({
      history: { version: 2, coveredFrom: day(10), listFetchedAt: now, days: [{ day: day(3), ranks: [['claude-ai', 3]] }, { day: day(1), ranks: [['claude-ai', 2], ['api', 0]] }] },
    });
    await show(stateFor('a-all-operational', now));
    // Folded away until asked for; then every day's trouble is in words, for keyboard and screen reader alike.
    const panel = screen.getByText('Last 14 days').closest('details');
    expect(panel?.open).toBe(false);
    const rows = within(screen.getByRole('region', { name: 'Last 14 days' })).getAllByRole('listitem');
    expect(rows[0]?.textContent).toContain(EN.t('historySummary', ['claude.ai', 2, 11]));
    const named = (ago: number) => new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${day(ago)}T00:00:00Z`));
    expect(rows[0]?.textContent).toContain(`${named(3)}: Partial outage, ${named(1)}: Degraded performance`);
    expect(rows.find((r) => r.textContent?.includes('Claude API'))?.textContent).toContain('no problems seen');
    // From the first day anything is known (10 days ago), not 14 cells of which the first are empty outlines.
    const cells = rows[0]?.querySelectorAll('.cell') ?? [];
    expect(cells).toHaveLength(11);
    expect(cells[0]?.classList.contains('none')).toBe(false);
  });

  it("says on that day's claude.ai row by how much this browser saw it before the status page", async () => {
    const now = Date.now();
    const day = (ago: number) => new Date(now - ago * 86_400_000).toISOString().slice(0, 10);
    await fakeBrowser.storage.local.set({
      history: {
        version: 2, coveredFrom: day(10), listFetchedAt: now, leads: [[day(3), 14 * 60_000]],
        days: [{ day: day(3), ranks: [['claude-ai', 3], ['api', 3]] }, { day: day(1), ranks: [['claude-ai', 2]] }],
      },
    });
    await show(stateFor('a-all-operational', now));
    const rows = within(screen.getByRole('region', { name: 'Last 14 days' })).getAllByRole('listitem');
    const named = (ago: number) => new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${day(ago)}T00:00:00Z`));
    expect(rows[0]?.textContent).toContain(`${named(3)}: Partial outage (seen here 14 min before the status page), ${named(1)}: Degraded performance`);
    // Only claude.ai's row: the lead is what this browser saw of claude.ai, not of the API.
    expect(rows.find((r) => r.textContent?.includes('Claude API'))?.textContent).not.toContain('seen here');
  });

  it('follows storage: a new check re-renders without reopening', async () => {
    await show(stateFor('a-all-operational', Date.now()));
    await fakeBrowser.storage.local.set({ [STATE_KEY]: toStored(stateFor('f-claude-code-degraded-only', Date.now())) });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Claude Code: Degraded performance'));
    expect(screen.getByRole('region', { name: 'claude.ai right now' }).textContent).toContain('claude.ai is working');
  });
});

describe('Popup: what still works, and which models (#20)', () => {
  const OPUS = 'real-captures/incidents/b9802k1zb5l2.json';
  const hero = () => screen.getByRole('region', { name: 'claude.ai right now' });
  const incidents = () => screen.getByRole('region', { name: 'Open incidents' });

  it('28 February, claude.ai alone down: the hero’s advice ends with what still works', async () => {
    await show(stateAt('real-captures/incidents/ddyyz34c24vt.json', '2026-02-28T13:00:00Z', Date.now()));
    expect(screen.getByRole('status').textContent).toBe(EN.t('verdictDown'));
    const line = hero().querySelector('.still-works');
    expect(line?.textContent).toBe('Claude Console, Claude API, Claude Code, and 2 more are working.');
    // One paragraph with the advice: what to do, then what still works.
    expect(line?.closest('p')?.textContent).toBe(`${EN.t('adviceDown')} ${line?.textContent ?? ''}`);
    // The incident names no model: no models line.
    expect(incidents().querySelector('.models')).toBeNull();
  });

  it('says nothing works when nothing is said to, and nothing at all while claude.ai is fine or the status unknown', async () => {
    await show(stateFor('a-all-operational', Date.now()));
    expect(hero().querySelector('.still-works')).toBeNull();
    cleanup();
    const now = Date.now();
    await show(failed(stateAt('real-captures/incidents/ddyyz34c24vt.json', '2026-02-28T13:00:00Z', now - 120_000), 'http', now - 60_000));
    expect(screen.getByRole('status').textContent).toBe(EN.t('verdictDown'));
    expect(hero().textContent).toMatch(/^Last known at/);
    expect(hero().querySelector('.still-works')).toBeNull();
  });

  it('27 March: the incident card names Opus 4.6 and Sonnet 4.6, then only Opus 4.6 once Sonnet is healthy', async () => {
    await show(stateAt(OPUS, '2026-03-27T11:30:00Z', Date.now()));
    const models = () => incidents().querySelector('.models')?.textContent;
    expect(models()).toBe('Names Opus 4.6 and Sonnet 4.6. Other models aren’t named as affected; switching model may help.');
    cleanup();
    await show(stateAt(OPUS, '2026-03-27T12:10:00Z', Date.now()));
    expect(models()).toBe('Names Opus 4.6. Other models aren’t named as affected; switching model may help.');
    expect(hero().querySelector('.still-works')?.textContent).toBe('Claude Cowork is working.');
  });

  it('in German and Japanese too', async () => {
    installFakeI18n('de');
    await show(stateAt(OPUS, '2026-03-27T11:30:00Z', Date.now()));
    expect(screen.getByRole('region', { name: 'Offene Störungen' }).querySelector('.models')?.textContent)
      .toBe('Nennt Opus 4.6 und Sonnet 4.6 als betroffen, andere Modelle nicht: Ein Modellwechsel kann helfen.');
    expect(document.querySelector('.still-works')?.textContent).toBe('Claude Cowork funktioniert.');
    cleanup();
    installFakeI18n('ja');
    await show(stateAt(OPUS, '2026-03-27T11:30:00Z', Date.now()));
    expect(document.querySelector('.incident .models')?.textContent).toMatch(/^対象: Opus 4\.6、Sonnet 4\.6。/);
  });
});
