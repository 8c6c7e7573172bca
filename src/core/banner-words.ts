// The banner's two lines, the verdict and the one thing to do, in the same messages as the tooltip and
// the popup: the banner view carries what situation.ts decided, and only its words are chosen here.
import type { BannerView } from './banner';
import type { I18n } from './i18n';
import { stageWord } from './stage-words';

type Visible = Exclude<BannerView, { kind: 'hidden' }>;

/** [headline, advice] for a visible banner. */
export function bannerWords(i18n: I18n, view: Visible): [string, string] {
  const { t } = i18n;
  switch (view.kind) {
    case 'recovered': return [t('bannerRecoveredHeadline'), t('bannerRecoveredAdvice')];
    case 'maintenance': return [t('verdictMaintenance'), t('bannerMaintenanceAdvice')];
    case 'local': return [t(view.onAndOff ? 'verdictLocalOnAndOff' : 'verdictLocal'), t('adviceLocal')];
    case 'outage':
      if (view.worksHere) return [t('verdictWorksHere', [view.stage ? stageWord(i18n, view.stage) : t('verdictWorksHereOpen')]), t('adviceWorksHere')];
      return [t('verdictDown'), view.limitedHere ? `${t('adviceLimitedIsOutage')} ${t('bannerOutageAdvice')}` : t('bannerOutageAdvice')];
  }
}

/** The note under a local banner's details: what was seen here. */
export function localNote(i18n: I18n, view: Extract<BannerView, { kind: 'local' }>): string {
  if (!view.document) return i18n.t('bannerLocalNote');
  return i18n.t(view.rate ? 'bannerDocumentRateNote' : 'bannerDocumentNote');
}
