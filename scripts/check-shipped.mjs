// Fails when a shipped build (dist/chrome, dist/firefox) holds anything a store build must not: see
// shipped-rules.mjs. Run after `npm run build`, as part of `npm test`.
import { checkShipped } from './shipped-rules.mjs';

let failed = false;
for (const dir of ['dist/chrome', 'dist/firefox']) {
  const problems = checkShipped(dir);
  for (const p of problems) console.error(`${dir}: ${p}`);
  failed ||= problems.length > 0;
  if (problems.length === 0) console.log(`${dir}: fit to ship (permissions, hosts, no loopback, no code from strings, no remote code)`);
}
process.exit(failed ? 1 : 0);
