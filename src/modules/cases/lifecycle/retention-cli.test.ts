import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../../../test/helpers/run-cli.ts';
import { freshDatabaseUrl } from '../../../../test/helpers/test-database.ts';

describe('stadsveilig cases retention', () => {
  const env: Record<string, string | undefined> = {};
  let dir: string;
  let dropDatabase: (() => Promise<void>) | undefined;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-case-retention-'));
    env.STADSVEILIG_DATA_DIR = path.join(dir, 'data');
    env.STADSVEILIG_CASE_KEY = 'd'.repeat(64);
    const fresh = await freshDatabaseUrl();
    env.DATABASE_URL = fresh?.url;
    dropDatabase = fresh?.drop;
  });
  after(async () => {
    await dropDatabase?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs at a given date, as a dry run or for real, and states the cut-off and what it did', async () => {
    const dry = await runCli(['cases', 'retention', '--dry-run', '--now', '2031-06-15'], { env });
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /cases closed before 2026-06-15: 0 due \(dry run, nothing changed\)/);
    const real = await runCli(['cases', 'retention', '--now', '2031-06-15'], { env });
    assert.equal(real.code, 0, real.stderr);
    assert.match(real.stdout, /cases closed before 2026-06-15: 0 anonymised/);
  });

  it('refuses a date it cannot read', async () => {
    const bad = await runCli(['cases', 'retention', '--now', 'gisteren'], { env });
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /--now: "gisteren" is not a date/);
  });
});
