/** `stadsveilig import signals` with the real Assen export, and `stadsveilig api-key add`. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../src/core/config.ts';
import { runCli } from '../helpers/run-cli.ts';
import { freshDatabaseUrl } from '../helpers/test-database.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/signals');

describe('signals CLI', () => {
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  before(async () => {
    const fresh = await freshDatabaseUrl();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-signals-cli-'));
    env = fresh ? { DATABASE_URL: fresh.url } : { DATABASE_URL: undefined, STADSVEILIG_DATA_DIR: dir };
    cleanup = async () => {
      await fresh?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  });
  after(async () => cleanup());

  it('imports the Assen Signalen export idempotently and prints a summary', async () => {
    const args = ['import', 'signals', path.join(fixtures, 'assen-meldingen.json'), '--mapping', path.join(fixtures, 'assen-mapping.json')];
    const first = await runCli(args, { env });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /3024 rows read, 3024 imported, 0 already present, 3024 kept without buurt/);
    const again = await runCli(args, { env });
    assert.match(again.stdout, /0 imported, 3024 already present/);
    const bad = await runCli(
      ['import', 'signals', path.join(fixtures, 'assen-meldingen.json'), '--mapping', path.join(fixtures, 'README.md')],
      { env },
    );
    assert.notEqual(bad.code, 0);
  });

  it('adds an Open311 API key, printing it once and storing only a hash', async () => {
    const res = await runCli(['api-key', 'add', 'BuitenBeter'], { env });
    assert.equal(res.code, 0, res.stderr);
    const key = /(sv311_[A-Za-z0-9_-]{43})/.exec(res.stdout)?.[1];
    assert.ok(key);
    const list = await runCli(['api-key', 'list'], { env });
    assert.match(list.stdout, /BuitenBeter {2}600 \(default\)\/hour/);
    assert.doesNotMatch(list.stdout, new RegExp(key!));
  });

  it('gives an API key its own quota with --quota and refuses a quota that is not a whole number', async () => {
    const res = await runCli(['api-key', 'add', 'Fixi', '--quota', '1200'], { env });
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /1200 requests per hour/);
    assert.match((await runCli(['api-key', 'list'], { env })).stdout, /Fixi {2}1200\/hour/);
    for (const bad of ['0', '1.5', 'veel', '99999999']) {
      const refused = await runCli(['api-key', 'add', 'Fout', '--quota', bad], { env });
      assert.equal(refused.code, 1, bad);
      assert.match(refused.stderr, /--quota: must be a whole number/);
    }
    assert.doesNotMatch((await runCli(['api-key', 'list'], { env })).stdout, /Fout/);
  });
});
