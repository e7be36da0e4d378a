/**
 * DuckDB beside the columnar copy: the same events (exported from the in-memory columns to CSV,
 * loaded into a DuckDB table) and the same three aggregations as SQL, 2 threads. The hottimes SQL
 * counts start hours only (no aoristic split), so it is a lower bound for DuckDB's work.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { EventTable } from '../src/modules/incidents/index.ts';

export interface DuckFigures {
  loadSeconds: number;
  hottimesP95: number;
  buurtMonthP95: number;
  gridP95: number;
}

async function writeCsv(t: EventTable, file: string): Promise<void> {
  const out = fs.createWriteStream(file);
  let buf = 'start_min,start_local,x,y,type,buurt\n';
  for (let k = 0; k < t.length; k++) {
    buf += `${t.startMin[k]},${t.startLocal[k]},${t.x[k]},${t.y[k]},${t.typeCodes[t.type[k]!]},${t.areaCodes[t.buurt[k]!] ?? ''}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

export async function duckdbFigures(t: EventTable, dir: string, fromMin: number, toMin: number, runs = 20): Promise<DuckFigures> {
  const file = path.join(dir, 'columns.csv');
  await writeCsv(t, file);
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await db.connect();
  let t0 = performance.now();
  await c.run(
    `CREATE TABLE ev AS SELECT * FROM read_csv('${file}', header = true, columns = {'start_min': 'INTEGER', 'start_local': 'INTEGER', 'x': 'DOUBLE', 'y': 'DOUBLE', 'type': 'VARCHAR', 'buurt': 'VARCHAR'})`,
  );
  const loadSeconds = (performance.now() - t0) / 1000;
  const where = `start_min >= ${fromMin} AND start_min < ${toMin}`;
  const queries = {
    hottimes: `SELECT ((start_local // 1440 + 3) % 7) * 24 + (start_local // 60) % 24 AS how, count(*) FROM ev WHERE ${where} GROUP BY how`,
    buurtMonth: `SELECT buurt, date_trunc('month', to_timestamp(start_min * 60)) AS m, count(*) FROM ev WHERE ${where} AND buurt IS NOT NULL GROUP BY buurt, m`,
    grid: `SELECT floor(x / 100) AS cx, floor(y / 100) AS cy, count(*) FROM ev WHERE ${where} GROUP BY cx, cy`,
  };
  const p95 = async (sql: string) => {
    const times: number[] = [];
    for (let k = 0; k < runs + 2; k++) {
      t0 = performance.now();
      await c.runAndReadAll(sql);
      if (k >= 2) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.ceil(0.95 * times.length) - 1]!;
  };
  const figures = {
    loadSeconds,
    hottimesP95: await p95(queries.hottimes),
    buurtMonthP95: await p95(queries.buurtMonth),
    gridP95: await p95(queries.grid),
  };
  c.closeSync();
  fs.rmSync(file, { force: true });
  return figures;
}
