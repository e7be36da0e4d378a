/**
 * The yardstick beside the incident import: the database engine's own CSV COPY of the same file
 * into a plain table of the file's eight columns (text, timestamps, float8), no index, no checks,
 * no placing — the fastest the engine takes these bytes. Times the COPY alone (the file is read
 * into memory first) and drops the table after.
 */
import fs from 'node:fs';
import type { Database } from '../../src/db/database.ts';
import { engineCpuSeconds } from './engine-cpu.ts';

export interface YardstickFigures {
  seconds: number;
  rows: number;
  /** CPU of this process plus, on PostgreSQL, of its server processes for the database. */
  cpuSeconds: number;
}

const RAW_TABLE = `CREATE TABLE bench_raw_events (
  id text, type text, start_time timestamp, end_time timestamptz, x float8, y float8, offender_ref text, victim_ref text)`;

/** The file's lines after the header, in chunks of about 4 MB (whole lines). */
function csvBody(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const body = text.slice(text.indexOf('\n') + 1);
  const chunks: string[] = [];
  for (let at = 0; at < body.length; ) {
    let end = body.indexOf('\n', Math.min(body.length, at + (4 << 20)));
    end = end === -1 ? body.length : end + 1;
    chunks.push(body.slice(at, end));
    at = end;
  }
  return chunks;
}

export async function rawCsvCopy(database: Database, file: string, pgDatabase?: string): Promise<YardstickFigures> {
  const chunks = csvBody(file);
  const columns = ['id', 'type', 'start_time', 'end_time', 'x', 'y', 'offender_ref', 'victim_ref'];
  await database.execScript(`DROP TABLE IF EXISTS bench_raw_events; ${RAW_TABLE};`);
  try {
    const cpu0 = engineCpuSeconds(pgDatabase);
    const t = performance.now();
    const rows = await database.bulkSession((s) => s.copyFrom('bench_raw_events', columns, { format: 'csv', chunks }));
    const seconds = (performance.now() - t) / 1000;
    return { seconds, rows, cpuSeconds: engineCpuSeconds(pgDatabase) - cpu0 };
  } finally {
    await database.execScript('DROP TABLE IF EXISTS bench_raw_events;');
  }
}
