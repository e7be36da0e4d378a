/**
 * DuckDB beside the columnar copy: the same events (exported from the in-memory columns to CSV, in
 * the columns' start order, loaded into a DuckDB table) and the same aggregations as SQL, 2 threads.
 * Each baseline does the work the product's view does:
 * - hottimes: aoristic (Ratcliffe 2000), as methods/aoristic-fast.ts — each event's weight spread
 *   evenly over the real elapsed minutes of its window, each minute in the hour the Amsterdam clock
 *   shows, summed per hour of the week; a window crossing a clock change is split there (the skipped
 *   spring hour gets nothing, the repeated autumn hour both of its real hours); no end: all in the
 *   start hour; a week or longer: 1/168 to every hour. The product does this in O(1) per event with
 *   a difference array over the minutes of the week; the SQL expands each window into its hours
 *   (`unnest(range(…))`), the plain relational form of the same sum.
 * - buurt × month: grouped on the integer buurt index (the product's key) and year · 12 + month of a
 *   timestamp without zone (the product's months are UTC calendar months; of the exact forms tried
 *   this was DuckDB's fastest: strftime '%Y-%m' 2.5–4×, date_trunc 1.5–2× slower); events without a
 *   buurt left out.
 * - grid: counts per 100 m cell on a cell column computed once when the table is loaded, as the
 *   product remembers each event's cell per grid (places/study-grid.ts `eventCells`).
 * The earlier forms are kept for comparison: hour of the start only; buurt × month on the buurt
 * code text with a zone-aware timestamp; the grid cell from floor(x / 100), floor(y / 100) per row.
 * Run alone (no database; a synthetic start-ordered table in memory, product functions in-process):
 *   node --import tsx bench/analysis-views-duckdb.ts [rows]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { EventTable } from '../src/modules/incidents/index.ts';

export interface DuckFigures {
  loadSeconds: number;
  /** Aoristic hour of week (the product's work). */
  hottimesP95: number;
  /** Start hour only (the earlier, lighter baseline). */
  hottimesStartHourP95: number;
  /** Integer buurt key, month of a timestamp without zone (the product's work). */
  buurtMonthP95: number;
  /** Buurt code text and zone-aware timestamp (the earlier baseline). */
  buurtMonthTextP95: number;
  /** On the cell column made at load (the product's work). */
  gridP95: number;
  /** floor(x / 100), floor(y / 100) per row (the earlier baseline). */
  gridFloorP95: number;
  /** Events of the period whose window crosses a clock change (split there, as the product does). */
  crossingClockChange: number;
  hottimes: Float64Array;
  buurtMonth: Map<string, number>;
}

