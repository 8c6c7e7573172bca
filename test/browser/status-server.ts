// A stand-in status page on loopback for browsers that cannot intercept an add-on's own fetches
// (Firefox over BiDi). Serves a scenario's Statuspage JSON or one of the shared http/ answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpFixture, readText } from '../support/fixtures';
import type { Answer } from './chromium-harness';

export interface StatusServer {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  serve(answer: Answer): void;
  close(): Promise<void>;
}

/** Serves the same answers on each port (the primary host and the fallback host of the test build). */
export async function startStatusServer(ports: readonly number[]): Promise<StatusServer> {
  let answer: Answer = { http: '503-origin-error.http' };
  const requests: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    if ('json' in answer) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer.json));
      return;
    }
    if ('scenario' in answer && path.startsWith('/api/v2/')) {
      try {
        const body = readText(`anthropic/${answer.scenario}/${path.slice('/api/v2/'.length)}`);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
      return;
    }
    const http = 'http' in answer ? httpFixture(answer.http) : httpFixture('503-origin-error.http');
    res.writeHead(http.status, http.headers);
    res.end(http.body ?? '');
  };
  const servers: Server[] = [];
  for (const port of ports) {
    const server = createServer(handler);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
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
