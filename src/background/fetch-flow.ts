import { confirmCurrent, type FetchOutcome, foldOutcome, readStatusProbe } from '../core/check';
import { parseRetryAfter, type PollMeta } from '../core/polling';
import { recordFailure, type StatusState } from '../core/source';
import { hostPattern } from '../core/host-pattern';
import browser from '../shared/browser';
import { CHECK_DEADLINE_MS, fetchStatus, type Validators } from './fetch-status';

export interface Fetched {
  state: StatusState;
  /** Validators to keep: only those of answers that made it into a good state. */
  validators: PollMeta['validators'];
  retryAfterMs: number | null;
  /** When this check's time is up (ms): later requests of the same check (the incident list) share it. */
  deadline: number;
}

/**
 * A request that fails like a network error may have been refused by the browser itself: Firefox lets a
 * person revoke the extension's access to a site. Say so, instead of "you appear to be offline".
 */
async function explain(outcome: FetchOutcome, origin: string): Promise<FetchOutcome> {
  if (outcome.ok || outcome.kind !== 'offline') return outcome;
  try {
    if (await browser.permissions.contains({ origins: [hostPattern(origin)] })) return outcome;
  } catch {
    return outcome;
  }
  return { ok: false, kind: 'no-permission', detail: `no host permission for ${origin}` };
}

/**
 * The requests of one check against `origin`. Steady state is one small request: status.json, whose
 * page.updated_at tells whether summary.json (about 15 KB) needs fetching at all. A Refresh, or having no
 * snapshot yet, goes straight to summary.json.
 */
export async function fetchAndFold(before: StatusState, meta: PollMeta, origin: string, force: boolean): Promise<Fetched> {
  const deadline = Date.now() + CHECK_DEADLINE_MS;
  const fresh: Record<string, Validators> = {};
  let retryAfter: string | null = null;
  const get = async (path: string, useValidators: boolean): Promise<FetchOutcome> => {
    const url = `${origin}/api/v2/${path}`;
    const outcome = await explain(await fetchStatus(url, useValidators ? meta.validators[url] : undefined, deadline), origin);
    if (outcome.ok) {
      retryAfter = outcome.answer.retryAfter ?? null;
      if (outcome.answer.status === 200) fresh[url] = { etag: outcome.answer.etag ?? null, lastModified: outcome.answer.lastModified ?? null };
    }
    return outcome;
  };
  let state: StatusState;
  const probe = !force && before.snapshot ? readStatusProbe(before, await get('status.json', true), origin) : { kind: 'changed' as const };
  if (probe.kind === 'unchanged') state = confirmCurrent(before, Date.now());
  else if (probe.kind === 'failed') state = recordFailure(before, probe.error, Date.now());
  // Validators for summary.json only make sense with the snapshot they validate.
  else state = foldOutcome(before, await get('summary.json', before.snapshot !== null), origin, Date.now());
  const good = state.error === null;
  return {
    state,
    validators: good ? { ...meta.validators, ...fresh } : meta.validators,
    retryAfterMs: good ? null : parseRetryAfter(retryAfter, Date.now()),
    deadline,
  };
}
