/**
 * Starts the real server (`node bin/stadsveilig.js serve`) as a child process on a free port with
 * a fresh data directory, or a fresh PostgreSQL database when DATABASE_URL is set, and stops it
 * again. The web app is built first when web/dist is missing or stale.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freshDatabaseUrl } from '../../helpers/test-database.ts';
import { START_NODE_FLAGS } from '../../../scripts/start-flags.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const ADMIN_EMAIL = 'admin@example.test';
export const ADMIN_PASSWORD = 'e2e-Correct-Horse-42';

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function ensureWebBuild(): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-web-build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Web build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Server did not answer /api/v1/health within ${timeoutMs / 1000} s:\n${output()}`);
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface StartOptions {
  timeoutMs?: number;
  /** Extra environment for the server, e.g. STADSVEILIG_SMTP_URL of a local SMTP capture. */
  env?: Record<string, string>;
  /** Set STADSVEILIG_PUBLIC_URL to the server's own address (links in e-mails). */
  publicUrl?: boolean;
  /**
   * Runs with the server's environment before it starts (same data directory or database), e.g. a
   * script that prepares the database and imports test data. Not run with E2E_BASE_URL.
   */
  prepare?: (env: NodeJS.ProcessEnv) => void | Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  ensureWebBuild();
  // For working on the tests only: E2E_BASE_URL points them at a server you started yourself
  // (admin ADMIN_EMAIL / ADMIN_PASSWORD). Never set in CI.
  const external = process.env.E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), output: () => '', stop: async () => {} };
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stadsveilig-e2e-'));
  const postgres = (await freshDatabaseUrl()) ?? null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    STADSVEILIG_DATA_DIR: dataDir,
    STADSVEILIG_ADMIN_EMAIL: ADMIN_EMAIL,
    STADSVEILIG_ADMIN_PASSWORD: ADMIN_PASSWORD,
    STADSVEILIG_LOG_LEVEL: 'warn',
    // The tests run without internet: the default PDOK background would fall back to the buurt
    // boundaries with a notice on every map (and change the screenshots). map-background.test.ts
    // and first-run.test.ts run with the default.
    STADSVEILIG_MAP_BACKGROUND: 'none',
    ...options.env,
  };
  if (options.publicUrl) env.STADSVEILIG_PUBLIC_URL = `http://127.0.0.1:${port}`;
  if (postgres) env.DATABASE_URL = postgres.url;
  else delete env.DATABASE_URL;
  if (options.prepare) {
    try {
      await options.prepare(env);
    } catch (error) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      await postgres?.drop();
      throw error;
    }
  }
  let log = '';
  const child = spawn(process.execPath, [...START_NODE_FLAGS, path.join(ROOT, 'bin', 'stadsveilig.js'), 'serve', '--quiet'], {
    cwd: ROOT,
    env,
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const cleanup = async () => {
    await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  };
  try {
    await waitForHealth(baseUrl, child, () => log, options.timeoutMs ?? 120_000);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { baseUrl, output: () => log, stop: cleanup };
}

/** A `prepare` that runs a script under test/e2e/ (node --import tsx) with the server's environment; its output on failure. */
export function preparedBy(script: string): (env: NodeJS.ProcessEnv) => void {
  return (env) => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'e2e', script)], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`${script} failed:\n${r.stdout}\n${r.stderr}`);
  };
}
