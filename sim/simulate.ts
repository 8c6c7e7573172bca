// `npm run simulate`: prints the simulation's table (see sim/simulation.ts).
import { AGENTS_DEFAULT_NOTE, INSTALLS, runSimulation } from './simulation';

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const agents = Number(process.env.SIM_AGENTS ?? 200_000);
const rows = runSimulation(agents);
console.log(`Simulated ${fmt(INSTALLS)} installs as ${fmt(agents)} agents, one-minute buckets, seeded (${AGENTS_DEFAULT_NOTE}).\n`);
console.log('| phase | extension req/s mean | peak | peak ÷ steady mean | MB/s | failed requests | naive req/s mean | naive peak | naive MB/s | naive failed |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.phase} | ${fmt(r.oursPerSecondMean)} | ${fmt(r.oursPerSecondPeak)} | ${fmt(r.oursPeakOverSteadyMean, 2)} | ${fmt(r.oursMBps, 1)} | ${fmt(r.oursFailedRequests)} | ${fmt(r.naivePerSecondMean)} | ${fmt(r.naivePerSecondPeak)} | ${fmt(r.naiveMBps, 1)} | ${fmt(r.naiveFailedRequests)} |`);
}
const steady = rows[0];
if (steady) {
  console.log(`\nSteady state per install: extension ${fmt(steady.oursMBPerInstallHour * 1e6 / 1000, 1)} KB/hour, naive ${fmt(steady.naiveMBPerInstallHour * 1e6 / 1000, 1)} KB/hour.`);
}
if (process.env.SIM_JSON) console.log(JSON.stringify(rows));
