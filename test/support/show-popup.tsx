// The popup as a person opens it, over a stored status in the fake browser: the jsdom popup suites share it.
// The suite itself mocks '../shared/browser' with fakeBrowser (a vi.mock is hoisted into the test file only).
import { render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { StatusState } from '../../src/core/source';
import { STATE_KEY, toStored } from '../../src/core/stored';
import { loadPopupData } from '../../src/shared/status-store';
import { Popup } from '../../src/popup/Popup';

/** Stores `state` as a check would, renders the popup from storage and waits for its heading. */
export async function showPopup(state: StatusState): Promise<void> {
  await fakeBrowser.storage.local.set({ [STATE_KEY]: toStored(state) });
  render(<Popup initial={await loadPopupData()} />);
  await screen.findByRole('heading', { level: 1 });
}
