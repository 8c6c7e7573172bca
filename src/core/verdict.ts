// One verdict about claude.ai, worded the same in the tooltip's first line, the popup's top line and the
// banner's headline: is it down for everyone, failing only here, is the person offline, or is it unknown?
import type { SurfaceState } from './derive';
import type { I18n } from './i18n';
import type { LocalSignal } from './sensing/local-signal';
import { isAffected, rankOf } from './severity';
import { freshnessOf, type StatusState, type UnknownReason } from './source';
import { CLAUDE_AI } from './surfaces';
import { sourceErrorWord } from './words';

export type Verdict =
  /** The status page reports claude.ai affected (a status other than operational, or an incident on it). */
  | { kind: 'down' }
  | { kind: 'maintenance' }
  /** This browser sees claude.ai failing; the status page has not said so (the local signal). */
  | { kind: 'failing-for-you' }
  /** The status page cannot be reached because this machine seems offline: never an outage. */
  | { kind: 'offline' }
  | { kind: 'unknown'; reason: UnknownReason }
  /** The page gives claude.ai a status this version cannot read: unknown is unknown, not fine. */
  | { kind: 'unrecognised' }
  /** claude.ai is fine; `others` are the other surfaces with problems, worst first. */
  | { kind: 'fine'; others: SurfaceState[] }
  /** The person does not watch claude.ai: a plain summary of what they watch, worst first. */
  | { kind: 'watched'; affected: SurfaceState[] };

const worstFirst = (list: SurfaceState[]): SurfaceState[] => list.filter((s) => isAffected(s.status))
  .sort((a, b) => rankOf(b.status) - rankOf(a.status));

export function decideVerdict(state: StatusState, now: number, local: LocalSignal, watched: readonly string[] | null = null): Verdict {
  const freshness = freshnessOf(state, now);
  if (!freshness.fresh) return freshness.reason === 'offline' ? { kind: 'offline' } : { kind: 'unknown', reason: freshness.reason };
  const surfaces = state.snapshot?.surfaces ?? [];
  if (watched !== null && !watched.includes(CLAUDE_AI)) return { kind: 'watched', affected: worstFirst(surfaces.filter((s) => watched.includes(s.key))) };
  const ai = surfaces.find((s) => s.key === CLAUDE_AI);
  if (!ai) return { kind: 'unknown', reason: 'no-data' };
  if (ai.status === 'unknown') return { kind: 'unrecognised' };
  if (ai.status === 'under_maintenance') return { kind: 'maintenance' };
  if (isAffected(ai.status) || ai.incidentIds.some((id) => state.snapshot?.incidents.some((i) => i.id === id))) return { kind: 'down' };
  if (local.kind === 'failing') return { kind: 'failing-for-you' };
  return { kind: 'fine', others: worstFirst(surfaces.filter((s) => s.key !== CLAUDE_AI && (watched === null || watched.includes(s.key)))) };
}

/** The verdict in words, in the reader's language. */
export function verdictWords(i18n: I18n, v: Verdict): string {
  switch (v.kind) {
    case 'down': return i18n.t('verdictDown');
    case 'maintenance': return i18n.t('verdictMaintenance');
    case 'failing-for-you': return i18n.t('verdictLocal');
    case 'offline': return i18n.t('verdictOffline');
    case 'unknown': return i18n.t('verdictUnknown', [sourceErrorWord(i18n, v.reason)]);
    case 'unrecognised': return i18n.t('verdictUnrecognised');
    case 'fine': {
      const [worst] = v.others;
      if (!worst) return i18n.t('verdictFine');
      return v.others.length === 1 ? i18n.t('verdictFineOther', [worst.label]) : i18n.t('verdictFineOthers', [worst.label, v.others.length - 1]);
    }
    case 'watched': {
      const [worst] = v.affected;
      if (!worst) return i18n.t('verdictWatchedFine');
      return v.affected.length === 1 ? i18n.t('verdictWatched', [worst.label]) : i18n.t('verdictWatchedMore', [worst.label, v.affected.length - 1]);
    }
  }
}
