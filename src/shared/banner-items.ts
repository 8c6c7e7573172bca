// The banner's stored items (what it shows, its dismissal, the "tell me when it's back" alert it offers, the
// log-out guard's "Log out anyway"), declared apart from the rest (stored-items.ts re-exports them) so that
// the claude.ai script, which needs only these, does not carry every other item's reader.
import { BACK_ALERT_KEY, type BackAlert, readBackAlert, toStoredBackAlert } from '../core/back-alert';
import { BANNER_KEY, type BannerDismissal, type BannerView, DISMISSAL_KEY, readBanner, readDismissal, toStoredBanner } from '../core/banner';
import { LOGOUT_CHOICE_KEY, readChoice, toStoredChoice } from '../core/logout-guard';
import type { StoredItem } from './stored-item';

export const BANNER: StoredItem<BannerView> = { key: BANNER_KEY, area: 'local', read: readBanner, toStored: toStoredBanner, maxChars: 8_000 };
export const DISMISSAL: StoredItem<BannerDismissal | null> = { key: DISMISSAL_KEY, area: 'local', read: readDismissal, toStored: (v) => v, maxChars: 1_000 };
/** "Tell me when it's back": written by the background only (arming, cancelling and delivery are its messages and checks). */
export const BACK_ALERT: StoredItem<BackAlert | null> = { key: BACK_ALERT_KEY, area: 'local', read: readBackAlert, toStored: toStoredBackAlert, maxChars: 1_000 };
/** The trouble episode in which the person chose "Log out anyway": not asked again in it. Written by the claude.ai script only. */
export const LOGOUT_CHOICE: StoredItem<string | null> = { key: LOGOUT_CHOICE_KEY, area: 'local', read: readChoice, toStored: toStoredChoice, maxChars: 1_000 };
