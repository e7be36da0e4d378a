/**
 * Benchmark: import of 1,000,000 incident events (CSV, RD New x/y) into a fresh database, then the
 * same file again (idempotent: all unchanged), then the in-memory columns (load, filter p95); beside
 * it, in the same run, the yardstick: the engine's own CSV COPY of the same file into a plain table
 * (bench/support/raw-copy-yardstick.ts). Embedded PGlite always; PostgreSQL as well when
 * DATABASE_URL is set (a fresh database per run). `--runs N` rounds (embedded, then PostgreSQL, each
 * round), medians reported with every run's figure; load average before and after; CPU time of the
 * import per million rows (this process, plus the PostgreSQL server processes of the database).
 *
 *   node --max-old-space-size=4096 --import tsx bench/incident-import.bench.ts [rows] [--runs 3] [--dry]
 *
 * The import runs the compiled server code (dist/, as `npm start` and the CLI run it; built first
 * when stale, bench/support/compiled.ts). The file: bench/support/incident-csv.ts. Appends the
 * figures to bench/RESULTS.md. Not a timed test.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/core/config.ts';
import type { ServiceContext } from '../src/core/context.ts';
import type { Database } from '../src/db/database.ts';
import { compiledModules } from './support/compiled.ts';
import { freshDatabaseUrl } from '../test/helpers/test-database.ts';
import { engineCpuSeconds } from './support/engine-cpu.ts';
import { writeIncidentCsv } from './support/incident-csv.ts';
import { rawCsvCopy, type YardstickFigures } from './support/raw-copy-yardstick.ts';

const {
  systemContext,
  openDatabase,
  migrate,
  seedAreasIfEmpty,
  ensureCrimeTypes,
  reloadIncidentColumns,
  eventTableOf,
  selectEvents,
  importIncidents,
} = await compiledModules();
const args = process.argv.slice(2);
const ROWS = Number(args.find((a) => /^\d+$/.test(a) && args[args.indexOf(a) - 1] !== '--runs') ?? 1_000_000);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
const DRY = args.includes('--dry'); // print only, do not append to RESULTS.md
const SEED_DIR = path.join(projectRoot, 'data', 'gm0505');

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
  raw: YardstickFigures;
}

async function prepare(database: Database): Promise<ServiceContext> {
  await migrate(database);
  const ctx = systemContext(database.db, 'bench');
  await seedAreasIfEmpty(ctx, SEED_DIR);
  await ensureCrimeTypes(database.db);
  return ctx;
}

function filterP95(cols: Awaited<ReturnType<typeof reloadIncidentColumns>>): number {
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
  return times[Math.floor(times.length * 0.95)]!;
}

/** One round on one engine: the yardstick first (its table dropped again), then the import. */
async function measure(engine: string, database: Database, file: string, pgDatabase?: string): Promise<Figures> {
  const ctx = await prepare(database);
  const raw = await rawCsvCopy(database, file, pgDatabase);
  let t = performance.now();
  const cpu = engineCpuSeconds(pgDatabase);
  const first = await importIncidents(ctx, { file, municipality: 'GM0505', source: 'bench' });
  const firstSeconds = (performance.now() - t) / 1000;
  const firstCpuSeconds = engineCpuSeconds(pgDatabase) - cpu;
  if (first.rowsInserted !== ROWS) throw new Error(`stored ${first.rowsInserted} of ${ROWS}`);
  t = performance.now();
  const again = await importIncidents(ctx, { file, municipality: 'GM0505', source: 'bench' });
  const againSeconds = (performance.now() - t) / 1000;
  if (again.rowsUnchanged !== ROWS) throw new Error(`re-import: ${again.rowsUnchanged} unchanged of ${ROWS}`);
  t = performance.now();
  const cols = await reloadIncidentColumns(ctx, 'GM0505');
  const columnsLoadSeconds = (performance.now() - t) / 1000;
  return {
    engine,
    firstSeconds,
    firstCpuSeconds,
    parallel: first.parallel ? `${first.parallel.workers} workers, ${first.parallel.chunks} chunks` : 'no',
    readSeconds: first.seconds.read,
    storeSeconds: first.seconds.store,
    bulkMode: first.bulkMode,
    againSeconds,
    columnsLoadSeconds,
    filterP95Ms: filterP95(cols),
    raw,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** The median of `f` over the runs, formatted, and every run's value in brackets. */
function cell(runs: Figures[], f: (r: Figures) => number, format: (v: number) => string): string {
  const all = runs.map(f);
  return all.length === 1 ? format(all[0]!) : `${format(median(all))} [${all.map(format).join(', ')}]`;
}

function engineRows(runs: Figures[]): string[] {
  const perMillion = 1e6 / ROWS;
  const s1 = (v: number) => `${v.toFixed(1)} s`;
  const n = (v: number) => Math.round(v).toLocaleString('en');
  const r0 = runs[0]!;
  return [
    `| ${r0.engine} | import (parallel: ${r0.parallel}, bulk index mode ${r0.bulkMode ? 'yes' : 'no'}) | ${cell(runs, (r) => ROWS / r.firstSeconds, n)} | ${cell(runs, (r) => r.firstSeconds, s1)} | ${cell(runs, (r) => r.firstCpuSeconds * perMillion, s1)} |`,
    `| ${r0.engine} | yardstick: the engine's CSV COPY of the same file, plain table | ${cell(runs, (r) => r.raw.rows / r.raw.seconds, n)} | ${cell(runs, (r) => r.raw.seconds, s1)} | ${cell(runs, (r) => (r.raw.cpuSeconds * 1e6) / r.raw.rows, s1)} |`,
    `| ${r0.engine} | import ÷ yardstick (rows/s) | ${(median(runs.map((r) => ROWS / r.firstSeconds)) / median(runs.map((r) => r.raw.rows / r.raw.seconds))).toFixed(2)} | | |`,
  ];
}

function report(all: Figures[], fileBytes: number, loadBefore: string, loadAfter: string): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  const engines = [...new Set(all.map((f) => f.engine))];
  const byEngine = engines.map((e) => all.filter((f) => f.engine === e));
  const s1 = (v: number) => `${v.toFixed(1)} s`;
  const lines = [
    `\n## Incident import beside the engines' own CSV COPY — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${os.cpus().length} cores (nproc ${execSync('nproc').toString().trim()}), ${cpu}, Node ${process.version}. Load average (/proc/loadavg) before ${loadBefore}, after ${loadAfter}.`,
    `Dataset: ${ROWS.toLocaleString('en')} synthetic events in Dordrecht buurten (CSV, RD New x/y, ${(fileBytes / 1e6).toFixed(0)} MB, bench/support/incident-csv.ts).`,
    `Command: \`node --max-old-space-size=4096 --import tsx bench/incident-import.bench.ts ${ROWS} --runs ${RUNS}\` (the import and database code compiled, dist/)` +
      (engines.length > 1 ? ' (with DATABASE_URL set)' : '') +
      `; medians of ${RUNS} rounds, each round's figure in brackets. CPU = this process (user + system; PGlite runs in it, the import's worker threads too) plus, on PostgreSQL, its server processes for the database (/proc).`,
    '',
    '| engine | what | rows/s | wall | CPU per million rows |',
    '|---|---|---|---|---|',
    ...byEngine.flatMap(engineRows),
    '',
    '| engine | read+check (+COPY when parallel) | store / finish | re-import (all unchanged) | columns load | filter p95 |',
    '|---|---|---|---|---|---|',
    ...byEngine.map(
      (runs) =>
        `| ${runs[0]!.engine} | ${cell(runs, (r) => r.readSeconds, s1)} | ${cell(runs, (r) => r.storeSeconds, s1)} | ${cell(runs, (r) => r.againSeconds, s1)} | ${cell(runs, (r) => r.columnsLoadSeconds, s1)} | ${cell(
          runs,
          (r) => r.filterP95Ms,
          (v) => `${v.toFixed(1)} ms`,
        )} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function embeddedRound(dir: string, file: string, round: number): Promise<Figures> {
  const embedded = await openDatabase({ engine: 'embedded', dataDir: path.join(dir, `db-${round}`) });
  try {
    if (!fs.existsSync(file)) {
      const t = performance.now();
      await writeIncidentCsv(await prepare(embedded), file, ROWS);
      console.log(`generated ${ROWS} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    return await measure('embedded (PGlite, data dir)', embedded, file);
  } finally {
    await embedded.close();
    fs.rmSync(path.join(dir, `db-${round}`), { recursive: true, force: true });
  }
}

async function postgresRound(file: string): Promise<Figures | null> {
  const fresh = await freshDatabaseUrl();
  if (!fresh) return null;
  const server = await openDatabase({ engine: 'postgres', url: fresh.url, poolSize: 4 });
  try {
    return await measure('PostgreSQL 15 (local server)', server, file, new URL(fresh.url).pathname.slice(1));
  } finally {
    await server.close();
    await fresh.drop();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-incidents-'));
  const file = path.join(dir, 'events.csv');
  const all: Figures[] = [];
  const loadBefore = loadavg();
  try {
    for (let round = 0; round < RUNS; round++) {
      all.push(await embeddedRound(dir, file, round));
      console.log(all.at(-1));
      const pg = await postgresRound(file);
      if (pg) all.push(pg);
      if (pg) console.log(pg);
    }
    const text = report(all, fs.statSync(file).size, loadBefore, loadavg());
    process.stdout.write(text);
    if (!DRY) fs.appendFileSync(path.join(projectRoot, 'bench', 'RESULTS.md'), text);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
