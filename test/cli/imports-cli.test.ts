/** `stadsveilig import …` runs through the one import service (a job with the report), and says so when a server holds the embedded database. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../src/core/config.ts';
import { lockDataDir } from '../../src/db/data-dir-lock.ts';
import { openDatabase } from '../../src/db/database.ts';
import { runCli } from '../helpers/run-cli.ts';
import { freshDatabaseUrl } from '../helpers/test-database.ts';

const SURVEY = path.join(projectRoot, 'test/fixtures/perception/synthetic-survey-2023.csv');
const SIGNALS = path.join(projectRoot, 'test/fixtures/signals/assen-meldingen.json');
const MAPPING = path.join(projectRoot, 'test/fixtures/signals/assen-mapping.json');

describe('stadsveilig import through the import service', () => {
  let env: Record<string, string | undefined>;
  let dir: string;
  let url: string | undefined;
  let cleanup: () => Promise<void>;
  before(async () => {
    const fresh = await freshDatabaseUrl();
    url = fresh?.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-imports-cli-'));
    env = fresh
      ? { DATABASE_URL: fresh.url, STADSVEILIG_MUNICIPALITY: 'GM0505' }
      : { DATABASE_URL: undefined, STADSVEILIG_DATA_DIR: dir, STADSVEILIG_MUNICIPALITY: 'GM0505' };
    cleanup = async () => {
      await fresh?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  });
  after(async () => cleanup());

  it('prints the report and keeps it with a job, as the browser would see it', async () => {
    const r = await runCli(['import', 'signals', SIGNALS, '--mapping', MAPPING], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      `${SIGNALS}: 3024 rows read, 3024 imported, 0 already present, 3024 kept without buurt (no point, or no areas loaded).\n`,
    );
    const database = await openDatabase(url ? { engine: 'postgres', url } : { engine: 'embedded', dataDir: dir });
    try {
      const jobs = await database.db.selectFrom('import_jobs').selectAll().execute();
      assert.equal(jobs.length, 1);
      assert.equal(jobs[0]?.status, 'done');
      assert.equal(jobs[0]?.created_by, 'system:import-signals');
      assert.equal((jobs[0]?.report as { text: string } | undefined)?.text, r.stdout);
    } finally {
      await database.close();
    }
  });

  it('points to Beheer → Imports in one line when a running server holds the embedded database', async () => {
    // The lock is the embedded engine's, so this runs on an embedded data directory whatever the engine under test.
    const embedded = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-imports-lock-'));
    const lock = lockDataDir(embedded); // this test process stands in for the running server
    try {
      const r = await runCli(['import', 'survey', SURVEY], {
        env: { DATABASE_URL: undefined, STADSVEILIG_DATA_DIR: embedded, STADSVEILIG_MUNICIPALITY: 'GM0505' },
      });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(
        r.stderr,
        /^stadsveilig: The embedded database in .+ is in use by a running Stadsveilig server \(pid \d+\): import the file in the browser under Beheer → Imports \(\/beheer\/imports\), or stop the server first\.\n$/,
      );
    } finally {
      lock.release();
      fs.rmSync(embedded, { recursive: true, force: true });
    }
  });
});
