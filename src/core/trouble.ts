// "Is claude.ai in trouble right now?" for the claude.ai page, which knows only the stored banner view:
// the same rule as `isTrouble` on the verdict (the view is decided from that verdict, situation.ts), so the
// banner's "tell me when it's back" button and the log-out guard appear exactly when the popup gives advice.
import { type BannerView, isLive } from './banner';

/**
 * The episode claude.ai is in trouble for (down per the status page, failing in this browser, or in
 * maintenance), as the view's key, or null. "Works again here" and "recovered" are not trouble; a view past
 * its expiry (its data is stale) is not either: stale data never arms anything.
 */
export function troubleKey(view: BannerView, now: number): string | null {
  if (!isLive(view, now)) return null;
  switch (view.kind) {
    case 'outage': return view.worksHere ? null : view.key;
    case 'maintenance':
    case 'local': return view.key;
    default: return null;
  }
}
