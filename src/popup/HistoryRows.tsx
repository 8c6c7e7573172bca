import type { SurfaceState } from '../core/derive';
import { type History, surfaceDays } from '../core/history';
import { COLOURS } from '../core/severity';
import type { ComponentStatus } from '../core/types';
import { formatDuration, statusWord } from '../core/words';
import { i18n, t } from '../shared/i18n';

const BY_RANK: ComponentStatus[] = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'];
const dayName = (day: string): string =>
  new Intl.DateTimeFormat(i18n.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));

/**
 * The last two weeks per surface, folded away until asked for: one cell a day, oldest first, and in words
 * for everyone (keyboard and screen reader included) which days had problems. Days without data inside
 * the known range are outlines, not the brightest thing on the page.
 */
export function HistoryRows({ history, surfaces, now }: { history: History; surfaces: SurfaceState[]; now: number }) {
  const all = surfaces.map((s) => ({ surface: s, days: surfaceDays(history, s.key, now) }));
  // Days before anything was known are left out, not drawn as empty outlines (a fresh install knows one day).
  const firsts = all.map((r) => r.days.findIndex((d) => d.rank !== null)).filter((n) => n >= 0);
  if (firsts.length === 0) return null;
  const from = Math.min(...firsts);
  const rows = all.map((r) => ({ ...r, days: r.days.slice(from) }));
  return (
    <details class="history-panel">
      <summary>{t('historyHeading')}</summary>
      <section aria-label={t('historyHeading')}>
        <ul class="history">
          {rows.map(({ surface, days }) => {
            const known = days.filter((d) => d.rank !== null);
            const bad = known.filter((d) => (d.rank ?? 0) >= 2);
            const summary = t('historySummary', [surface.label, bad.length, known.length]);
            const problems = bad.map((d) => {
              const what = `${dayName(d.day)}: ${statusWord(i18n, BY_RANK[Math.min(d.rank ?? 0, 4)] ?? 'operational')}`;
              // That day this browser saw claude.ai failing before the status page did (recorded by the check).
              return d.lead === null ? what : t('historyLead', [what, formatDuration(d.lead, i18n.locale)]);
            }).join(', ');
            return (
              <li key={surface.key}>
                <span class="name" aria-hidden="true">{surface.label}</span>
                <span class="sr-only">{summary}</span>
                <span class="cells" aria-hidden="true">
                  {days.map((d) => {
                    const status = d.rank === null ? null : BY_RANK[Math.min(d.rank, 4)] ?? 'operational';
                    return <span key={d.day} class={`cell${status ? ` ${status}` : ' none'}`} style={status ? { background: COLOURS[status].background } : undefined} />;
                  })}
                </span>
                <span class="days">{problems || t('historyNoProblems')}</span>
              </li>
            );
          })}
        </ul>
        <p class="legend">{t('historyLegend')}</p>
      </section>
    </details>
  );
}
