/**
 * Start-up time of `stadsveilig serve` on the embedded database, measured from spawn until
 * GET /api/v1/health first answers at all (`starting`, 503: the port listens before the database is
 * prepared) and until it answers `ok` (200: the routes serve): a first start (schema, Dordrecht seed,
 * demo content, first admin), then warm starts on the same data directory, alternating the compiled
 * build (dist/, as `npm start` runs it) and the TypeScript sources through tsx
 * (STADSVEILIG_FROM_SOURCE=1), so both see the same machine load; then warm starts on the demo data
 * plus 1,000,000 incidents (bench/support/million-dir.ts; pass 0 as second argument to skip).
 * Besides wall time it reports the server's own CPU time until ok (user + system, from /proc),
 * which hardly depends on other jobs on the machine.
 * Run: node --import tsx bench/startup.bench.ts [runs] [incidents]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildNeeded, buildServer } from '../scripts/server-build.mjs';
import { prepareMillion } from './support/million-dir.ts';
import { START_NODE_FLAGS } from '../scripts/start-flags.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 3);
const ROWS = Number(process.argv[3] ?? 1_000_000);
const TICKS_PER_SECOND = 100; // USER_HZ of /proc/<pid>/stat on Linux

type Variant = 'compiled' | 'source';
interface Timing {
  /** Seconds until health first answers (any status). */
  answer: number;
  /** The server's CPU seconds (user + system) when health first answered. */
  answerCpu: number;
  /** Seconds until health answers 200. */
  wall: number;
  cpu: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** User + system CPU seconds a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

async function timeStart(dataDir: string, variant: Variant): Promise<Timing> {
  const port = await freePort();
  const started = performance.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    STADSVEILIG_DATA_DIR: dataDir,
    STADSVEILIG_ADMIN_PASSWORD: 'bench-password-123',
    STADSVEILIG_DEMO: 'on',
  };
  delete env.DATABASE_URL; // the embedded engine is measured
  if (variant === 'source') env.STADSVEILIG_FROM_SOURCE = '1';
  else delete env.STADSVEILIG_FROM_SOURCE;
  const child = spawn(process.execPath, [...START_NODE_FLAGS, path.join(ROOT, 'bin', 'stadsveilig.js'), 'serve', '--quiet'], {
    env,
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.once('exit', r));
  let answer = Number.NaN;
  let answerCpu = Number.NaN;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const status = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
        .then((r) => r.status)
        .catch(() => 0);
      const seconds = (performance.now() - started) / 1000;
      if (status && Number.isNaN(answer)) {
        answer = seconds;
        answerCpu = cpuSeconds(child.pid!);
      }
      if (status === 200) return { answer, answerCpu, wall: seconds, cpu: cpuSeconds(child.pid!) };
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const show = (label: string, ts: Timing[]) =>
  console.log(
    `${label}: first health answer median ${median(ts.map((t) => t.answer)).toFixed(2)} s [${ts.map((t) => t.answer.toFixed(2)).join(', ')}] ` +
      `after ${median(ts.map((t) => t.answerCpu)).toFixed(2)} s server CPU [${ts.map((t) => t.answerCpu.toFixed(2)).join(', ')}], ` +
      `ok median ${median(ts.map((t) => t.wall)).toFixed(2)} s wall [${ts.map((t) => t.wall.toFixed(2)).join(', ')}], ` +
      `${median(ts.map((t) => t.cpu)).toFixed(2)} s CPU [${ts.map((t) => t.cpu.toFixed(2)).join(', ')}] of ${ts.length}`,
  );

if (buildNeeded()) await buildServer();
console.log(`load before: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
const bigDir = ROWS > 0 ? await prepareMillion(ROWS, (dir) => timeStart(dir, 'compiled')) : null;
const big: Timing[] = [];
const first: Timing[] = [];
const warm: Record<Variant, Timing[]> = { compiled: [], source: [] };
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-start-'));
  first.push(await timeStart(dir, 'compiled'));
  for (const variant of ['compiled', 'source'] as const) warm[variant].push(await timeStart(dir, variant));
  fs.rmSync(dir, { recursive: true, force: true });
  if (bigDir) big.push(await timeStart(bigDir, 'compiled'));
}
const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
console.log(
  `machine: ${os.availableParallelism()} CPUs, ${cpu}, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
show('first start, compiled (empty data dir → serving Dordrecht)', first);
show('warm start, compiled (dist/, as npm start runs it)', warm.compiled);
show('warm start, from source (tsx)', warm.source);
if (big.length) show(`warm start, compiled, demo + ${ROWS} incidents`, big);
console.log(`load after: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
