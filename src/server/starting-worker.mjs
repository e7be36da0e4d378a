// The listener of a start, in a worker thread (starting-server.ts starts it): it answers while the
// main thread is busy opening the database (the embedded engine compiles and starts PGlite on the
// main thread, blocking it for seconds). Plain JavaScript with node: imports only, so it needs no
// TypeScript loader and starts in milliseconds; everything it says comes in `workerData`.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ port: number, host: string, healthBase: object, steps: string[], problem: object, startPage: string, apiHeaders: object, webHeaders: object } | null} */
const setup = workerData ?? null;
let current = 0;

function send(res, status, headers, type, body) {
  res.writeHead(status, { ...headers, 'content-type': type, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function answer(req, res) {
  const pathOnly = (req.url ?? '/').split('?')[0];
  if (pathOnly === '/api/v1/health' && (req.method === 'GET' || req.method === 'HEAD')) {
    const health = { ...setup.healthBase, starting: setup.steps.slice(current) };
    send(res, 503, setup.apiHeaders, 'application/json; charset=utf-8', JSON.stringify(health));
  } else if (pathOnly.startsWith('/api/')) {
    const problem = { ...setup.problem, instance: pathOnly };
    send(res, 503, setup.apiHeaders, 'application/problem+json; charset=utf-8', JSON.stringify(problem));
  } else {
    send(res, 503, setup.webHeaders, 'text/html; charset=utf-8', setup.startPage);
  }
}

if (!setup) {
  // Started without start data (the build's check that every worker loads): say so and stop.
  parentPort?.once('message', () => parentPort?.postMessage({ error: 'no start data' }));
} else {
  const server = http.createServer((req, res) => {
    req.resume(); // drain a body so the connection stays usable
    answer(req, res);
  });
  server.keepAliveTimeout = 1000;
  server.once('error', (err) => parentPort?.postMessage({ error: err.message, code: err.code }));
  server.listen(setup.port, setup.host, () => parentPort?.postMessage({ listening: server.address().port }));
  parentPort?.on('message', (msg) => {
    if (typeof msg.step === 'string') current = Math.max(0, setup.steps.indexOf(msg.step));
    if (msg.close) {
      server.close(() => parentPort?.postMessage({ closed: true }));
      server.closeAllConnections();
    }
  });
}
