/**
 * `stadsveilig demo status|remove|load` as a user runs them, on a database prepared as a first start
 * with STADSVEILIG_DEMO=off (areas, registered crime, categories; no demo content): the command loads
 * it once, counts it per module and removes it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/core/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { databaseTarget } from '../../src/db/database-target.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';
import { runCli } from '../helpers/run-cli.ts';
import { freshDatabaseUrl } from '../helpers/test-database.ts';

describe('stadsveilig demo', { timeout: 300_000 }, () => {
  const env: Record<string, string | undefined> = {};
  let dropDatabase: (() => Promise<void>) | undefined;
  before(async () => {
    env.STADSVEILIG_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-demo-cli-'));
    const fresh = await freshDatabaseUrl();
    env.DATABASE_URL = fresh?.url;
    dropDatabase = fresh?.drop;
    const config = loadConfig({ ...env, STADSVEILIG_DEMO: 'off', STADSVEILIG_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
    const database = await openDatabase(databaseTarget(config));
    try {
      await prepareDatabase(database, config);
    } finally {
      await database.close();
    }
  });
  after(async () => {
    await dropDatabase?.();
    fs.rmSync(env.STADSVEILIG_DATA_DIR!, { recursive: true, force: true });
  });

  const rowsOf = (stdout: string, module: string) => Number(new RegExp(`^${module}\\s+(\\d+)$`, 'm').exec(stdout)?.[1] ?? Number.NaN);

  it('is listed in --help', async () => {
    const r = await runCli(['demo', '--help']);
    assert.equal(r.code, 0);
    for (const cmd of ['load', 'remove', 'status']) assert.match(r.stdout, new RegExp(`^\\s+${cmd}\\b`, 'm'));
  });

  it('loads, counts and removes demo content', async () => {
    const empty = await runCli(['demo', 'status'], { env });
    assert.equal(empty.code, 0, empty.stderr);
    assert.match(empty.stdout, /^0 demo row\(s\)$/m);
    const load = await runCli(['demo', 'load'], { env });
    assert.equal(load.code, 0, load.stderr);
    assert.match(load.stdout, /^Loaded synthetic demo incidents: \d+/m);
    assert.match(load.stdout, /^Loaded demo reports: \d+/m);
    const status = await runCli(['demo', 'status'], { env });
    const reports = rowsOf(status.stdout, 'signals');
    assert.ok(reports > 1000, status.stdout);
    assert.ok(rowsOf(status.stdout, 'incidents') > 30_000, status.stdout);
    const again = await runCli(['demo', 'load'], { env });
    assert.equal(again.code, 0, again.stderr);
    assert.equal(rowsOf(again.stdout, 'signals'), reports, 'loading again adds nothing');
    const removed = await runCli(['demo', 'remove'], { env });
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stdout, new RegExp(`^Removed ${reports} demo row\\(s\\) of signals$`, 'm'));
    const json = await runCli(['demo', 'status', '--json'], { env });
    const parsed = JSON.parse(json.stdout) as { total: number; removedAt: string | null };
    assert.equal(parsed.total, 0);
    assert.ok(parsed.removedAt);
  });
});
