/**
 * The incident import benchmark's CSV: `rows` synthetic events in Dordrecht buurten (RD New x/y to
 * cm, uniform in the study box and kept only inside a buurt, so every row is good); times uniform
 * over 2021–2024 local time (never in the skipped spring hour), 40 % with an end, 20 % with an
 * offender reference. Seeded: every run reads the same file.
 */
import fs from 'node:fs';
import type { ServiceContext } from '../../src/core/context.ts';
import { rdToWgs84 } from '../../src/modules/areas/index.ts';
import { isSkippedAmsterdamTime } from '../../src/modules/incidents/event-time.ts';
import { vintagePlacer } from '../../src/modules/incidents/import/placement.ts';
import { BENCH_BOX as BOX, BENCH_CRIME_TYPES as TYPES, seededRandom } from './synthetic-events.ts';

/** The header of the file (also the column list of the raw COPY yardstick). */
export const INCIDENT_CSV_HEADER = 'id,type,start,end,x,y,offender_ref,victim_ref';

const pad = (n: number) => String(n).padStart(2, '0');

export async function writeIncidentCsv(ctx: ServiceContext, file: string, rows: number): Promise<void> {
  const placer = await vintagePlacer(ctx, 'GM0505');
  const rnd = seededRandom(20240501);
  const out = fs.createWriteStream(file);
  let buf = `${INCIDENT_CSV_HEADER}\n`;
  for (let i = 0; i < rows; ) {
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
