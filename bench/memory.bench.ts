/**
 * Memory and start-up of `stadsveilig serve` on the embedded database, as `npm start` runs it
 * (compiled build, its own process): process RSS from /proc (VmRSS now, VmHWM = peak so far), not
 * only typed arrays, and how soon GET /api/v1/health answers.
 * - first start: empty data directory → Dordrecht seed + demo content; peak RSS until the incident
 *   columns are in (health's `incidentColumns: 'ready'`), RSS once settled;
 * - warm start on that directory: time to the first health answer, time until the columns are in,
 *   RSS settled;
 * - the same warm start with `rows` extra incidents imported (default 1,000,000; 0 skips it), plus
 *   the longest health answer while the columns load.
 * Run: node --import tsx bench/memory.bench.ts [runs] [--rows=N]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildNeeded, buildServer } from '../scripts/server-build.mjs';
import { freePort } from '../test/e2e/support/server.ts';
import { prepareMillion } from './support/million-dir.ts';
import { START_NODE_FLAGS } from '../scripts/start-flags.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const ROWS = Number(args.find((a) => a.startsWith('--rows='))?.slice(7) ?? 1_000_000);
const SETTLE_MS = 3000;

interface StartFigures {
  healthS: number;
  readyS: number;
  peakMb: number;
  settledMb: number;
  slowestHealthMs: number;
}

/** VmRSS and VmHWM of a process in MB. */
function rssOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function health(base: string): Promise<{ ok: boolean; ms: number; columns?: string }> {
  const t = performance.now();
  try {
    const r = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(60_000) });
    const body = (await r.json()) as { incidentColumns?: string };
    return { ok: r.ok, ms: performance.now() - t, columns: body.incidentColumns };
  } catch {
    return { ok: false, ms: performance.now() - t };
  }
}

async function measureStart(dataDir: string): Promise<StartFigures> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    STADSVEILIG_DATA_DIR: dataDir,
    STADSVEILIG_ADMIN_PASSWORD: 'bench-password-123',
  };
  delete env.DATABASE_URL;
  delete env.STADSVEILIG_FROM_SOURCE;
  const started = performance.now();
  const child = spawn(process.execPath, [...START_NODE_FLAGS, path.join(ROOT, 'bin', 'stadsveilig.js'), 'serve', '--quiet'], {
    env,
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.once('exit', r));
  const base = `http://127.0.0.1:${port}`;
  const since = () => (performance.now() - started) / 1000;
  let healthS = Number.NaN;
  let slowestHealthMs = 0;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const h = await health(base);
      if (h.ok) {
        if (Number.isNaN(healthS)) healthS = since();
        else slowestHealthMs = Math.max(slowestHealthMs, h.ms);
        // Without the field (older builds) wait a fixed 15 s for the columns.
        if (h.columns === 'ready' || (h.columns === undefined && since() - healthS > 15)) break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const readyS = since();
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const { rss, peak } = rssOf(child.pid!);
    return { healthS, readyS, peakMb: peak, settledMb: rss, slowestHealthMs };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function show(label: string, fs_: StartFigures[]): void {
  const col = (k: keyof StartFigures, digits: number) =>
    `${median(fs_.map((f) => f[k])).toFixed(digits)} [${fs_.map((f) => f[k].toFixed(digits)).join(', ')}]`;
  console.log(
    `${label}: health ${col('healthS', 2)} s, columns in ${col('readyS', 2)} s, peak RSS ${col('peakMb', 0)} MB, ` +
      `settled RSS ${col('settledMb', 0)} MB, slowest health while loading ${col('slowestHealthMs', 0)} ms`,
  );
}

{
  if (buildNeeded()) await buildServer();
  console.log(`load before: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
  const first: StartFigures[] = [];
  const warm: StartFigures[] = [];
  const big: StartFigures[] = [];
  const bigDir = ROWS > 0 ? await prepareMillion(ROWS, measureStart) : null;
  for (let i = 0; i < runs; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-mem-'));
    first.push(await measureStart(dir));
    warm.push(await measureStart(dir));
    fs.rmSync(dir, { recursive: true, force: true });
    if (bigDir) big.push(await measureStart(bigDir));
  }
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
  console.log(`machine: ${os.availableParallelism()} CPUs, ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`);
  console.log(`load after: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
  show('first start (empty dir → seed + demo)', first);
  show('warm start, demo data', warm);
  if (big.length) show(`warm start, demo + ${ROWS} incidents`, big);
}
