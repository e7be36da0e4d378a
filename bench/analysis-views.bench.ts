/**
 * Benchmark of the analysis views over 1,000,000 incidents: the three views the performance
 * target names (hottimes matrix, buurt × month counts, 100 m grid counts, each for one year) through
 * real HTTP on the in-process app, with a cheap request (GET /api/v1/health) kept running beside
 * them by autocannon to show how long other requests wait; the same aggregations in-process
 * (service call, no HTTP) and in DuckDB (2 threads) on the same rows; column load time and memory.
 * Embedded PGlite always; PostgreSQL as well when DATABASE_URL is set (a fresh database).
 *   node --import tsx bench/analysis-views.bench.ts [rows] [--dry]
 * Appends to bench/RESULTS.md unless --dry.
 */
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { projectRoot } from '../src/core/config.ts';
import { systemContext, type ServiceContext } from '../src/core/context.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { rdToWgs84 } from '../src/modules/areas/index.ts';
import { seedAreasIfEmpty } from '../src/modules/areas/index.ts';
import { getIncidentColumns } from '../src/modules/incidents/columns-service.ts';
import { ensureCrimeTypes } from '../src/modules/incidents/crime-types.ts';
import { vintagePlacer } from '../src/modules/incidents/import/placement.ts';
import { importIncidents } from '../src/modules/incidents/import/import-service.ts';
import { createUser } from '../src/modules/users/user-service.ts';
import { commonQuery } from '../src/modules/analysis-views/schema.ts';
import { counts, countsQuery } from '../src/modules/analysis-views/views/counts.ts';
import { hottimes } from '../src/modules/analysis-views/views/hottimes.ts';
import { eventTableOf } from '../src/modules/incidents/index.ts';
import { testConfig } from '../test/helpers/test-config.ts';
import { freshDatabaseUrl } from '../test/helpers/test-database.ts';
import { duckdbFigures, type DuckFigures } from './analysis-views-duckdb.ts';
import { BENCH_BOX, BENCH_CRIME_TYPES, seededRandom } from './support/synthetic-events.ts';
import { isSkippedAmsterdamTime } from '../src/modules/incidents/event-time.ts';

const args = process.argv.slice(2);
const ROWS = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const DRY = args.includes('--dry');
/** Only the HTTP part (views beside cheap requests): no in-process or DuckDB figures (the isolation runs of issue 17). */
const ISOLATION = args.includes('--isolation');
const GM = 'GM0505';
const TYPES = BENCH_CRIME_TYPES;
const BOX = BENCH_BOX; // RD New around GM0505
const YEAR = 'from=2023-01-01&to=2024-01-01';
const VIEWS = {
  hottimes: `/api/v1/analysis/hottimes?${YEAR}`,
  buurtMonth: `/api/v1/analysis/counts?${YEAR}&unit=buurt-month`,
  grid: `/api/v1/analysis/counts?${YEAR}&unit=grid&cellSize=100`,
};

/** 1M events, half around 40 hotspot centres (σ 150 m), half uniform; 2021–2024; 40 % with a 1–10 h window. */
async function writeEvents(ctx: ServiceContext, file: string): Promise<void> {
  const placer = await vintagePlacer(ctx, GM);
  const rnd = seededRandom(20261126);
  const centres = Array.from({ length: 40 }, () => [BOX.minX + rnd() * (BOX.maxX - BOX.minX), BOX.minY + rnd() * (BOX.maxY - BOX.minY)]);
  const out = fs.createWriteStream(file);
  let buf = 'id,type,start,end,x,y,offender_ref\n';
  for (let i = 0; i < ROWS; ) {
    const c = centres[Math.floor(rnd() * centres.length)]!;
    const hot = rnd() < 0.5;
    const g = () => Math.sqrt(-2 * Math.log(rnd() || 1e-9)) * Math.cos(2 * Math.PI * rnd()) * 150;
    const x = Math.round((hot ? c[0]! + g() : BOX.minX + rnd() * (BOX.maxX - BOX.minX)) * 100) / 100;
    const y = Math.round((hot ? c[1]! + g() : BOX.minY + rnd() * (BOX.maxY - BOX.minY)) * 100) / 100;
    const [lon, lat] = rdToWgs84(x, y);
    const start = Date.UTC(2021, 0, 1) + Math.floor(rnd() * 4 * 365) * 86_400_000 + Math.floor(rnd() * 1440) * 60_000;
    // A drawn local time in the skipped spring hour does not exist (the import refuses it): draw again.
    if (!placer.place(lon, lat, new Date(start).getUTCFullYear()) || isSkippedAmsterdamTime(start)) continue;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    const endMs = rnd() < 0.4 ? start + (60 + Math.floor(rnd() * 540)) * 60_000 : null;
    // An end in the skipped spring hour is refused as well: no end then (the import checks both).
    const end = endMs !== null && !isSkippedAmsterdamTime(endMs) ? iso(endMs) : '';
    buf += `W-${i},${TYPES[Math.floor(rnd() * TYPES.length)]},${iso(start)},${end},${x},${y},${rnd() < 0.2 ? `O-${Math.floor(rnd() * 5000)}` : ''}\n`;
    if (++i % 20_000 === 0) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

/** In --isolation runs: no DuckDB figures. */
const NO_DUCK: DuckFigures = {
  loadSeconds: Number.NaN,
  hottimesP95: Number.NaN,
  hottimesStartHourP95: Number.NaN,
  buurtMonthP95: Number.NaN,
  buurtMonthTextP95: Number.NaN,
  gridP95: Number.NaN,
  gridFloorP95: Number.NaN,
  crossingClockChange: 0,
  hottimes: new Float64Array(0),
  buurtMonth: new Map(),
};

type ClientResult = {
  url: string;
  p50: number;
  p95: number;
  max: number;
  cheap: { p50: number; p99: number; max: number; requests: number };
};

function runClient(base: string, cookie: string, n: number, url: string): Promise<ClientResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'bench', 'analysis-views-client.ts'), base, cookie, String(n), url],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`client exited ${code}`))));
  });
}

