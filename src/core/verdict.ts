// The verdict about claude.ai in words: the tooltip's first line, the popup's headline and the banner's,
// one message per situation, each with what to do. Decided in situation.ts, only worded here.
import type { SurfaceState } from './derive';
import type { I18n } from './i18n';
import { stageWord } from './stage-words';
import type { IncidentStage, MaintenanceStage, } from './types';
import type { UnknownReason } from './source';
import { sourceErrorWord } from './words';

export type ClaudeAiVerdict =
  /** The status page reports claude.ai affected (an open incident on it, or its component in trouble). */
  | { kind: 'down'; stage: IncidentStage | MaintenanceStage | null; /** 429s here: probably the outage, not usage. */ limitedHere: boolean }
  /** The status page still lists claude.ai's incident, but here requests have worked again for a while. */
  | { kind: 'works-here'; stage: IncidentStage | MaintenanceStage | null }
  | { kind: 'maintenance' }
  /** This browser sees claude.ai failing; the status page has not said so (the local signal). */
  | { kind: 'failing-for-you'; onAndOff: boolean; failed: number; total: number }
  /** The status page cannot be reached because this machine seems offline: never an outage. */
  | { kind: 'offline' }
  | { kind: 'unknown'; reason: UnknownReason }
  /** The page gives claude.ai a status this version cannot read: unknown is unknown, not fine. */
  | { kind: 'unrecognised' }
  /** claude.ai is fine; `others` are the other watched surfaces with problems, worst first. */
  | { kind: 'fine'; others: SurfaceState[]; /** 529s on completions here: the models' load. */ overloaded: boolean };

export type Verdict =
  | ClaudeAiVerdict
  /** The person does not watch claude.ai: a plain summary of what they watch, worst first. */
  | { kind: 'watched'; affected: SurfaceState[] };

/** Whether claude.ai is in trouble in this verdict: the states in which the advice is given. */
export const isTrouble = (v: Verdict): boolean => v.kind === 'down' || v.kind === 'failing-for-you' || v.kind === 'maintenance';

/** The verdict in words, in the reader's language. */
export function verdictWords(i18n: I18n, v: Verdict): string {
  switch (v.kind) {
    case 'down': return i18n.t('verdictDown');
    case 'works-here': return i18n.t('verdictWorksHere', [v.stage ? stageWord(i18n, v.stage) : i18n.t('verdictWorksHereOpen')]);
    case 'maintenance': return i18n.t('verdictMaintenance');
    case 'failing-for-you': return i18n.t(v.onAndOff ? 'verdictLocalOnAndOff' : 'verdictLocal');
    case 'offline': return i18n.t('verdictOffline');
    case 'unknown': return i18n.t('verdictUnknown', [sourceErrorWord(i18n, v.reason)]);
    case 'unrecognised': return i18n.t('verdictUnrecognised');
    case 'fine': {
      const [worst] = v.others;
      if (!worst) return i18n.t(v.overloaded ? 'verdictOverloaded' : 'verdictFine');
      return v.others.length === 1 ? i18n.t('verdictFineOther', [worst.label]) : i18n.t('verdictFineOthers', [worst.label, v.others.length - 1]);
    }
    case 'watched': {
      const [worst] = v.affected;
      if (!worst) return i18n.t('verdictWatchedFine');
      return v.affected.length === 1 ? i18n.t('verdictWatched', [worst.label]) : i18n.t('verdictWatchedMore', [worst.label, v.affected.length - 1]);
    }
  }
}

/** What to do, for the verdicts that call for it; null when there is nothing to do. */
export function adviceWords(i18n: I18n, v: Verdict): string | null {
  switch (v.kind) {
    case 'down': return v.limitedHere ? `${i18n.t('adviceLimitedIsOutage')} ${i18n.t('bannerOutageAdvice')}` : i18n.t('bannerOutageAdvice');
    case 'failing-for-you': return i18n.t('adviceLocal');
    case 'maintenance': return i18n.t('bannerMaintenanceAdvice');
    case 'works-here': return i18n.t('adviceWorksHere');
    case 'fine': return v.overloaded && v.others.length === 0 ? i18n.t('adviceOverloaded') : null;
    default: return null;
  }
}
