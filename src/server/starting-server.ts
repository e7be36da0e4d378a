/**
 * The HTTP listener of a start: it listens at once, before the database is opened, so
 * `GET /api/v1/health` answers within moments of a start at any data size — `starting` (503 with
 * Retry-After) and the steps still to do. Every other API request gets the `starting` problem (503),
 * a browser a small start page that reloads itself. It runs in a worker thread (starting-worker.mjs)
 * so it answers while the main thread is busy opening the database. When the app is built the
 * listener is closed and the app listens on the same port (a gap of a millisecond or so, in which a
 * connect is refused).
 */
import { Worker } from 'node:worker_threads';
import { serverStarting } from '../core/errors.ts';
import { PROBLEM_TYPE_BASE } from '../http/problem.ts';
import { securityHeadersFor } from '../http/security-headers.ts';
import { START_STEPS, startingHealth, type StartStep } from '../modules/health/index.ts';

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

/** What the worker says, all computed here from the error catalogue, health schema and headers. */
function workerSetup(port: number, host: string, database: 'embedded' | 'postgres') {
  const err = serverStarting('Stadsveilig is starting and prepares its database; try again in a few seconds.', STARTING_RETRY_AFTER);
  const common = { 'cache-control': 'no-store', ...err.headers };
  const { starting: _all, ...healthBase } = startingHealth(database, START_STEPS[0]);
  return {
    port,
    host,
    healthBase,
    steps: [...START_STEPS],
    problem: { type: PROBLEM_TYPE_BASE + err.type, title: err.title, status: err.status, detail: err.message },
    startPage: START_PAGE,
    apiHeaders: { ...securityHeadersFor('/api/', false), ...common },
    webHeaders: {
      ...securityHeadersFor('/', false),
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      ...common,
    },
  };
}

type WorkerMessage = { listening?: number; error?: string; closed?: boolean };

/** Listens on `port`/`host` at once (in a worker thread) and answers as above until `close()`. */
export function listenWhileStarting(port: number, host: string, database: 'embedded' | 'postgres'): Promise<StartingServer> {
  const worker = new Worker(new URL('./starting-worker.mjs', import.meta.url), { workerData: workerSetup(port, host, database) });
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((done) => {
      const stop = () => void worker.terminate().then(() => done());
      worker.on('message', (m: WorkerMessage) => m.closed && stop());
      worker.once('exit', () => done());
      worker.postMessage({ close: true });
    });
    return closing;
  };
  return new Promise((resolve, reject) => {
    const onFirst = (m: WorkerMessage) => {
      worker.off('message', onFirst);
      if (m.listening === undefined) {
        void worker.terminate();
        reject(Object.assign(new Error(`Cannot listen on ${host}:${port}: ${m.error}`), { code: (m as { code?: string }).code }));
        return;
      }
      resolve({ port: m.listening, step: (step) => worker.postMessage({ step }), close });
    };
    worker.on('message', onFirst);
    worker.on('error', reject); // a later error (after resolve) is ignored here, as the listener is replaced anyway
  });
}
