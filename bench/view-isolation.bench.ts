/**
 * Isolation of the analysis views' work (issue 17): how long the request thread is blocked while
 * views run, with their selection and counting loops on the request thread ("inline", as before)
 * and in the views' worker pool over the shared incident columns ("worker"). No database, no HTTP:
 * 1,000,000 synthetic events in SharedArrayBuffers (as the incident columns hold them), and per
 * run 60 view jobs back to back (hottimes, buurt × month, 100 m grid; one year, ~25 % of rows)
 * while a probe asks for a 1 ms timer again and again — the wait of a cheap request behind the
 * views: its lateness p99/max, and the event-loop delay (perf_hooks) meanwhile.
 *   node --import tsx bench/view-isolation.bench.ts [rows] [runs]
 * Prints a Markdown table (medians of the runs); bench/RESULTS.md gets it by hand with the load.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import os from 'node:os';
import type { EventTable } from '../src/modules/incidents/index.ts';
import { runTableJob, setTableJobMinEvents, stopViewWorkers, viewWorkerStats } from '../src/modules/analysis-views/worker/pool.ts';
import type { TableKernel } from '../src/modules/analysis-views/worker/table-jobs.ts';
import { BENCH_BOX, seededRandom } from './support/synthetic-events.ts';

const args = process.argv.slice(2);
const ROWS = Number(args[0] ?? 1_000_000);
const RUNS = Number(args[1] ?? 5);
const JOBS = 60;
const Y2021 = Date.UTC(2021, 0, 1) / 60_000;
const Y2023 = Date.UTC(2023, 0, 1) / 60_000;
const Y2024 = Date.UTC(2024, 0, 1) / 60_000;

function shared<T>(Ctor: new (b: SharedArrayBuffer) => T, bytes: number): T {
  return new Ctor(new SharedArrayBuffer(ROWS * bytes));
}

/** ROWS events 2021–2024 sorted by start, 40 % with a 1–10 h window, 100 buurten, 8 types. */
function syntheticTable(): EventTable {
  const rnd = seededRandom(20261207);
  const t: EventTable = {
    length: ROWS,
    x: shared(Float64Array, 8),
    y: shared(Float64Array, 8),
    startMin: shared(Int32Array, 4),
    endMin: shared(Int32Array, 4),
    startLocal: shared(Int32Array, 4),
    endLocal: shared(Int32Array, 4),
    type: shared(Uint16Array, 2),
    typeCodes: ['1.1.1', '1.2.1', '1.2.3', '1.4.5', '2.2.1', '2.5.2', '1.6.2', '3.9.1'],
    buurt: shared(Uint16Array, 2),
    areaCodes: Array.from({ length: 100 }, (_, b) => `BU0505${String(b).padStart(4, '0')}`),
    synthetic: shared(Uint8Array, 1),
    areaYear: shared(Uint16Array, 2),
    sortedByStart: true,
  };
  const span = 4 * 365 * 1440;
  const starts = Int32Array.from({ length: ROWS }, () => Y2021 + Math.floor(rnd() * span)).sort();
  for (let k = 0; k < ROWS; k++) {
    t.x[k] = BENCH_BOX.minX + rnd() * (BENCH_BOX.maxX - BENCH_BOX.minX);
    t.y[k] = BENCH_BOX.minY + rnd() * (BENCH_BOX.maxY - BENCH_BOX.minY);
    t.startMin[k] = starts[k]!;
    t.endMin[k] = starts[k]! + (rnd() < 0.4 ? 60 + Math.floor(rnd() * 540) : 0);
    t.startLocal[k] = t.startMin[k]! + 60;
    t.endLocal[k] = t.endMin[k]! + 60;
    t.type[k] = Math.floor(rnd() * 8);
    t.buurt[k] = Math.floor(rnd() * 100);
    t.areaYear[k] = 2024;
  }
  return t;
}

