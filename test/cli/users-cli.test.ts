import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lockDataDir } from '../../src/db/data-dir-lock.ts';
import { runCli } from '../helpers/run-cli.ts';
import { freshDatabaseUrl } from '../helpers/test-database.ts';

describe('stadsveilig command line', () => {
  const env: Record<string, string | undefined> = {};
  let dropDatabase: (() => Promise<void>) | undefined;
  before(async () => {
    env.STADSVEILIG_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-cli-'));
    const fresh = await freshDatabaseUrl();
    env.DATABASE_URL = fresh?.url;
    dropDatabase = fresh?.drop;
  });
  after(async () => dropDatabase?.());

  it('lists its commands in --help', async () => {
    const r = await runCli(['--help']);
    assert.equal(r.code, 0);
    for (const cmd of ['serve', 'migrate', 'import', 'user', 'stats']) assert.match(r.stdout, new RegExp(`^\\s+${cmd}\\b`, 'm'));
  });

  it('adds users with a password from stdin or a generated one, lists and disables them', async () => {
    const a = await runCli(['user', 'add', 'Sam@Example.test', '--role', 'analyst', '--password-stdin'], {
      env,
      input: 'correct horse battery\n',
    });
    assert.equal(a.code, 0, a.stderr);
    assert.match(a.stdout, /Created sam@example\.test \(analyst/);
    assert.doesNotMatch(a.stdout, /One-time password/);
    const b = await runCli(['user', 'add', 'kim@example.test', '--role', 'caseworker'], { env });
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stdout, /One-time password \(shown once.*\): [A-Za-z0-9]{20}\n/);
    const list = await runCli(['user', 'list', '--json'], { env });
    const users = JSON.parse(list.stdout) as Array<{ email: string; role: string; status: string }>;
    assert.deepEqual(
      users.map((u) => `${u.email}/${u.role}/${u.status}`),
      ['kim@example.test/caseworker/active', 'sam@example.test/analyst/active'],
    );
    const d = await runCli(['user', 'disable', 'kim@example.test'], { env });
    assert.equal(d.code, 0, d.stderr);
    const again = JSON.parse((await runCli(['user', 'list', '--json'], { env })).stdout) as Array<{ status: string }>;
    assert.equal(again[0]?.status, 'disabled');
  });

  it('explains bad input in one line and stores nothing', async () => {
    const bad = await runCli(['user', 'add', 'x@example.test', '--role', 'emperor'], { env });
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /Allowed choices are admin, analyst/);
    const short = await runCli(['user', 'add', 'y@example.test', '--role', 'viewer', '--password-stdin'], { env, input: 'short' });
    assert.equal(short.code, 1);
    assert.equal(short.stderr.trim().split('\n').length, 1);
    assert.match(short.stderr, /password: must be at least 12 characters/);
    const dup = await runCli(['user', 'add', 'sam@example.test', '--role', 'viewer'], { env });
    assert.equal(dup.code, 1);
    assert.match(dup.stderr, /already exists/);
    const users = JSON.parse((await runCli(['user', 'list', '--json'], { env })).stdout) as unknown[];
    assert.equal(users.length, 2);
  });

  it('adds a local address, refuses a non-address, and resets a password once with a one-time password', async () => {
    const local = await runCli(['user', 'add', 'admin@localhost', '--role', 'admin'], { env });
    assert.equal(local.code, 0, local.stderr);
    assert.match(local.stdout, /Created admin@localhost \(admin/);
    const bad = await runCli(['user', 'add', 'admin@', '--role', 'admin'], { env });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /email: must be an e-mail address/);
    const reset = await runCli(['user', 'reset-password', 'Admin@Localhost'], { env });
    assert.equal(reset.code, 0, reset.stderr);
    const password = /One-time password \(shown once, must be changed at the next login\): ([A-Za-z0-9]{20})\n/.exec(reset.stdout)?.[1];
    assert.ok(password, reset.stdout);
    const users = JSON.parse((await runCli(['user', 'list', '--json'], { env })).stdout) as Array<{
      email: string;
      mustChangePassword: boolean;
    }>;
    assert.equal(users.find((u) => u.email === 'admin@localhost')?.mustChangePassword, true);
    const unknown = await runCli(['user', 'reset-password', 'nobody@localhost'], { env });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /User 'nobody@localhost' does not exist/);
    const before = JSON.parse((await runCli(['user', 'list', '--json'], { env })).stdout) as unknown[];
    assert.equal(before.length, 3);
  });

  it('changes a role, but never demotes or disables the last active admin', async () => {
    const role = await runCli(['user', 'role', 'sam@example.test', 'coordinator'], { env });
    assert.equal(role.code, 0, role.stderr);
    assert.match(role.stdout, /sam@example\.test is now coordinator/);
    const demote = await runCli(['user', 'role', 'admin@localhost', 'viewer'], { env });
    assert.equal(demote.code, 1);
    assert.match(demote.stderr, /laatste actieve beheerder/);
    const disable = await runCli(['user', 'disable', 'admin@localhost'], { env });
    assert.equal(disable.code, 1);
    assert.match(disable.stderr, /laatste actieve beheerder/);
    const users = JSON.parse((await runCli(['user', 'list', '--json'], { env })).stdout) as Array<{
      email: string;
      role: string;
      status: string;
    }>;
    assert.deepEqual(
      users.filter((u) => u.role === 'admin').map((u) => `${u.email}/${u.status}`),
      ['admin@localhost/active'],
    );
  });

  it('stops on a bad setting with a clear line', async () => {
    const r = await runCli(['migrate'], { env: { ...env, PORT: 'eighty' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /PORT: .*number/);
  });

  it('refuses a second process on the same embedded data directory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-lock-cli-'));
    const lock = lockDataDir(dir); // this test process plays the running server
    try {
      const r = await runCli(['user', 'list'], { env: { STADSVEILIG_DATA_DIR: dir, DATABASE_URL: undefined } });
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`in use by another Stadsveilig process \\(pid ${process.pid}\\)`));
    } finally {
      lock.release();
    }
  });
});
