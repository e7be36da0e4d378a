/**
 * Start-up time of `stadsveilig serve` on the embedded database: first start (schema, Dordrecht
 * seed, first admin) and a warm start on the same data directory, measured from spawn until
 * GET /api/v1/health answers. Run: node --import tsx bench/startup.bench.ts [runs]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 3);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', STADSVEILIG_DATA_DIR: dataDir, STADSVEILIG_ADMIN_PASSWORD: 'bench-password-123' };
  delete env.DATABASE_URL; // the embedded engine is measured
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'stadsveilig.js'), 'serve', '--quiet'], { env, stdio: 'ignore' });
  const exited = new Promise((r) => child.once('exit', r));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.ok).catch(() => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const first: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-start-'));
  first.push(await timeStart(dir));
  warm.push(await timeStart(dir));
  fs.rmSync(dir, { recursive: true, force: true });
}
const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
console.log(`machine: ${os.availableParallelism()} CPUs, ${cpu}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`first start (empty data dir → serving Dordrecht): median ${(median(first) / 1000).toFixed(2)} s of ${runs} [${first.map((t) => (t / 1000).toFixed(2)).join(', ')}]`);
console.log(`warm start (same data dir): median ${(median(warm) / 1000).toFixed(2)} s of ${runs} [${warm.map((t) => (t / 1000).toFixed(2)).join(', ')}]`);
