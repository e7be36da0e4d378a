/**
 * Public intake throughput: autocannon against `stadsveilig serve` on 127.0.0.1 (a child process,
 * so the load generator does not share its event loop). Each request carries a unique
 * Idempotency-Key. Usage:
 *   node --import tsx bench/signals-intake.bench.ts [seconds=20] [connections=10]
 * With DATABASE_URL set it measures PostgreSQL (a fresh database, dropped afterwards), otherwise
 * the embedded database in a temp dir. Prints requests/s, latency percentiles, the load average
 * the server's CPU time per report, and the number of reports stored vs. 2xx replies.
 */
import autocannon from 'autocannon';
import { benchTarget, cpuMs, loadAverage, startServer, stopServer } from './signals-server.ts';

const seconds = Number(process.argv[2] ?? 20);
const connections = Number(process.argv[3] ?? 10);
const target = await benchTarget();
const loadBefore = loadAverage();
const { child, formToken } = await startServer(target);
let n = 0;
const cpuBefore = cpuMs(child.pid);
const result = await autocannon({
  url: `http://127.0.0.1:${target.port}/api/v1/public/signals`,
  connections,
  duration: seconds,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  requests: [
    {
      setupRequest(req) {
        n += 1;
        return {
          ...req,
          headers: { ...req.headers, 'idempotency-key': `bench-${process.pid}-${n}` },
          body: JSON.stringify({
            description: `Afval naast de container nummer ${n}`,
            categorySlug: 'afval-dumping',
            location: { lat: 51.8133 + (n % 100) * 1e-5, lon: 4.669 },
            formToken,
          }),
        };
      },
    },
  ],
});
// Server CPU per report is robust against other jobs on the machine (req/s and latency are not).
const serverCpuMsPerReport = Math.round(((cpuMs(child.pid) - cpuBefore) / Math.max(1, result['2xx'])) * 100) / 100;
await stopServer(child, 'SIGTERM');
const stored = (await target.query<{ n: number }>("SELECT count(*)::int AS n FROM signals WHERE source = 'web'"))[0]?.n ?? -1;
await target.cleanup();
console.log(
  JSON.stringify({
    engine: target.engine,
    seconds,
    connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    storedReports: stored,
    serverCpuMsPerReport,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAverage(),
  }),
);