async function writeCsv(t: EventTable, file: string): Promise<void> {
  const out = fs.createWriteStream(file);
  let buf = 'start_min,end_min,start_local,end_local,x,y,type,buurt,buurt_code\n';
  for (let k = 0; k < t.length; k++) {
    const b = t.buurt[k]!;
    const code = t.areaCodes[b];
    buf += `${t.startMin[k]},${t.endMin[k]},${t.startLocal[k]},${t.endLocal[k]},${t.x[k]},${t.y[k]},${t.typeCodes[t.type[k]!]},${code === undefined ? '' : b},${code ?? ''}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

/** The SQL of each baseline over the period [fromMin, toMin) (UTC minutes). */
export function baselineSql(fromMin: number, toMin: number) {
  const where = `start_min >= ${fromMin} AND start_min < ${toMin}`;
  // hour h of the wall clock (minutes since 1970 / 60) → hour of a Monday-first week: 1970-01-01 was a Thursday
  const how = (h: string) => `((${h}) + 72) % 168`;
  return {
    // a window crossing a clock change (its two offsets differ) is split at the change, 01:00 UTC on a
    // Sunday (EU rule), as the product does: the first such minute after the start, for windows < 1 week
    hottimes: `WITH sel AS (SELECT start_min, end_min, start_local, end_local FROM ev WHERE ${where}),
      spread AS (SELECT *, end_min - start_min AS len, end_local - end_min <> start_local - start_min AS crosses
                 FROM sel WHERE end_min > start_min AND end_min - start_min < 10080),
      crossing AS (SELECT *, start_min + ((4380 - start_min) % 10080 + 10080) % 10080 AS c FROM spread WHERE crosses),
      walls AS (
        SELECT start_local AS ws, end_local AS we, len FROM spread WHERE NOT crosses
        UNION ALL SELECT start_local, start_local + (c - start_min), len FROM crossing
        UNION ALL SELECT c + (end_local - end_min), end_local, len FROM crossing
      ),
      pieces AS (
        SELECT ${how('start_local // 60')} AS how, 1.0::DOUBLE AS w FROM sel WHERE end_min = start_min
        UNION ALL
        SELECT ${how('h')}, (least(we, (h + 1) * 60) - greatest(ws, h * 60))::DOUBLE / len
        FROM (SELECT ws, we, len, unnest(range(ws // 60, (we - 1) // 60 + 1)) AS h FROM walls WHERE we > ws)
      ),
      week AS (SELECT count(*)::DOUBLE / 168 AS w FROM sel WHERE end_min - start_min >= 10080)
      SELECT h.how, coalesce(p.w, 0) + (SELECT w FROM week) AS weight
      FROM range(168) h(how) LEFT JOIN (SELECT how, sum(w) AS w FROM pieces GROUP BY how) p ON p.how = h.how ORDER BY h.how`,
    hottimesStartHour: `SELECT ${how('start_local // 60')} AS how, count(*) FROM ev WHERE ${where} GROUP BY how`,
    buurtMonth: `SELECT buurt, year(ts) * 12 + month(ts) - 1 AS m, count(*)::INTEGER AS n FROM (SELECT buurt, make_timestamp(start_min::BIGINT * 60000000) AS ts FROM ev WHERE ${where} AND buurt IS NOT NULL) GROUP BY buurt, m`,
    buurtMonthText: `SELECT buurt_code, date_trunc('month', to_timestamp(start_min * 60)) AS m, count(*) FROM ev WHERE ${where} AND buurt_code IS NOT NULL GROUP BY buurt_code, m`,
    grid: `SELECT cell, count(*) FROM ev WHERE ${where} GROUP BY cell`,
    gridFloor: `SELECT floor(x / 100) AS cx, floor(y / 100) AS cy, count(*) FROM ev WHERE ${where} GROUP BY cx, cy`,
    clockChange: `SELECT count(*)::INTEGER FROM ev WHERE ${where} AND end_min > start_min AND end_min - start_min < 10080 AND end_local - end_min <> start_local - start_min`,
  };
}

export async function duckdbFigures(t: EventTable, dir: string, fromMin: number, toMin: number, runs = 20): Promise<DuckFigures> {
  const file = path.join(dir, 'columns.csv');
  await writeCsv(t, file);
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await db.connect();
  let t0 = performance.now();
  await c.run(
    `CREATE TABLE ev AS SELECT *, floor(x / 100)::INTEGER * 100000 + floor(y / 100)::INTEGER AS cell FROM read_csv('${file}', header = true, columns = {'start_min': 'INTEGER', 'end_min': 'INTEGER', 'start_local': 'INTEGER', 'end_local': 'INTEGER', 'x': 'DOUBLE', 'y': 'DOUBLE', 'type': 'VARCHAR', 'buurt': 'USMALLINT', 'buurt_code': 'VARCHAR'})`,
  );
  const loadSeconds = (performance.now() - t0) / 1000;
  const sql = baselineSql(fromMin, toMin);
  const p95 = async (query: string) => {
    const times: number[] = [];
    for (let k = 0; k < runs + 2; k++) {
      t0 = performance.now();
      await c.runAndReadAll(query);
      if (k >= 2) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.ceil(0.95 * times.length) - 1]!;
  };
  const hottimes = Float64Array.from((await c.runAndReadAll(sql.hottimes)).getRows(), (r) => Number(r[1]));
  const buurtMonth = new Map<string, number>();
  for (const [b, m, count] of (await c.runAndReadAll(sql.buurtMonth)).getRows()) {
    const label = `${Math.floor(Number(m) / 12)}-${String((Number(m) % 12) + 1).padStart(2, '0')}`;
    buurtMonth.set(`${t.areaCodes[Number(b)]} ${label}`, Number(count));
  }
  const figures: DuckFigures = {
    loadSeconds,
    hottimesP95: await p95(sql.hottimes),
    hottimesStartHourP95: await p95(sql.hottimesStartHour),
    buurtMonthP95: await p95(sql.buurtMonth),
    buurtMonthTextP95: await p95(sql.buurtMonthText),
    gridP95: await p95(sql.grid),
    gridFloorP95: await p95(sql.gridFloor),
    crossingClockChange: Number((await c.runAndReadAll(sql.clockChange)).getRows()[0]![0]),
    hottimes,
    buurtMonth,
  };
  c.closeSync();
  fs.rmSync(file, { force: true });
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { compareWithProduct } = await import('./support/duckdb-baselines.ts');
  const rows = Number(process.argv[2] ?? 1_000_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-duckdb-'));
  try {
    console.log(await compareWithProduct(rows, dir, duckdbFigures));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
