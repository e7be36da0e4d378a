/**
 * Shared by the signals benchmarks: `stadsveilig serve` as a child process on 127.0.0.1 with
 * intake limits raised, on a fresh embedded data directory or (DATABASE_URL set) a fresh
 * PostgreSQL database that is dropped afterwards, plus counting what was stored.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { freshDatabaseUrl } from '../test/helpers/test-database.ts';
import { START_NODE_FLAGS } from '../scripts/start-flags.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface BenchTarget {
  engine: 'embedded' | 'postgres';
  port: number;
  env: NodeJS.ProcessEnv;
  /** Runs one SQL query against the stored data (call after the server stopped on the embedded engine). */
  query<R>(text: string): Promise<R[]>;
  cleanup(): Promise<void>;
}

export async function benchTarget(): Promise<BenchTarget> {
  const port = await freePort();
  const fresh = await freshDatabaseUrl();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    STADSVEILIG_DATA_DIR: dataDir,
    STADSVEILIG_SIGNAL_INTAKE_PER_MINUTE: '1000000',
    STADSVEILIG_SIGNAL_INTAKE_MIN_SECONDS: '0',
    STADSVEILIG_ADMIN_PASSWORD: 'bench-password-123',
    STADSVEILIG_LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  };
  if (fresh) env.DATABASE_URL = fresh.url;
  else delete env.DATABASE_URL;
  return {
    engine: fresh ? 'postgres' : 'embedded',
    port,
    env,
    async query<R>(text: string) {
      const database = await openDatabase(fresh ? { engine: 'postgres', url: fresh.url, poolSize: 1 } : { engine: 'embedded', dataDir });
      try {
        return (await database.bulkSession((s) => s.query<R>(text))).rows;
      } finally {
        await database.close();
      }
    },
    async cleanup() {
      await fresh?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the server and waits until it answers; returns the child and a form token. */
export async function startServer(
  t: BenchTarget,
  timeoutMs = 120_000,
): Promise<{ child: ChildProcess; formToken: string; startMs: number }> {
  const started = performance.now();
  // e.g. SV_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server (written on SIGTERM).
  const nodeArgs = process.env.SV_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...START_NODE_FLAGS, ...nodeArgs, path.join(ROOT, 'bin/stadsveilig.js'), 'serve', '--quiet'], {
    env: t.env,
    stdio: 'ignore',
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  while (performance.now() - started < timeoutMs && !exited) {
    try {
      const r = await fetch(`http://127.0.0.1:${t.port}/api/v1/public/signals/form`);
      if (r.ok) return { child, formToken: ((await r.json()) as { formToken: string }).formToken, startMs: performance.now() - started };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(exited ? 'server exited during start' : 'server did not start in time');
}

export function stopServer(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  return exited;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); NaN elsewhere. */
export function cpuMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in USER_HZ (100 on Linux)
  } catch {
    return Number.NaN;
  }
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}
