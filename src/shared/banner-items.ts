// The banner's two stored items, declared apart from the rest (stored-items.ts re-exports them) so that
// the claude.ai script, which needs only these, does not carry every other item's reader.
import { BANNER_KEY, type BannerDismissal, type BannerView, DISMISSAL_KEY, readBanner, readDismissal, toStoredBanner } from '../core/banner';
import type { StoredItem } from './stored-item';

export const BANNER: StoredItem<BannerView> = { key: BANNER_KEY, area: 'local', read: readBanner, toStored: toStoredBanner, maxChars: 8_000 };
export const DISMISSAL: StoredItem<BannerDismissal | null> = { key: DISMISSAL_KEY, area: 'local', read: readDismissal, toStored: (v) => v, maxChars: 1_000 };
