/**
 * Public intake throughput: autocannon against `stadsveilig serve` on 127.0.0.1 (a child process,
 * so the load generator does not share its event loop). Each request carries a unique
 * Idempotency-Key. Usage:
 *   node --import tsx bench/signals-intake.bench.ts [seconds=20] [connections=20]
 * With DATABASE_URL set it measures PostgreSQL, otherwise the embedded database in a temp dir.
 * Prints requests/s, latency percentiles and the number of reports stored vs. 2xx replies.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { projectRoot } from '../src/config/config.ts';

const seconds = Number(process.argv[2] ?? 20);
const connections = Number(process.argv[3] ?? 20);
const port = 18_000 + Math.floor(Math.random() * 1000);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-'));

async function startServer() {
  const child = spawn(process.execPath, [path.join(projectRoot, 'bin/stadsveilig.js'), 'serve', '--quiet'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', STADSVEILIG_DATA_DIR: dataDir, STADSVEILIG_SIGNAL_INTAKE_PER_MINUTE: '1000000',
      STADSVEILIG_SIGNAL_INTAKE_MIN_SECONDS: '0', STADSVEILIG_ADMIN_PASSWORD: 'bench-password-123', STADSVEILIG_LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/public/signals/form`);
      if (r.ok) return { child, formToken: ((await r.json()) as { formToken: string }).formToken };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

const { child, formToken } = await startServer();
let n = 0;
const result = await autocannon({
  url: `http://127.0.0.1:${port}/api/v1/public/signals`,
  connections,
  duration: seconds,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  setupClient(client) {
    client.setHeaders({ 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${++n}-${Date.now()}` });
  },
  requests: [{
    setupRequest(req) {
      n += 1;
      return { ...req, headers: { ...req.headers, 'idempotency-key': `bench-${process.pid}-${n}` },
        body: JSON.stringify({ description: `Afval naast de container nummer ${n}`, categorySlug: 'afval-dumping', location: { lat: 51.8133 + (n % 100) * 1e-5, lon: 4.669 }, formToken }) };
    },
  }],
});
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
let stored = -1;
if (process.env.DATABASE_URL) {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  stored = Number((await c.query("SELECT count(*) FROM signals WHERE source = 'web'")).rows[0].count);
  await c.end();
}
const ok = result['2xx'];
console.log(JSON.stringify({ engine: process.env.DATABASE_URL ? 'postgres' : 'embedded', seconds, connections, requestsPerSecond: result.requests.average,
  p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, ok, non2xx: result.non2xx, errors: result.errors, storedReports: stored }));
fs.rmSync(dataDir, { recursive: true, force: true });
