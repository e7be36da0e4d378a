/**
 * Region scale on one PostgreSQL server: a veiligheidsregio of ten municipalities (Dordrecht and
 * nine renamed copies, bench/support/region-seed.ts), `perMunicipality` incidents each (default
 * 1,000,000: 10M in all). Measures the import (time, rows/s per municipality and in all), the
 * analysis views' p95 per municipality (hottimes, buurt × month, 100 m grid; one year; in-process
 * service calls after the columns are in), this process's RSS as each municipality's columns are
 * loaded, the database's size, and whether the large tables are keyed by gemeente_code first.
 * Needs DATABASE_URL (a server where it may create and drop a database).
 *   DATABASE_URL=postgres://postgres@127.0.0.1:54330/postgres node --import tsx bench/region.bench.ts [perMunicipality] [municipalities]
 * Prints its figures; bench/RESULTS.md is written by hand from them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { systemContext, type ServiceContext } from '../src/core/context.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { rdToWgs84, seedAreasIfEmpty } from '../src/modules/areas/index.ts';
import { commonQuery } from '../src/modules/analysis-views/schema.ts';
import { counts, countsQuery } from '../src/modules/analysis-views/views/counts.ts';
import { hottimes } from '../src/modules/analysis-views/views/hottimes.ts';
import { ensureCrimeTypes } from '../src/modules/incidents/crime-types.ts';
import { isSkippedAmsterdamTime } from '../src/modules/incidents/event-time.ts';
import { vintagePlacer } from '../src/modules/incidents/import/placement.ts';
import { getIncidentColumns, importIncidents } from '../src/modules/incidents/index.ts';
import { freshDatabaseUrl } from '../test/helpers/test-database.ts';
import { regionCodes, regionSeedDir } from './support/region-seed.ts';
import { keyReport } from './support/region-keys.ts';
import { BENCH_BOX, BENCH_CRIME_TYPES, seededRandom } from './support/synthetic-events.ts';

const args = process.argv.slice(2).filter((a) => /^\d+$/.test(a));
const PER = Number(args[0] ?? 1_000_000);
const COUNT = Number(args[1] ?? 10);
const mb = (bytes: number) => Math.round(bytes / 1048576);

/** `rows` events uniform in Dordrecht's buurten, 2021–2024 (the generator of bench/support/million-dir.ts). */
async function writeEvents(ctx: ServiceContext, file: string, rows: number): Promise<void> {
  const placer = await vintagePlacer(ctx, 'GM0505');
  const rnd = seededRandom(20261207);
  const box = BENCH_BOX;
  const out = fs.createWriteStream(file);
  let buf = 'id,type,start,end,x,y,offender_ref\n';
  for (let i = 0; i < rows; ) {
    const x = Math.round((box.minX + rnd() * (box.maxX - box.minX)) * 100) / 100;
    const y = Math.round((box.minY + rnd() * (box.maxY - box.minY)) * 100) / 100;
    const [lon, lat] = rdToWgs84(x, y);
    const start = Date.UTC(2021, 0, 1) + Math.floor(rnd() * 4 * 365) * 86_400_000 + Math.floor(rnd() * 1440) * 60_000;
    if (!placer.place(lon, lat, new Date(start).getUTCFullYear()) || isSkippedAmsterdamTime(start)) continue;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    const end = rnd() < 0.4 ? new Date(start + (60 + Math.floor(rnd() * 540)) * 60_000).toISOString() : '';
    const type = BENCH_CRIME_TYPES[Math.floor(rnd() * BENCH_CRIME_TYPES.length)];
    buf += `R-${i},${type},${iso(start)},${end},${x},${y},${rnd() < 0.2 ? `O-${Math.floor(rnd() * 5000)}` : ''}\n`;
    if (++i % 20_000 === 0) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

async function viewsP95(ctx: ServiceContext, gemeente: string, runs = 20): Promise<Record<string, number>> {
  const s = { gemeente, minCellCount: 5 };
  const year = { from: '2023-01-01', to: '2024-01-01' };
  const jobs = {
    hottimes: () => hottimes(ctx, s, commonQuery.parse(year)),
    buurtMonth: () => counts(ctx, s, countsQuery.parse({ ...year, unit: 'buurt-month' })),
    grid: () => counts(ctx, s, countsQuery.parse({ ...year, unit: 'grid', cellSize: 100 })),
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

async function importRegion(ctx: ServiceContext, codes: string[], csv: string): Promise<void> {
  let total = 0;
  const t0 = performance.now();
  for (const gemeente of codes) {
    const t = performance.now();
    const r = await importIncidents(ctx, { file: csv, municipality: gemeente, source: 'region-bench' });
    if (r.rowsInserted !== PER) throw new Error(`${gemeente}: stored ${r.rowsInserted} of ${PER}`);
    const s = (performance.now() - t) / 1000;
    total += r.rowsInserted;
    console.log(
      `import ${gemeente}: ${PER} rows in ${s.toFixed(1)} s = ${Math.round(PER / s / 1000)}k rows/s; load ${os.loadavg()[0]!.toFixed(2)}`,
    );
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`import region: ${total} rows in ${s.toFixed(1)} s = ${Math.round(total / s / 1000)}k rows/s`);
}

async function measureViews(ctx: ServiceContext, codes: string[]): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  console.log(`RSS before columns: ${mb(rss0)} MB`);
  for (const gemeente of codes) {
    const t = performance.now();
    const cols = await getIncidentColumns(ctx, gemeente);
    const loadS = (performance.now() - t) / 1000;
    const p95 = await viewsP95(ctx, gemeente);
    const views = Object.entries(p95)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
    console.log(
      `views ${gemeente}: ${cols.length} incidents, columns in ${loadS.toFixed(1)} s; p95 ms ${views}; RSS ${mb(process.memoryUsage().rss)} MB; load ${os.loadavg()[0]!.toFixed(2)}`,
    );
  }
}

async function run(database: Database, dir: string): Promise<void> {
  await migrate(database);
  const ctx = systemContext(database.db, 'region-bench');
  const codes = regionCodes(COUNT);
  for (const code of codes) await seedAreasIfEmpty(ctx, regionSeedDir(code));
  const people = await sql<{ n: string }>`SELECT coalesce(sum(population), 0)::text AS n FROM areas WHERE level = 'buurt' AND year = 2024`
    .execute(database.db)
    .then((r) => r.rows[0]?.n ?? '?')
    .catch((err: Error) => `? (${err.message})`);
  console.log(`region: ${codes.length} municipalities (${codes.join(', ')}), inhabitants (2024 buurten) ${people}`);
  await ensureCrimeTypes(database.db);
  const csv = path.join(dir, 'events.csv');
  let t = performance.now();
  await writeEvents(ctx, csv, PER);
  console.log(`generated ${PER} events in ${((performance.now() - t) / 1000).toFixed(1)} s (one file, imported once per municipality)`);
  await importRegion(ctx, codes, csv);
  t = performance.now();
  await sql`ANALYZE`.execute(database.db);
  console.log(`ANALYZE ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const size = await sql<{ bytes: string }>`SELECT pg_database_size(current_database())::text AS bytes`.execute(database.db);
  console.log(`database size: ${mb(Number(size.rows[0]!.bytes))} MB`);
  for (const line of await keyReport(database)) console.log(line);
  await measureViews(ctx, codes);
}

if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a PostgreSQL server (the region bench runs there).');
console.log(
  `machine: ${os.availableParallelism()} CPUs, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const fresh = (await freshDatabaseUrl())!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-region-'));
const database = await openDatabase({ engine: 'postgres', url: fresh.url, poolSize: 4 });
try {
  await run(database, dir);
} finally {
  await database.close();
  await fresh.drop();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`done; load ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
}
