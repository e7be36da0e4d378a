/**
 * The HTTP listener of a start: it listens at once, before the database is opened, so
 * `GET /api/v1/health` answers within moments of a start at any data size — `starting` (503 with
 * Retry-After) and the steps still to do. Every other API request gets the `starting` problem (503),
 * a browser a small start page that reloads itself. When the app is built the listener is closed and
 * the app listens on the same port (a gap of a millisecond or so, in which a connect is refused).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serverStarting } from '../core/errors.ts';
import { securityHeadersFor } from '../http/security-headers.ts';
import { PROBLEM_TYPE_BASE } from '../http/problem.ts';
import { startingHealth, type StartStep } from '../modules/health/index.ts';

/** Seconds a client is asked to wait before asking again. */
export const STARTING_RETRY_AFTER = 2;

export interface StartingServer {
  /** The port it listens on (the one asked for, or the one the system chose for port 0). */
  port: number;
  /** Health and the start page report this step (and the ones after it) as still to do. */
  step(step: StartStep): void;
  close(): Promise<void>;
}

const START_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${STARTING_RETRY_AFTER}"><title>Stadsveilig start op</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><main><h1>Stadsveilig start op</h1>
<p>De server bereidt de database voor. Deze pagina laadt vanzelf opnieuw zodra hij klaar is.</p>
<p lang="en">Stadsveilig is starting: the server is preparing its database. This page reloads by itself when it is ready.</p>
</main></body></html>
`;

function send(res: http.ServerResponse, url: string, status: number, type: string, body: string): void {
  res.writeHead(status, {
    ...securityHeadersFor(url, false),
    ...(url.startsWith('/api/')
      ? {}
      : { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" }),
    'cache-control': 'no-store',
    'retry-after': String(STARTING_RETRY_AFTER),
    'content-type': type,
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

function answer(req: http.IncomingMessage, res: http.ServerResponse, database: 'embedded' | 'postgres', step: StartStep): void {
  const url = req.url ?? '/';
  const pathOnly = url.split('?')[0]!;
  if (pathOnly === '/api/v1/health' && (req.method === 'GET' || req.method === 'HEAD')) {
    send(res, url, 503, 'application/json; charset=utf-8', JSON.stringify(startingHealth(database, step)));
  } else if (pathOnly.startsWith('/api/')) {
    const err = serverStarting('Stadsveilig is starting and prepares its database; try again in a few seconds.', STARTING_RETRY_AFTER);
    const problem = { type: PROBLEM_TYPE_BASE + err.type, title: err.title, status: err.status, detail: err.message, instance: pathOnly };
    send(res, url, err.status, 'application/problem+json; charset=utf-8', JSON.stringify(problem));
  } else {
    send(res, url, 503, 'text/html; charset=utf-8', START_PAGE);
  }
}

/** Listens on `port`/`host` at once and answers as above until `close()`. */
export function listenWhileStarting(port: number, host: string, database: 'embedded' | 'postgres'): Promise<StartingServer> {
  let current: StartStep = 'database';
  const server = http.createServer((req, res) => {
    // Drain a body so the connection stays usable; answer right away.
    req.resume();
    answer(req, res, database, current);
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        step: (step) => {
          current = step;
        },
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
