/**
 * The product's aggregations beside their DuckDB baselines (bench/analysis-views-duckdb.ts, which
 * passes its `duckdbFigures` in: importing it from here would be an import cycle) on one
 * synthetic start-ordered event table held in memory (no database, no HTTP): what each costs on the
 * same rows, and whether both give the same answer.
 */
import os from 'node:os';
import { monthStarts, buurtMonthCounts } from '../../src/modules/analysis-views/views/counts.ts';
import { aoristicProfile } from '../../src/modules/analysis-views/methods/aoristic-fast.ts';
import { cellCounts } from '../../src/modules/analysis-views/places/study-grid.ts';
import type { Selection } from '../../src/modules/analysis-views/events/selection.ts';
import { amsterdamLocalMinutes, selectEvents, type EventTable } from '../../src/modules/incidents/index.ts';
import { isSkippedAmsterdamTime } from '../../src/modules/incidents/event-time.ts';
import type { DuckFigures } from '../analysis-views-duckdb.ts';
import { BENCH_BOX, seededRandom } from './synthetic-events.ts';

const FROM = Date.UTC(2023, 0, 1) / 60_000;
const TO = Date.UTC(2024, 0, 1) / 60_000;

/**
 * `rows` events 2021–2024 as analysis-views.bench.ts draws them (half around 40 centres, σ 150 m;
 * 40 % with a 1–10 h window), sorted by start; the buurt is a cell of a 13 × 10 partition of the box
 * (130 buurten, as Dordrecht has). Every event has a buurt, as imported incidents do (the import
 * places them), so the product selects a year by binary search alone.
 */
export function syntheticTable(rows: number): EventTable {
  const rnd = seededRandom(20261126);
  const B = BENCH_BOX;
  const centres = Array.from({ length: 40 }, () => [B.minX + rnd() * (B.maxX - B.minX), B.minY + rnd() * (B.maxY - B.minY)]);
  const events: { s: number; e: number; x: number; y: number; b: number }[] = [];
  while (events.length < rows) {
    const c = centres[Math.floor(rnd() * centres.length)]!;
    const g = () => Math.sqrt(-2 * Math.log(rnd() || 1e-9)) * Math.cos(2 * Math.PI * rnd()) * 150;
    const hot = rnd() < 0.5;
    const x = Math.min(B.maxX - 1, Math.max(B.minX, hot ? c[0]! + g() : B.minX + rnd() * (B.maxX - B.minX)));
    const y = Math.min(B.maxY - 1, Math.max(B.minY, hot ? c[1]! + g() : B.minY + rnd() * (B.maxY - B.minY)));
    const s = Date.UTC(2021, 0, 1) / 60_000 + Math.floor(rnd() * 4 * 365) * 1440 + Math.floor(rnd() * 1440);
    if (isSkippedAmsterdamTime(s * 60_000)) continue;
    const e = rnd() < 0.4 ? s + 60 + Math.floor(rnd() * 540) : s;
    const b = Math.floor(((x - B.minX) / (B.maxX - B.minX)) * 13) + 13 * Math.floor(((y - B.minY) / (B.maxY - B.minY)) * 10);
    events.push({ s, e, x, y, b });
  }
  events.sort((a, b) => a.s - b.s);
  const startMin = Int32Array.from(events, (v) => v.s);
  const endMin = Int32Array.from(events, (v) => v.e);
  return {
    length: rows,
    x: Float64Array.from(events, (v) => v.x),
    y: Float64Array.from(events, (v) => v.y),
    startMin,
    endMin,
    startLocal: startMin.map(amsterdamLocalMinutes),
    endLocal: endMin.map(amsterdamLocalMinutes),
    type: new Uint16Array(rows),
    typeCodes: ['1.1.1'],
    buurt: Uint16Array.from(events, (v) => v.b),
    areaCodes: Array.from({ length: 130 }, (_, k) => `BU0505${String(k).padStart(4, '0')}`),
    synthetic: new Uint8Array(rows),
    areaYear: new Uint16Array(rows),
    sortedByStart: true,
  };
}

function p95Of(fn: () => void, runs = 20): number {
  const times: number[] = [];
  for (let k = 0; k < runs + 2; k++) {
    const t0 = performance.now();
    fn();
    if (k >= 2) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.ceil(0.95 * times.length) - 1]!;
}

