/**
 * Benchmarks of the analysis engine (not timed tests). Run: node --import tsx bench/analysis.bench.ts
 * Prints a markdown section for bench/RESULTS.md. Targets: Knox 5,000 events, 5 × 4 bands,
 * 99 permutations ≤ 1 s; Gi* 999 conditional permutations on a 100 × 100 queen grid ≤ 0.3 s;
 * aoristic on 1,000,000 events. If python3 with numpy is available, a plain-numpy Gi* runs too.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { aoristicHourOfWeek } from '../src/modules/analysis/aoristic.ts';
import { gridContiguity } from '../src/modules/analysis/grid-contiguity.ts';
import { knoxTest } from '../src/modules/analysis/knox.ts';
import { localG } from '../src/modules/analysis/local-g.ts';
import { poissonSample } from '../src/modules/analysis/poisson-sample.ts';
import { createRng } from '../src/modules/analysis/prng.ts';

function median(fn: () => void, runs: number): { median: number; all: number[] } {
  const all: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    all.push((performance.now() - t0) / 1000);
  }
  const sorted = [...all].sort((a, b) => a - b);
  return { median: sorted[Math.floor(runs / 2)]!, all };
}

const loadAtStart = os.loadavg();
const fmt = (s: number) => `${s.toFixed(3)} s`;
const rng = createRng(2024);

// Knox: 5,000 events uniformly over 10 × 10 km and one year (RD-like metres, day numbers)
const n = 5000;
const x = Float64Array.from({ length: n }, () => rng.nextFloat() * 10_000);
const y = Float64Array.from({ length: n }, () => rng.nextFloat() * 10_000);
const t = Float64Array.from({ length: n }, () => Math.floor(rng.nextFloat() * 365));
const knoxOpts = { spaceBands: [0, 1, 100, 200, 400, Infinity], timeBands: [0, 7, 14, 28, Infinity], permutations: 99, seed: 1 };
knoxTest(x, y, t, knoxOpts); // warm-up
const knox = median(() => knoxTest(x, y, t, knoxOpts), 5);

// Gi*: 100 × 100 grid, queen contiguity, row-standardised, 999 conditional permutations
const grid = gridContiguity(100, 100, 'queen');
const counts = Float64Array.from({ length: grid.n }, () => poissonSample(3, rng));
localG(counts, grid, { star: true, permutations: 99, seed: 1 }); // warm-up
const gi = median(() => localG(counts, grid, { star: true, transform: 'r', permutations: 999, seed: 1 }), 5);

// Aoristic: 1,000,000 events over a year; windows 0–48 h, 10 % without end, 1 % longer than a week
const events = 1_000_000;
const start = new Float64Array(events);
const end = new Float64Array(events);
for (let k = 0; k < events; k++) {
  start[k] = 28_401_120 + Math.floor(rng.nextFloat() * 525_600); // from 2024-01-01
  const u = rng.nextFloat();
  end[k] = u < 0.1 ? NaN : u < 0.11 ? start[k]! + 12_000 : start[k]! + Math.floor(rng.nextFloat() * 2880);
}
aoristicHourOfWeek({ startUtc: start.subarray(0, 10_000), endUtc: end.subarray(0, 10_000) });
const ao = median(() => aoristicHourOfWeek({ startUtc: start, endUtc: end }), 3);

let numpyLine = '- numpy comparison: python3 with numpy not available.';
const py = spawnSync('python3', ['bench/analysis-gistar-numpy.py', '100', '100', '999'], { encoding: 'utf8' });
if (py.status === 0) {
  const r = JSON.parse(py.stdout) as { numpy: string; seconds: number };
  numpyLine = `- Gi* plain numpy ${r.numpy} (same algorithm, vectorised in chunks; \`bench/analysis-gistar-numpy.py\`): ${fmt(r.seconds)} median of 3 → TypeScript is ${(r.seconds / gi.median).toFixed(1)}× ${gi.median < r.seconds ? 'faster' : 'slower'}. PySAL esda itself cannot be installed here (no PyPI access), so it was not timed.`;
}

const cpu = os.cpus()[0]?.model ?? 'unknown';
console.log(`
## analysis engine (${new Date().toISOString().slice(0, 10)})

Machine: ${os.availableParallelism()} CPUs (nproc), ${cpu}, Node ${process.version}. Command: \`node --import tsx bench/analysis.bench.ts\`. Single-threaded. Load average at start: ${loadAtStart.map((v) => v.toFixed(2)).join(' / ')} (1/5/15 min) (other jobs share the 2 CPUs; best run in brackets).

- Knox near-repeat: ${n} events (uniform 10 × 10 km, 365 days), 5 × 4 bands (0,1,100,200,400,inf m × 0,7,14,28,inf days), Manhattan, 99 permutations: ${fmt(knox.median)} median of 5 (${fmt(Math.min(...knox.all))}) (target ≤ 1 s).
- Gi* (row-standardised, self-weight 1/(k+1)) with 999 conditional permutations, 100 × 100 grid (10,000 cells, queen): ${fmt(gi.median)} median of 5 (${fmt(Math.min(...gi.all))}) (target ≤ 0.3 s).
${numpyLine}
- Aoristic hour-of-week on 1,000,000 events (0–48 h windows, 10 % open-ended, 1 % ≥ 1 week): ${fmt(ao.median)} median of 3 (${fmt(Math.min(...ao.all))}).
`);
