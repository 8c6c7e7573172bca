import type { SurfaceState } from '../core/derive';
import { type History, surfaceDays } from '../core/history';
import { COLOURS } from '../core/severity';
import type { ComponentStatus } from '../core/types';
import { statusWord } from '../core/words';
import { i18n, t } from '../shared/i18n';

const BY_RANK: ComponentStatus[] = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'];
const NO_DATA = '#C4C7C5';

/**
 * The last two weeks per surface, one cell a day, oldest first: a picture for the eye, with a sentence
 * for screen readers (the cells themselves are hidden from them).
 */
export function HistoryRows({ history, surfaces, now }: { history: History; surfaces: SurfaceState[]; now: number }) {
  const rows = surfaces.map((s) => ({ surface: s, days: surfaceDays(history, s.key, now) }));
  if (rows.every((r) => r.days.every((d) => d.rank === null))) return null;
  return (
    <section aria-label={t('historyHeading')}>
      <h2>{t('historyHeading')}</h2>
      <p class="legend">{t('historyLegend')}</p>
      <ul class="history">
        {rows.map(({ surface, days }) => {
          const known = days.filter((d) => d.rank !== null);
          const bad = known.filter((d) => (d.rank ?? 0) >= 2).length;
          const summary = t('historySummary', [surface.label, bad, known.length]);
          return (
            <li key={surface.key} aria-label={summary}>
              <span class="name">{surface.label}</span>
              <span class="cells" aria-hidden="true">
                {days.map((d) => {
                  const status = d.rank === null ? null : BY_RANK[Math.min(d.rank, 4)] ?? 'operational';
                  return (
                    <span key={d.day} class="cell" title={t('surfaceLine', [d.day, status ? statusWord(i18n, status) : t('historyNoData')])}
                      style={{ background: status ? COLOURS[status].background : NO_DATA }} />
                  );
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