/** In-process p95 of each aggregation (selection by binary search included), and their answers. */
function productFigures(t: EventTable) {
  const select = () =>
    ({ table: t, period: { fromMin: FROM, toMin: TO }, ...selectEvents(t, { fromMin: FROM, toMin: TO }) }) as unknown as Selection;
  const { starts, labels } = monthStarts(FROM, TO);
  const spec = { originX: BENCH_BOX.minX, originY: BENCH_BOX.minY, cellSize: 100, cols: 175, rows: 125 };
  const sel = select();
  return {
    hottimesP95: p95Of(() => aoristicProfile(t, select().idx)),
    buurtMonthP95: p95Of(() => buurtMonthCounts(select(), starts)),
    gridP95: p95Of(() => cellCounts(spec, t.x, t.y, select().idx)),
    hottimes: aoristicProfile(t, sel.idx),
    buurtMonth: buurtMonthCounts(sel, starts),
    labels,
  };
}

/** Runs both sides `rounds` times and returns a markdown section for bench/RESULTS.md. */
export async function compareWithProduct(
  rows: number,
  dir: string,
  duckdbFigures: (t: EventTable, dir: string, fromMin: number, toMin: number) => Promise<DuckFigures>,
  rounds = 3,
): Promise<string> {
  const loadBefore = os.loadavg();
  const t = syntheticTable(rows);
  const product: ReturnType<typeof productFigures>[] = [];
  const duck: DuckFigures[] = [];
  for (let r = 0; r < rounds; r++) {
    product.push(productFigures(t));
    duck.push(await duckdbFigures(t, dir, FROM, TO));
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const ms = (v: number[]) => `${med(v).toFixed(1)} ms (${v.map((x) => x.toFixed(1)).join(', ')})`;
  const p = product[0]!;
  const d = duck[0]!;
  let mismatched = 0;
  const M = p.labels.length;
  t.areaCodes.forEach((code, b) => {
    for (let m = 0; m < M; m++) if ((d.buurtMonth.get(`${code} ${p.labels[m]}`) ?? 0) !== p.buurtMonth[b * M + m]) mismatched++;
  });
  let maxDiff = 0;
  let total = 0;
  for (let h = 0; h < 168; h++) [maxDiff, total] = [Math.max(maxDiff, Math.abs(p.hottimes[h]! - d.hottimes[h]!)), total + p.hottimes[h]!];
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  return [
    `\n## Honest DuckDB baselines for the analysis views (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${os.availableParallelism()} CPUs, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}, DuckDB (node-api) 2 threads. Load average (1/5/15 min) before ${load(loadBefore)}, after ${load(os.loadavg())}.`,
    `Command: \`node --import tsx bench/analysis-views-duckdb.ts ${rows}\`. Dataset: ${rows.toLocaleString('en')} synthetic events 2021–2024 in memory (start-ordered, 40 % with a 1–10 h window, 130 buurten), the year 2023 selected (~25 %). Product: the views' own functions in-process (selectEvents + aoristicProfile / buurtMonthCounts / cellCounts), no HTTP, no JSON. p95 of 20 runs after 2 warm-ups, median of ${rounds} rounds (each round's p95 in brackets).`,
    '',
    '| aggregation | product in-process p95 | DuckDB p95, same work | DuckDB p95, earlier lighter form |',
    '|---|---|---|---|',
    `| hour of week | ${ms(product.map((f) => f.hottimesP95))} | ${ms(duck.map((f) => f.hottimesP95))} (aoristic) | ${ms(duck.map((f) => f.hottimesStartHourP95))} (start hour only) |`,
    `| buurt × month | ${ms(product.map((f) => f.buurtMonthP95))} | ${ms(duck.map((f) => f.buurtMonthP95))} (integer buurt key, timestamp without zone) | ${ms(duck.map((f) => f.buurtMonthTextP95))} (buurt code text, zone-aware timestamp) |`,
    `| 100 m grid | ${ms(product.map((f) => f.gridP95))} | ${ms(duck.map((f) => f.gridP95))} (cell column made at load) | ${ms(duck.map((f) => f.gridFloorP95))} (floor of x, y per row) |`,
    '',
    `- Same answers: buurt × month cells differing between product and DuckDB: ${mismatched} of ${t.areaCodes.length * M}. Hour-of-week weights: largest difference ${maxDiff.toFixed(3)} of a total ${total.toFixed(0)}, (floating-point summation order; ${d.crossingClockChange} windows crossing a clock change, split there by both).`,
    `- DuckDB table load from CSV: ${med(duck.map((f) => f.loadSeconds)).toFixed(2)} s (not in the p95s).`,
  ].join('\n');
}
