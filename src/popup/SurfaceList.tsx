import type { SurfaceState } from '../core/derive';
import { COLOURS, isAffected } from '../core/severity';
import { STATUS_WORDS } from '../core/words';
import { timeAndAgo } from '../shared/format-time';

/** Each surface with its status in words (the dot is decoration), and since when if affected. */
export function SurfaceList({ surfaces, stale, now }: { surfaces: SurfaceState[]; stale: boolean; now: number }) {
  return (
    <ul class={`surfaces${stale ? ' stale' : ''}`} aria-label={stale ? 'Surfaces, last known (stale)' : 'Surfaces'}>
      {surfaces.map((s) => (
        <li key={s.key} class={isAffected(s.status) ? 'affected' : ''}>
          <span class="dot" style={{ background: COLOURS[s.status].background }} aria-hidden="true" />
          <span class="name">{s.label}</span>
          <span class="status">
            {STATUS_WORDS[s.status]}
            {isAffected(s.status) && timeAndAgo(s.since, now) && <small>since {timeAndAgo(s.since, now)}</small>}
          </span>
        </li>
      ))}
    </ul>
  );
}
