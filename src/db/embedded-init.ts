/**
 * The first start of an embedded data directory: PGlite's initdb runs in a short-lived child
 * process (initdb-child.mjs), because it grows the WebAssembly memory to ~750 MB and a WebAssembly
 * memory never shrinks; the server then opens the finished directory with its small settings
 * (database.ts) and stays near 200 MB. An in-memory database (tests) has no directory to hand over
 * and is created in-process.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Whether `pgdata` holds an initialised cluster (initdb writes PG_VERSION). */
export function isInitialised(pgdata: string): boolean {
  return fs.existsSync(path.join(pgdata, 'PG_VERSION'));
}

/** Runs initdb for `pgdata` in a child process unless it is initialised already. */
export async function initialiseDataDir(pgdata: string, startParams: string[]): Promise<void> {
  if (isInitialised(pgdata)) return;
  const script = new URL('./initdb-child.mjs', import.meta.url);
  const child = spawn(process.execPath, [script.pathname, pgdata, JSON.stringify(startParams)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0 || !isInitialised(pgdata))
    throw new Error(`Creating the embedded database in ${pgdata} failed (exit ${code}): ${stderr.trim()}`);
}
