// axe-core (WCAG 2.2 AA) inside a real page. Evaluated over the DevTools protocol / BiDi, which an
// extension page's CSP does not stop (an injected <script> would be refused).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; help: string; targets: string[] }

/** The function to evaluate in the page (after AXE_SOURCE): violations of WCAG 2.0-2.2 A and AA. */
export const RUN_AXE = `(async () => {
  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary || '')) }));
})()`;
