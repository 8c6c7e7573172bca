// The two loopback ports of the local stand-in status page (primary host and fallback host), shared by
// the builds that talk to it (scripts/build.mjs bakes them in) and by the server the demo, the bench and
// the Firefox suites start. STAND_IN_PORT moves both (it and the next port), for a machine where
// 47913/47914 are taken; the build and the server read the same variable, so they always agree.
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';

const DEFAULT_PORT = 47913;

function basePort() {
  const raw = process.env.STAND_IN_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65534) {
    // A setting a person typed: say what is wrong with it, no stack trace.
    console.error(`STAND_IN_PORT=${raw} is not a port from 1024 to 65534 (the stand-in also takes the next one).`);
    process.exit(1);
  }
  return port;
}

/** [primary, fallback]: STAND_IN_PORT (default 47913) and the port after it. */
export const STAND_IN_PORTS = /** @type {const} */ ([basePort(), basePort() + 1]);
export const STAND_IN_ORIGINS = STAND_IN_PORTS.map((p) => `http://127.0.0.1:${p}`);

/** The one sentence a person needs when a stand-in port is taken. */
export function portBusyMessage(port) {
  return `Port 127.0.0.1:${port} is already in use (another demo, bench or Firefox test run, or another program): `
    + `stop that (\`ss -ltnp 'sport = :${port}'\` names it), or pick other ports with STAND_IN_PORT, `
    + `e.g. \`STAND_IN_PORT=${STAND_IN_PORTS[0] + 100} npm test\` (it uses that port and the next).`;
}

/** Resolves when both ports can be bound on 127.0.0.1; otherwise rejects with portBusyMessage. */
export async function checkPortsFree(ports = STAND_IN_PORTS) {
  for (const port of ports) {
    await new Promise((resolve, reject) => {
      const probe = createServer();
      probe.once('error', (e) => reject(e.code === 'EADDRINUSE' ? new Error(portBusyMessage(port)) : e));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(undefined)));
    });
  }
}

// `node scripts/stand-in-ports.mjs`: the check before the demo, the bench and the browser suites, so a
// busy port is one sentence before any build, not a stack trace after it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await checkPortsFree();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
