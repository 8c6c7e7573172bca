// The banner's stored items (its view, its dismissal, and the "tell me when it's back" alert it offers), declared apart from the rest (stored-items.ts re-exports them) so that
// the claude.ai script, which needs only these, does not carry every other item's reader.
import { BANNER_KEY, type BannerDismissal, type BannerView, DISMISSAL_KEY, readBanner, readDismissal, toStoredBanner } from '../core/banner';
import { BACK_ALERT_KEY, type BackAlert, readBackAlert, toStoredBackAlert } from '../core/back-alert';
import type { StoredItem } from './stored-item';

export const BANNER: StoredItem<BannerView> = { key: BANNER_KEY, area: 'local', read: readBanner, toStored: toStoredBanner, maxChars: 8_000 };
export const DISMISSAL: StoredItem<BannerDismissal | null> = { key: DISMISSAL_KEY, area: 'local', read: readDismissal, toStored: (v) => v, maxChars: 1_000 };
/** "Tell me when it's back": written by the background only (arming, cancelling and delivery are its messages and checks). */
export const BACK_ALERT: StoredItem<BackAlert | null> = { key: BACK_ALERT_KEY, area: 'local', read: readBackAlert, toStored: toStoredBackAlert, maxChars: 1_000 };
