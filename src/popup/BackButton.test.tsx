// @vitest-environment jsdom
// "Tell me when it's back" in the popup: offered in trouble, never on a calm day, and once armed, the promise
// and a way to cancel it; the popup only asks, the stored alert says what is so.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EN, installFakeI18n } from '../../test/support/i18n';
import { showPopup as show } from '../../test/support/show-popup';
import { stateFor } from '../../test/support/states';
import { armBackAlert, BACK_ALERT_KEY, toStoredBackAlert } from '../core/back-alert';

vi.mock('../shared/browser', () => ({ default: fakeBrowser }));


beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n();
});
afterEach(cleanup);

describe('the popup’s "tell me when it’s back"', () => {
  it('is offered during the outage and asks the background to arm it', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await show(stateFor('b1-2026-03-02-investigating', Date.now()));
    fireEvent.click(screen.getByRole('button', { name: EN.t('backArm') }));
    expect(sent).toHaveBeenCalledWith({ type: 'back-alert', arm: true });
  });

  it('is not offered on a calm day, nor when only another service has trouble', async () => {
    await show(stateFor('f-claude-code-degraded-only', Date.now()));
    expect(screen.queryByRole('button', { name: EN.t('backArm') })).toBeNull();
  });

  it('once armed, says so, follows storage, and cancels', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await show(stateFor('b1-2026-03-02-investigating', Date.now()));
    const alert = armBackAlert({ kind: 'down', stage: 'investigating', limitedHere: false }, Date.now());
    await fakeBrowser.storage.local.set({ [BACK_ALERT_KEY]: toStoredBackAlert(alert) });
    const region = screen.getByRole('region', { name: 'claude.ai right now' });
    await waitFor(() => expect(region.textContent).toContain(EN.t('backArmed')));
    expect(screen.getByRole('button', { name: EN.t('backCancelLabel') }).getAttribute('title')).toBe(EN.t('backArmedNote'));
    expect(screen.queryByRole('button', { name: EN.t('backArm') })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: EN.t('backCancelLabel') }));
    expect(sent).toHaveBeenCalledWith({ type: 'back-alert', arm: false });
    await fakeBrowser.storage.local.set({ [BACK_ALERT_KEY]: toStoredBackAlert(null) });
    await waitFor(() => expect(screen.getByRole('button', { name: EN.t('backArm') })).toBeTruthy());
  });
});