async function inProcessP95(ctx: ServiceContext, runs = 20) {
  const s = { gemeente: GM, minCellCount: 5 };
  const q = commonQuery.parse({ from: '2023-01-01', to: '2024-01-01' });
  const jobs = {
    hottimes: () => hottimes(ctx, s, q),
    buurtMonth: () => counts(ctx, s, countsQuery.parse({ from: '2023-01-01', to: '2024-01-01', unit: 'buurt-month' })),
    grid: () => counts(ctx, s, countsQuery.parse({ from: '2023-01-01', to: '2024-01-01', unit: 'grid' })),
  };
  const out: Record<string, number> = {};
  for (const [name, job] of Object.entries(jobs)) {
    const times: number[] = [];
    for (let k = 0; k < runs + 2; k++) {
      const t = performance.now();
      await job();
      if (k >= 2) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out[name] = times[Math.ceil(0.95 * times.length) - 1]!;
  }
  return out;
}

interface Figures {
  engine: string;
  importSeconds: number;
  loadSeconds: number;
  columnMb: number;
  http: (ClientResult & { loop: { p99: number; max: number; gcMax: number } })[];
  direct: Record<string, number>;
  duck: DuckFigures;
}

async function measure(engine: string, database: Database, dir: string, file: string | null): Promise<{ figures: Figures; file: string }> {
  await migrate(database);
  const ctx = systemContext(database.db, 'bench');
  await seedAreasIfEmpty(ctx, path.join(projectRoot, 'data', 'gm0505'));
  await ensureCrimeTypes(database.db);
  const csv = file ?? path.join(dir, 'events.csv');
  if (!file) await writeEvents(ctx, csv);
  let t = performance.now();
  const imported = await importIncidents(ctx, { file: csv, municipality: GM, source: 'analysis-views-bench' });
  const importSeconds = (performance.now() - t) / 1000;
  if (imported.rowsInserted !== ROWS) throw new Error(`stored ${imported.rowsInserted} of ${ROWS}`);
  const config = testConfig({ databaseUrl: engine.startsWith('Postgre') ? 'bench' : undefined });
  const app = await buildApp({ config, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await createUser(ctx, { email: 'bench@example.test', role: 'analyst', password: 'bench-password-correct-horse' });
    const login = await fetch(`${base}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.test', password: 'bench-password-correct-horse' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const before = process.memoryUsage().arrayBuffers;
    t = performance.now();
    const first = await fetch(`${base}${VIEWS.hottimes}`, { headers: { cookie } });
    if (first.status !== 200) throw new Error(`first request: ${first.status} ${await first.text()}`);
    const loadSeconds = (performance.now() - t) / 1000;
    const columnMb = (process.memoryUsage().arrayBuffers - before) / 1e6;
    // Each view in its own client run, with the server's event-loop delay measured meanwhile (after
    // one warm-up request here: the first grid request builds the study grid once).
    const http: (ClientResult & { loop: { p99: number; max: number; gcMax: number } })[] = [];
    for (const url of Object.values(VIEWS)) {
      await (await fetch(`${base}${url}`, { headers: { cookie } })).arrayBuffer();
      const loop = monitorEventLoopDelay({ resolution: 1 });
      let gcMax = 0;
      const gc = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) gcMax = Math.max(gcMax, e.duration);
      });
      gc.observe({ entryTypes: ['gc'] });
      loop.enable();
      const [r] = await runClient(base, cookie, 100, url);
      loop.disable();
      gc.disconnect();
      http.push({ ...r!, loop: { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6, gcMax } });
    }
    if (ISOLATION) return { figures: { engine, importSeconds, loadSeconds, columnMb, http, direct: {}, duck: NO_DUCK }, file: csv };
    const direct = await inProcessP95(ctx);
    const table = eventTableOf(await getIncidentColumns(ctx, GM));
    const duck = await duckdbFigures(table, dir, Date.UTC(2023, 0, 1) / 60_000, Date.UTC(2024, 0, 1) / 60_000);
    return { figures: { engine, importSeconds, loadSeconds, columnMb, http, direct, duck }, file: csv };
  } finally {
    await app.close();
  }
}

function report(all: Figures[]): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : `${v.toFixed(1)} ms`);
  const lines = [
    `\n## Analysis views over ${ROWS.toLocaleString('en')} incidents — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}; load average at the end ${load}.`,
    `Dataset: ${ROWS.toLocaleString('en')} synthetic events 2021–2024 (half around 40 hotspot centres, σ 150 m; 40 % with a 1–10 h window), imported with importIncidents into a fresh database; views for the year 2023 (~25 % of rows selected; the columns are ordered by start, so only that year's rows are visited).`,
    `Command: \`node --import tsx bench/analysis-views.bench.ts\`${all.length > 1 ? ' with DATABASE_URL from `scripts/test-postgres.sh start`' : ''}. HTTP: per view a client in a child process, 100 sequential GETs after 3 warm-ups; beside it autocannon keeps 1 connection on GET /api/v1/health ("cheap"); the server's event-loop delay (perf_hooks, 1 ms resolution) is recorded meanwhile: the longest any request could have waited behind the views.`,
    '',
    '| engine | view | API p50 | API p95 | API max | cheap p99 | cheap max | server event-loop delay p99 / max | longest GC pause | in-process p95 | DuckDB p95 (2 threads) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const f of all) {
    for (const [name, key] of [
      ['hottimes matrix (aoristic)', 'hottimes'],
      ['buurt × month counts', 'buurtMonth'],
      ['100 m grid counts', 'grid'],
    ] as const) {
      const h = f.http.find((r) => r.url === VIEWS[key])!;
      const duck = key === 'hottimes' ? f.duck.hottimesP95 : key === 'buurtMonth' ? f.duck.buurtMonthP95 : f.duck.gridP95;
      lines.push(
        `| ${f.engine} | ${name} | ${ms(h.p50)} | **${ms(h.p95)}** | ${ms(h.max)} | ${h.cheap.p99} ms | ${h.cheap.max} ms | ${ms(h.loop.p99)} / ${ms(h.loop.max)} | ${ms(h.loop.gcMax)} | ${ms(f.direct[key]!)} | ${ms(duck)} |`,
      );
    }
  }
  lines.push(
    '',
    ...all.map(
      (f) =>
        `- ${f.engine}: import ${f.importSeconds.toFixed(1)} s; columns load on the first request ${f.loadSeconds.toFixed(1)} s; typed-array memory ${f.columnMb.toFixed(0)} MB (capacity doubles as rows arrive); DuckDB table load from CSV ${f.duck.loadSeconds.toFixed(1)} s.`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-analysis-views-'));
  const all: Figures[] = [];
  try {
    const embedded = await openDatabase({ engine: 'embedded', dataDir: path.join(dir, 'db') });
    let file: string;
    try {
      const r = await measure('embedded (PGlite)', embedded, dir, null);
      all.push(r.figures);
      file = r.file;
      console.log(JSON.stringify(r.figures));
    } finally {
      await embedded.close();
    }
    const fresh = await freshDatabaseUrl();
    if (fresh) {
      const pg = await openDatabase({ engine: 'postgres', url: fresh.url, poolSize: 4 });
      try {
        const r = await measure('PostgreSQL 15', pg, dir, file);
        all.push(r.figures);
        console.log(JSON.stringify(r.figures));
      } finally {
        await pg.close();
        await fresh.drop();
      }
    }
    const text = report(all);
    console.log(text);
    if (!DRY) fs.appendFileSync(path.join(projectRoot, 'bench', 'RESULTS.md'), text);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
