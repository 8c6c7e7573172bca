// A stand-in status page on loopback: for browsers that cannot intercept an add-on's own fetches
// (Firefox over BiDi), and for the demo. Serves the Statuspage v2 API from the recorded fixtures (test/fixtures/statuspage).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { portBusyMessage } from '../../scripts/stand-in-ports.mjs';
import { type Answer, reply } from './answers';

export interface StatusServer {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** What to answer from now on: fixed, or a function asked on each request (a replay). */
  serve(answer: Answer | (() => Answer)): void;
  close(): Promise<void>;
}

/** Serves the same answers on each port (the primary host and the fallback host of the test build). */
export async function startStatusServer(ports: readonly number[]): Promise<StatusServer> {
  let answer: Answer | (() => Answer) = { http: '503-origin-error.http' };
  const requests: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const r = reply(typeof answer === 'function' ? answer() : answer, path.replace(/^\/api\/v2\//, ''));
    res.writeHead(r.status, r.headers).end(r.body);
  };
  const servers: Server[] = [];
  for (const port of ports) {
    const server = createServer(handler);
    await new Promise<void>((resolve, reject) => {
      // A port taken since the check before the run: the same one sentence, not EADDRINUSE's stack.
      server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new Error(portBusyMessage(port)) : e));
      server.listen(port, '127.0.0.1', resolve);
    });
    servers.push(server);
  }
  const { port: bound } = servers[0]?.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    requests,
    serve: (a) => {
      answer = a;
    },
    close: async () => {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
