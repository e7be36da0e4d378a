/**
 * A data directory with the demo content plus `rows` generated incidents (uniform in Dordrecht's
 * buurten, 2021–2024), made once and kept in the system's temp directory for later runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemContext, type ServiceContext } from '../../src/core/context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { rdToWgs84 } from '../../src/modules/areas/index.ts';
import { isSkippedAmsterdamTime } from '../../src/modules/incidents/event-time.ts';
import { importIncidents } from '../../src/modules/incidents/import/import-service.ts';
import { vintagePlacer } from '../../src/modules/incidents/import/placement.ts';
import { BENCH_BOX, BENCH_CRIME_TYPES, seededRandom } from './synthetic-events.ts';

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
    // The end in UTC (with its Z): a local end time could fall in the skipped spring hour.
    const end = rnd() < 0.4 ? new Date(start + (60 + Math.floor(rnd() * 540)) * 60_000).toISOString() : '';
    const type = BENCH_CRIME_TYPES[Math.floor(rnd() * BENCH_CRIME_TYPES.length)];
    buf += `M-${i},${type},${iso(start)},${end},${x},${y},${rnd() < 0.2 ? `O-${Math.floor(rnd() * 5000)}` : ''}\n`;
    if (++i % 20_000 === 0) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

/** The directory (made on first call: a first start of the server via `firstStart`, then the import). */
export async function prepareMillion(rows: number, firstStart: (dir: string) => Promise<unknown>): Promise<string> {
  const dir = path.join(os.tmpdir(), `sv-bench-mem-${rows}`);
  if (fs.existsSync(path.join(dir, 'bench-ready'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await firstStart(dir);
  const database = await openDatabase({ engine: 'embedded', dataDir: dir });
  try {
    const ctx = systemContext(database.db, 'bench');
    const csv = path.join(dir, 'events.csv');
    await writeEvents(ctx, csv, rows);
    const r = await importIncidents(ctx, { file: csv, municipality: 'GM0505', source: 'bench' });
    if (r.rowsInserted !== rows) throw new Error(`stored ${r.rowsInserted} of ${rows}`);
    fs.rmSync(csv);
  } finally {
    await database.close();
  }
  fs.writeFileSync(path.join(dir, 'bench-ready'), new Date().toISOString());
  return dir;
}