const cellSize = 100;
const spec = {
  originX: BENCH_BOX.minX,
  originY: BENCH_BOX.minY,
  cellSize,
  cols: Math.ceil((BENCH_BOX.maxX - BENCH_BOX.minX) / cellSize) + 1,
  rows: Math.ceil((BENCH_BOX.maxY - BENCH_BOX.minY) / cellSize) + 1,
};
const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2023, m, 1) / 60_000);
const KERNELS: TableKernel[] = [{ kind: 'hottimes' }, { kind: 'buurt-month', starts: months }, { kind: 'grid', spec }];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

interface RunFigures {
  jobP50: number;
  probeP99: number;
  probeMax: number;
  loopP99: number;
  loopMax: number;
}

type Mode = 'inline' | 'worker' | 'no views';

/** One run: JOBS view jobs back to back (or, without views, as many 8 ms pauses: the machine's own noise), the 1 ms probe beside them. */
async function run(t: EventTable, mode: Mode): Promise<RunFigures> {
  const lateness: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const due = performance.now() + 1;
      await new Promise((r) => setTimeout(r, 1));
      lateness.push(Math.max(0, performance.now() - due));
    }
  })();
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const jobTimes: number[] = [];
  for (let j = 0; j < JOBS; j++) {
    const t0 = performance.now();
    if (mode === 'no views') await new Promise((r) => setTimeout(r, 8));
    else await runTableJob(t, { filter: { fromMin: Y2023, toMin: Y2024 }, kernel: KERNELS[j % KERNELS.length]! });
    jobTimes.push(performance.now() - t0);
    // A server turns its event loop between requests: so does this loop (else an inline job's
    // await would only queue microtasks and starve the probe for the whole run).
    await new Promise((r) => setImmediate(r));
  }
  loop.disable();
  probing = false;
  await probe;
  lateness.sort((a, b) => a - b);
  jobTimes.sort((a, b) => a - b);
  return {
    jobP50: pct(jobTimes, 50),
    probeP99: pct(lateness, 99),
    probeMax: lateness.at(-1) ?? 0,
    loopP99: loop.percentile(99) / 1e6,
    loopMax: loop.max / 1e6,
  };
}

async function main(): Promise<void> {
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  const loadBefore = load();
  const t = syntheticTable();
  const figures: Record<Mode, RunFigures[]> = { inline: [], worker: [], 'no views': [] };
  for (let r = 0; r < RUNS; r++) {
    for (const mode of ['no views', 'inline', 'worker'] as const) {
      setTableJobMinEvents(mode === 'inline' ? Number.POSITIVE_INFINITY : 20_000);
      await run(t, mode); // warm-up (worker start, grid cell cache)
      figures[mode].push(await run(t, mode));
    }
  }
  await stopViewWorkers();
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const row = (mode: Mode) => {
    const f = figures[mode];
    const m = (k: keyof RunFigures) => median(f.map((x) => x[k]));
    const range = (k: keyof RunFigures) => `${ms(Math.min(...f.map((x) => x[k])))}–${ms(Math.max(...f.map((x) => x[k])))}`;
    return `| ${mode} | ${ms(m('jobP50'))} | **${ms(m('probeP99'))}** (${range('probeP99')}) | ${ms(m('probeMax'))} | ${ms(m('loopP99'))} / ${ms(m('loopMax'))} |`;
  };
  console.log(
    [
      `Rows ${ROWS.toLocaleString('en')}, ${RUNS} runs of ${JOBS} view jobs per mode (medians; range of the probe p99), ${os.cpus().length} cores, Node ${process.version}; load average before ${loadBefore}, after ${load()}; table jobs in workers: ${viewWorkerStats().tableJobs}.`,
      '',
      '| view work on | view job p50 (request to answer) | cheap probe lateness p99 | probe max | event-loop delay p99 / max |',
      '|---|---|---|---|---|',
      row('no views'),
      row('inline'),
      row('worker'),
    ].join('\n'),
  );
}

await main();
