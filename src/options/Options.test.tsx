// @vitest-environment jsdom
// The options page against stored state from the shared fixtures: what a person can set, and what is saved.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakePermissions, installFakePermissions } from '../../test/support/fake-permissions';
import { installFakeI18n } from '../../test/support/i18n';
import { stateFor } from '../../test/support/states';
import { readSettings, SETTINGS_KEY } from '../core/settings';
import { STATE_KEY, toStored } from '../core/stored';
import { Options } from './Options';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));

let perms: FakePermissions;
const saved = async () => readSettings((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);

async function show(scenario = 'b1-2026-03-02-investigating'): Promise<void> {
  await fakeBrowser.storage.local.set({ [STATE_KEY]: toStored(stateFor(scenario, Date.now())) });
  render(<Options />);
  await screen.findByRole('group', { name: 'Services' });
}

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n();
  perms = installFakePermissions();
});
afterEach(cleanup);

describe('Options', () => {
  it('starts from the defaults: everything watched and notified, banner on, local signal on, no permission asked', async () => {
    await show();
    // One table: each service once, with "badge" and "notify" beside it (#21, defect 11).
    const table = within(screen.getByRole('table'));
    expect(table.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['claude.ai', 'Claude Console', 'Claude API', 'Claude for Government', 'Claude Code']);
    expect(table.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Service', 'Badge', 'Notify']);
    expect(table.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual(Array(10).fill(true));
    expect(screen.getAllByText('Claude Code')).toHaveLength(1);
    expect((screen.getByRole('checkbox', { name: /Show a banner on claude\.ai/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /claude\.ai is failing in this browser/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Guard the log-out button during outages' }) as HTMLInputElement).checked).toBe(true);
    expect(perms.requests).toBe(0);
  });

  it('turns the log-out guard off and on, saved at once', async () => {
    await show();
    const box = screen.getByRole('checkbox', { name: 'Guard the log-out button during outages' }) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(async () => expect((await saved()).logoutGuard).toBe(false));
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect((await saved()).logoutGuard).toBe(true));
  });

  it('saves each choice at once, typed and versioned, in sync storage', async () => {
    await show();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show Claude API on the badge' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Notify about Claude Code' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Show a banner on claude\.ai/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Quiet hours' }));
    await waitFor(async () => expect(await saved()).toMatchObject({
      watched: ['claude-ai', 'console', 'government', 'claude-code'], mutedSurfaces: ['claude-code'], bannerEnabled: false,
      quietHours: { start: 22 * 60, end: 7 * 60 },
    }));
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ version: 1 });
  });

  it('snoozes until the current incident resolves, and ends the snooze', async () => {
    await show();
    fireEvent.click(screen.getByRole('button', { name: 'Snooze until the current incident resolves' }));
    await waitFor(async () => expect((await saved()).snoozeIncidents).toEqual(['fx26mar02inc']));
    expect(screen.getByText('Notifications are snoozed until the current incident resolves.')).toBeTruthy();
    // Focus follows to the button that took the clicked one's place (it did drop to the page).
    await waitFor(() => expect(document.activeElement?.textContent).toBe('End snooze'));
    fireEvent.click(await screen.findByRole('button', { name: 'End snooze' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Snooze for 1 hour'));
    await waitFor(async () => expect(await saved()).toMatchObject({ snoozeIncidents: [], snoozeUntil: null }));
  });

  it('says until when a snooze lasts, as a time', async () => {
    await show();
    fireEvent.click(screen.getByRole('button', { name: 'Snooze for 1 hour' }));
    await waitFor(async () => expect((await saved()).snoozeUntil).not.toBeNull());
    const until = (await saved()).snoozeUntil ?? 0;
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(until);
    await waitFor(() => expect(screen.getByText(`Notifications are snoozed until ${time}.`)).toBeTruthy());
  });

  it('offers no incident snooze when none is open', async () => {
    await show('a-all-operational');
    expect((screen.getByRole('button', { name: 'Snooze until the current incident resolves' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('turns the local signal off and on with no permission prompt, and says what it observes', async () => {
    await show();
    const box = screen.getByRole('checkbox', { name: /claude\.ai is failing in this browser/ }) as HTMLInputElement;
    expect(screen.getByRole('group', { name: 'Before the status page says so' }).textContent)
      .toContain('Nothing leaves your browser');
    // A short paragraph people read, not 100 words (#21, defect 11).
    const hint = screen.getByRole('group', { name: 'Before the status page says so' }).querySelector('.hint')?.textContent ?? '';
    expect(hint.split(/\s+/).length).toBeLessThanOrEqual(45);
    fireEvent.click(box);
    await waitFor(async () => expect((await saved()).sensing).toBe(false));
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect((await saved()).sensing).toBe(true));
    expect(perms.requests).toBe(0);
    for (const name of ['alarms', 'storage', 'notifications', 'https://claude.ai/*']) expect(perms.has(name)).toBe(true);
  });
});
