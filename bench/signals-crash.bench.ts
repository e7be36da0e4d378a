/**
 * Kill-and-restart reliability of public intake. Clients send `reports` logical reports, each with
 * its own Idempotency-Key, and retry every one (network error, 5xx, timeout) until it is
 * acknowledged. Meanwhile the server is killed with SIGKILL `kills` times and restarted on the
 * same data directory (embedded) or database (PostgreSQL). At the end every logical report must
 * exist exactly once: counted by Idempotency-Key, by description and by number, and the number
 * the client was given must be the stored one. Only 127.0.0.1; bounded in attempts and time.
 *   node --import tsx bench/signals-crash.bench.ts [reports=2000] [kills=3] [connections=16]
 * Exits 1 when a report was lost or duplicated.
 */
import { benchTarget, loadAverage, startServer, stopServer } from './signals-server.ts';

const reports = Number(process.argv[2] ?? 2000);
const kills = Number(process.argv[3] ?? 3);
const connections = Number(process.argv[4] ?? 16);
const TIME_LIMIT_MS = 10 * 60_000;
const MAX_ATTEMPTS = 400;
const run = `crash-${process.pid}-${Date.now().toString(36)}`;

const target = await benchTarget();
const loadBefore = loadAverage();
let server = await startServer(target);
const deadline = performance.now() + TIME_LIMIT_MS;
const acked = new Map<number, string>();
const stats = { attempts: 0, networkErrors: 0, serverErrors: 0, retriedReports: 0, storedBeforeKill: 0, restartsMs: [] as number[] };
/** Wall-clock time of the last kill: a retried report created before it was stored by a killed server and replayed. */
let lastKillAt = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const body = (i: number, formToken: string) =>
  JSON.stringify({
    description: `Logische melding ${run} nummer ${i}`,
    categorySlug: 'afval-dumping',
    location: { lat: 51.8133 + (i % 100) * 1e-5, lon: 4.669 },
    formToken,
  });

/** Sends report `i` until it is acknowledged; returns false when attempts or time ran out. */
async function send(i: number): Promise<boolean> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && performance.now() < deadline; attempt++) {
    stats.attempts += 1;
    try {
      const res = await fetch(`http://127.0.0.1:${target.port}/api/v1/public/signals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `${run}-${i}` },
        body: body(i, server.formToken),
        signal: AbortSignal.timeout(10_000),
      });
      const json = (await res.json()) as { number?: string; createdAt?: string };
      if (res.status === 201 && json.number) {
        if (attempt > 1) stats.retriedReports += 1;
        if (attempt > 1 && Date.parse(json.createdAt ?? '') < lastKillAt) stats.storedBeforeKill += 1;
        acked.set(i, json.number);
        return true;
      }
      if (res.status < 500 && res.status !== 429) throw new Error(`report ${i}: ${res.status} ${JSON.stringify(json)}`);
      stats.serverErrors += 1;
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('report ')) throw err;
      stats.networkErrors += 1;
    }
    await sleep(50 + Math.random() * 150);
  }
  return false;
}

async function clients(): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < reports) if (!(await send(next++))) return;
    }),
  );
}

/** Kills the server each time another 1/(kills+1) of the reports was acknowledged, then restarts it. */
async function killer(): Promise<void> {
  for (let k = 1; k <= kills; k++) {
    while (acked.size < (reports * k) / (kills + 1) && performance.now() < deadline) await sleep(20);
    await sleep(Math.random() * 100); // land somewhere inside a request
    lastKillAt = Date.now();
    await stopServer(server.child, 'SIGKILL');
    server = await startServer(target);
    stats.restartsMs.push(Math.round(server.startMs));
  }
}

const started = performance.now();
await Promise.all([clients(), killer()]);
const seconds = (performance.now() - started) / 1000;
await stopServer(server.child, 'SIGTERM');

const prefix = `${run}-%`;
const [keys] = await target.query<{ n: number }>(`SELECT count(*)::int AS n FROM signal_idempotency WHERE key LIKE '${prefix}'`);
const rows = await target.query<{ description: string; number: string }>(
  `SELECT description, number FROM signals WHERE description LIKE 'Logische melding ${run} %'`,
);
await target.cleanup();
const byDescription = new Map<string, string[]>();
for (const r of rows) byDescription.set(r.description, [...(byDescription.get(r.description) ?? []), r.number]);
const lost = Array.from({ length: reports }, (_, i) => i).filter((i) => !byDescription.has(`Logische melding ${run} nummer ${i}`)).length;
const duplicated = [...byDescription.values()].filter((n) => n.length > 1).length;
const wrongNumber = [...acked].filter(([i, number]) => byDescription.get(`Logische melding ${run} nummer ${i}`)?.[0] !== number).length;
const result = {
  engine: target.engine,
  reports,
  kills,
  connections,
  seconds: Math.round(seconds * 10) / 10,
  acknowledged: acked.size,
  storedReports: rows.length,
  idempotencyKeys: keys?.n ?? -1,
  distinctNumbers: new Set(rows.map((r) => r.number)).size,
  lost,
  duplicated,
  wrongNumber,
  ...stats,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadAverage(),
};
console.log(JSON.stringify(result));
if (
  lost ||
  duplicated ||
  wrongNumber ||
  acked.size !== reports ||
  result.idempotencyKeys !== reports ||
  result.distinctNumbers !== rows.length
)
  process.exit(1);
