/**
 * Benchmark: import of 1,000,000 incident events (CSV, RD New x/y) into a fresh database, then the
 * same file again (idempotent: all unchanged), then the in-memory columns (load, filter p95).
 * Embedded PGlite always; PostgreSQL as well when DATABASE_URL is set (a fresh database is made).
 *
 *   node --import tsx bench/incident-import.bench.ts [rows] [--dry]
 *
 * Points are drawn uniformly in the Dordrecht bounding box and kept only when they fall in a
 * buurt (so every row is good); times uniform over 2021–2024 local time, 40 % with an end.
 * Appends the figures to bench/RESULTS.md. Not a timed test.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/core/config.ts';
import { systemContext, type ServiceContext } from '../src/core/context.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedAreasIfEmpty } from '../src/modules/areas/index.ts';
import { rdToWgs84 } from '../src/modules/areas/index.ts';
import { ensureCrimeTypes } from '../src/modules/incidents/crime-types.ts';
import { reloadIncidentColumns } from '../src/modules/incidents/columns-service.ts';
import { eventTableOf } from '../src/modules/incidents/event-table.ts';
import { selectEvents } from '../src/modules/incidents/select-events.ts';
import { vintagePlacer } from '../src/modules/incidents/import/placement.ts';
import { importIncidents } from '../src/modules/incidents/import/import-service.ts';
import { freshDatabaseUrl } from '../test/helpers/test-database.ts';
import { BENCH_BOX, BENCH_CRIME_TYPES, seededRandom } from './support/synthetic-events.ts';
import { isSkippedAmsterdamTime } from '../src/modules/incidents/event-time.ts';

const args = process.argv.slice(2);
const ROWS = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const DRY = args.includes('--dry'); // print only, do not append to RESULTS.md
const SEED_DIR = path.join(projectRoot, 'data', 'gm0505');
const TYPES = BENCH_CRIME_TYPES;
const BOX = BENCH_BOX; // RD New around GM0505

const pad = (n: number) => String(n).padStart(2, '0');

async function writeCsv(ctx: ServiceContext, file: string): Promise<void> {
  const placer = await vintagePlacer(ctx, 'GM0505');
  const rnd = seededRandom(20240501);
  const out = fs.createWriteStream(file);
  let buf = 'id,type,start,end,x,y,offender_ref,victim_ref\n';
  for (let i = 0; i < ROWS; ) {
    const x = Math.round((BOX.minX + rnd() * (BOX.maxX - BOX.minX)) * 100) / 100;
    const y = Math.round((BOX.minY + rnd() * (BOX.maxY - BOX.minY)) * 100) / 100;
    const [lon, lat] = rdToWgs84(x, y).map((v) => Math.round(v * 1e7) / 1e7) as [number, number];
    const d = new Date(Date.UTC(2021, 0, 1) + Math.floor(rnd() * 4 * 365) * 86_400_000 + Math.floor(rnd() * 1440) * 60_000);
    // A drawn local time in the skipped spring hour does not exist (the import refuses it): draw again.
    if (!placer.place(lon, lat, d.getUTCFullYear()) || isSkippedAmsterdamTime(d.getTime())) continue;
    const start = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    const end = rnd() < 0.4 ? new Date(d.getTime() + Math.floor(rnd() * 600) * 60_000 + 3_600_000 * 2).toISOString() : '';
    const offender = rnd() < 0.2 ? `O-${Math.floor(rnd() * 5000)}` : '';
    buf += `BENCH-${String(i).padStart(7, '0')},${TYPES[Math.floor(rnd() * TYPES.length)]},${start},${end},${x.toFixed(2)},${y.toFixed(2)},${offender},V-${Math.floor(rnd() * 200_000)}\n`;
    if (++i % 10_000 === 0) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

interface Figures {
  engine: string;
  firstSeconds: number;
  firstCpuSeconds: number;
  parallel: string;
  readSeconds: number;
  storeSeconds: number;
  bulkMode: boolean;
  againSeconds: number;
  columnsLoadSeconds: number;
  filterP95Ms: number;
}

async function prepare(database: Database): Promise<ServiceContext> {
  await migrate(database);
  const ctx = systemContext(database.db, 'bench');
  await seedAreasIfEmpty(ctx, SEED_DIR);
  await ensureCrimeTypes(database.db);
  return ctx;
}

async function measure(engine: string, database: Database, file: string): Promise<Figures> {
  const ctx = await prepare(database);
  let t = performance.now();
  const cpu = process.cpuUsage();
  const first = await importIncidents(ctx, { file, municipality: 'GM0505', source: 'bench' });
  const firstSeconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  if (first.rowsInserted !== ROWS) throw new Error(`stored ${first.rowsInserted} of ${ROWS}`);
  t = performance.now();
  const again = await importIncidents(ctx, { file, municipality: 'GM0505', source: 'bench' });
  const againSeconds = (performance.now() - t) / 1000;
  if (again.rowsUnchanged !== ROWS) throw new Error(`re-import: ${again.rowsUnchanged} unchanged of ${ROWS}`);
  t = performance.now();
  const cols = await reloadIncidentColumns(ctx, 'GM0505');
  const columnsLoadSeconds = (performance.now() - t) / 1000;
  const from = Date.UTC(2023, 0, 1) / 60_000;
  const times: number[] = [];
  for (let k = 0; k < 50; k++) {
    const t0 = performance.now();
    selectEvents(eventTableOf(cols), {
      fromMin: from + k * 1440,
      toMin: from + (k + 180) * 1440,
      types: ['1.1.1', '1.4.*'],
      area: 'WK050501',
    });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    engine,
    firstSeconds,
    firstCpuSeconds: (used.user + used.system) / 1e6,
    parallel: first.parallel ? `${first.parallel.workers} workers, ${first.parallel.chunks} chunks` : 'no',
    readSeconds: first.seconds.read,
    storeSeconds: first.seconds.store,
    bulkMode: first.bulkMode,
    againSeconds,
    columnsLoadSeconds,
    filterP95Ms: times[Math.floor(times.length * 0.95)]!,
  };
}

function report(all: Figures[], fileBytes: number): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const lines = [
    `\n## Incident import — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${os.cpus().length} cores (nproc ${execSync('nproc').toString().trim()}), ${cpu}, Node ${process.version}, load average at the end ${load}.`,
    `Dataset: ${ROWS.toLocaleString('en')} synthetic events in Dordrecht buurten (CSV, RD New x/y, ${(fileBytes / 1e6).toFixed(0)} MB).`,
    'Command: `node --max-old-space-size=4096 --import tsx bench/incident-import.bench.ts`' +
      (all.length > 1 ? ' (with DATABASE_URL set)' : ''),
    '',
    '| engine | first import | rows/s | process CPU | parallel | read+check (+COPY when parallel) | store / finish | bulk index mode | re-import (all unchanged) | columns load | filter p95 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...all.map(
      (f) =>
        `| ${f.engine} | ${f.firstSeconds.toFixed(1)} s | ${Math.round(ROWS / f.firstSeconds).toLocaleString('en')} | ${f.firstCpuSeconds.toFixed(1)} s | ${f.parallel} | ${f.readSeconds.toFixed(1)} s | ${f.storeSeconds.toFixed(1)} s | ${f.bulkMode ? 'yes' : 'no'} | ${f.againSeconds.toFixed(1)} s | ${f.columnsLoadSeconds.toFixed(1)} s | ${f.filterP95Ms.toFixed(1)} ms |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-incidents-'));
  const file = path.join(dir, 'events.csv');
  const all: Figures[] = [];
  try {
    const embedded = await openDatabase({ engine: 'embedded', dataDir: path.join(dir, 'db') });
    try {
      let t = performance.now();
      await writeCsv(await prepare(embedded), file);
      console.log(`generated ${ROWS} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      t = performance.now();
      all.push(await measure('embedded (PGlite, data dir)', embedded, file));
      console.log(all.at(-1));
    } finally {
      await embedded.close();
    }
    const fresh = await freshDatabaseUrl();
    if (fresh) {
      const server = await openDatabase({ engine: 'postgres', url: fresh.url, poolSize: 4 });
      try {
        all.push(await measure('PostgreSQL 15 (local server)', server, file));
        console.log(all.at(-1));
      } finally {
        await server.close();
        await fresh.drop();
      }
    }
    const text = report(all, fs.statSync(file).size);
    process.stdout.write(text);
    if (!DRY) fs.appendFileSync(path.join(projectRoot, 'bench', 'RESULTS.md'), text);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
