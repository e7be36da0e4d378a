/**
 * Benchmarks of the analysis engine (not timed tests), each beside its peer in the same run:
 *   node --import tsx bench/analysis.bench.ts [--runs N] [--baseline DIR]
 * - Global Moran's I, 999 permutations, 100 × 100 queen grid, row-standardised: moran.ts beside
 *   PySAL esda's `Moran` (bench/analysis-moran-esda.py; set ESDA_SRC to an esda source checkout and
 *   PYTHON to a Python with libpysal, default /usr/bin/python3 — Debian's python3-libpysal) and
 *   beside esda's permutation loop written out in numpy (same script).
 * - Knox near-repeat, 5,000 events, 5 × 4 bands, 99 permutations (target ≤ 0.08 s).
 * - Gi* with 999 conditional permutations (beside bench/analysis-gistar-numpy.py) and the aoristic
 *   hour-of-week profile of 1,000,000 events.
 * --baseline DIR: the sources of an earlier commit (`git archive <commit> src | tar -x -C DIR`):
 *   its moranI and knoxTest run in the same rounds, so before and after see the same load.
 * Rounds alternate product, baseline and peer; each figure is the median of N rounds (default 5),
 * wall clock and CPU time of the process (the machine may be shared: CPU time is the steadier).
 * Prints a markdown section for bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aoristicHourOfWeek } from '../src/modules/analysis/aoristic.ts';
import { gridContiguity } from '../src/modules/analysis/grid-contiguity.ts';
import { knoxTest } from '../src/modules/analysis/knox.ts';
import { localG } from '../src/modules/analysis/local-g.ts';
import { moranI } from '../src/modules/analysis/moran.ts';
import { poissonSample } from '../src/modules/analysis/poisson-sample.ts';
import { createRng } from '../src/modules/analysis/prng.ts';
import { transformWeights } from '../src/modules/analysis/weights.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? 5) || 5;
const BASELINE = args.includes('--baseline') ? path.resolve(args[args.indexOf('--baseline') + 1]!) : null;
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

interface Timing {
  wall: number;
  cpu: number;
}
const timed = (fn: () => void): Timing => {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
};
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const summary = (all: Timing[]) => ({ wall: median(all.map((t) => t.wall)), cpu: median(all.map((t) => t.cpu)), all });
const s3 = (s: number) => `${s.toFixed(3)} s`;
const fig = (t: { wall: number; cpu: number }) => `${s3(t.wall)} wall / ${s3(t.cpu)} CPU`;
const WARM_UP = 3;
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const loadBefore = loadavg();
const rng = createRng(2024);

// data: a 100 × 100 queen grid with Poisson(3) counts; Knox: 5,000 events uniform over 10 × 10 km and 365 days
const grid = gridContiguity(100, 100, 'queen');
const counts = Float64Array.from({ length: grid.n }, () => poissonSample(3, rng));
const n = 5000;
const x = Float64Array.from({ length: n }, () => rng.nextFloat() * 10_000);
const y = Float64Array.from({ length: n }, () => rng.nextFloat() * 10_000);
const t = Float64Array.from({ length: n }, () => Math.floor(rng.nextFloat() * 365));
const knoxOpts = { spaceBands: [0, 1, 100, 200, 400, Infinity], timeBands: [0, 7, 14, 28, Infinity], permutations: 99, seed: 1 };
const moranOf = (fn: typeof moranI) => fn(counts, transformWeights(grid, 'r'), { permutations: 999, seed: 1 });

type Impl = { moranI: typeof moranI; knoxTest: typeof knoxTest };
const baseline: Impl | null = BASELINE
  ? {
      moranI: (await import(path.join(BASELINE, 'src/modules/analysis/moran.ts'))).moranI,
      knoxTest: (await import(path.join(BASELINE, 'src/modules/analysis/knox.ts'))).knoxTest,
    }
  : null;

const valuesFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-moran-')), 'values.txt');
fs.writeFileSync(valuesFile, Array.from(counts).join('\n'));
interface PeerRun {
  esda: string | null;
  numpy: string;
  scipy: string;
  libpysal: string;
  esdaI?: number;
  esdaSeconds?: number;
  esdaCpu?: number;
  numpyI: number;
  numpySeconds: number;
  numpyCpu: number;
}
const peer = (): PeerRun | null => {
  const py = spawnSync(PYTHON, ['bench/analysis-moran-esda.py', valuesFile, '100', '100', '999'], { encoding: 'utf8' });
  if (py.status !== 0) {
    console.error(py.stderr);
    return null;
  }
  return JSON.parse(py.stdout) as PeerRun;
};

// warm-up (three untimed calls, as the peer script makes: the JIT's steady state, as in a server that
// has answered a few requests), then rounds: product, baseline, peer
for (let k = 0; k < WARM_UP; k++) {
  moranOf(moranI);
  knoxTest(x, y, t, knoxOpts);
  if (baseline) [moranOf(baseline.moranI), baseline.knoxTest(x, y, t, knoxOpts)];
}
const moran: Timing[] = [];
const moranBase: Timing[] = [];
const knox: Timing[] = [];
const knoxBase: Timing[] = [];
const peers: PeerRun[] = [];
let moranValue = Number.NaN;
for (let r = 0; r < RUNS; r++) {
  moran.push(timed(() => (moranValue = moranOf(moranI).i)));
  if (baseline) moranBase.push(timed(() => moranOf(baseline.moranI)));
  const p = peer();
  if (p) peers.push(p);
  knox.push(timed(() => knoxTest(x, y, t, knoxOpts)));
  if (baseline) knoxBase.push(timed(() => baseline.knoxTest(x, y, t, knoxOpts)));
}
if (baseline) {
  const same = JSON.stringify(knoxTest(x, y, t, knoxOpts)) === JSON.stringify(baseline.knoxTest(x, y, t, knoxOpts));
  console.error(`Knox result identical to the baseline's (seed 1): ${same}`);
}

// Gi*: 100 × 100 grid, queen contiguity, row-standardised, 999 conditional permutations
localG(counts, grid, { star: true, permutations: 99, seed: 1 }); // warm-up
const gi = summary(
  Array.from({ length: RUNS }, () => timed(() => localG(counts, grid, { star: true, transform: 'r', permutations: 999, seed: 1 }))),
);

// Aoristic: 1,000,000 events over a year; windows 0–48 h, 10 % without end, 1 % longer than a week
const events = 1_000_000;
const start = new Float64Array(events);
const end = new Float64Array(events);
for (let k = 0; k < events; k++) {
  start[k] = 28_401_120 + Math.floor(rng.nextFloat() * 525_600); // from 2024-01-01
  const u = rng.nextFloat();
  end[k] = u < 0.1 ? Number.NaN : u < 0.11 ? start[k]! + 12_000 : start[k]! + Math.floor(rng.nextFloat() * 2880);
}
aoristicHourOfWeek({ startUtc: start.subarray(0, 10_000), endUtc: end.subarray(0, 10_000) });
const ao = summary(Array.from({ length: 3 }, () => timed(() => aoristicHourOfWeek({ startUtc: start, endUtc: end }))));

let giNumpy = '- Gi* numpy comparison: python3 with numpy not available.';
const py = spawnSync('python3', ['bench/analysis-gistar-numpy.py', '100', '100', '999'], { encoding: 'utf8' });
if (py.status === 0) {
  const r = JSON.parse(py.stdout) as { numpy: string; seconds: number };
  giNumpy = `- Gi* plain numpy ${r.numpy} (same algorithm, vectorised; \`bench/analysis-gistar-numpy.py\`): ${s3(r.seconds)} wall, median of 3.`;
}

const m = summary(moran);
const k = summary(knox);
const lines = [
  `\n## analysis engine: statistics against their peers (${new Date().toISOString().slice(0, 10)})`,
  '',
  `Machine: ${os.availableParallelism()} CPUs (nproc), ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}. Load average (1/5/15 min) before ${loadBefore}, after ${loadavg()}. Command: \`ESDA_SRC=… node --import tsx bench/analysis.bench.ts --runs ${RUNS}${BASELINE ? ' --baseline <2f056e6 sources>' : ''}\`. Three untimed warm-up calls on each side, then the median of ${RUNS} rounds (product, previous code, peer in turn); wall clock and process CPU time.`,
  '',
  '| statistic | implementation | wall (median) | CPU (median) | all walls |',
  '|---|---|---|---|---|',
  `| Moran's I, 999 perms, 100×100 queen (10,000 units) | moran.ts (this commit) | ${s3(m.wall)} | ${s3(m.cpu)} | ${m.all.map((v) => v.wall.toFixed(3)).join(', ')} |`,
];
if (baseline) {
  const b = summary(moranBase);
  lines.push(`| 〃 | moran.ts before (2f056e6) | ${s3(b.wall)} | ${s3(b.cpu)} | ${b.all.map((v) => v.wall.toFixed(3)).join(', ')} |`);
}
if (peers.length > 0) {
  const p = peers[0]!;
  if (p.esda) {
    const e = summary(peers.map((r) => ({ wall: r.esdaSeconds!, cpu: r.esdaCpu! })));
    lines.push(
      `| 〃 | PySAL esda ${p.esda} \`Moran\` (libpysal ${p.libpysal}, numpy ${p.numpy}, scipy ${p.scipy}) | ${s3(e.wall)} | ${s3(e.cpu)} | ${e.all.map((v) => v.wall.toFixed(3)).join(', ')} |`,
    );
  }
  const np = summary(peers.map((r) => ({ wall: r.numpySeconds, cpu: r.numpyCpu })));
  lines.push(
    `| 〃 | esda's loop in numpy (permutation + sparse lag) | ${s3(np.wall)} | ${s3(np.cpu)} | ${np.all.map((v) => v.wall.toFixed(3)).join(', ')} |`,
  );
}
lines.push(
  `| Knox, 5,000 events, 5×4 bands, 99 perms | knox.ts (this commit) | ${s3(k.wall)} | ${s3(k.cpu)} | ${k.all.map((v) => v.wall.toFixed(3)).join(', ')} |`,
);
if (baseline) {
  const b = summary(knoxBase);
  lines.push(`| 〃 | knox.ts before (2f056e6) | ${s3(b.wall)} | ${s3(b.cpu)} | ${b.all.map((v) => v.wall.toFixed(3)).join(', ')} |`);
}
lines.push(
  '',
  `- Moran's I of the data: ${moranValue}${peers[0]?.esdaI !== undefined ? `; esda ${peers[0].esdaI}` : ''}; numpy loop ${peers[0]?.numpyI ?? '—'}.`,
  `- Gi* (row-standardised, self-weight 1/(k+1)), 999 conditional permutations, same grid: ${fig(gi)}.`,
  giNumpy,
  `- Aoristic hour-of-week on 1,000,000 events (0–48 h windows, 10 % open-ended, 1 % ≥ 1 week): ${fig(ao)} (median of 3).`,
);
console.log(lines.join('\n'));
