import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sv-lock-'));
}

describe('data directory lock', () => {
  it('refuses a directory held by another live process', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      fs.writeFileSync(path.join(dir, 'stadsveilig.lock'), String(child.pid));
      assert.throws(
        () => lockDataDir(dir),
        (err: unknown) => err instanceof DataDirLockedError && /in use by another/.test(err.message),
      );
    } finally {
      child.kill();
    }
  });

  it('takes over a stale lock left by a dead process and releases it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'stadsveilig.lock'), '2147483646');
    const lock = lockDataDir(dir);
    assert.equal(fs.readFileSync(path.join(dir, 'stadsveilig.lock'), 'utf8'), String(process.pid));
    lock.release();
    assert.equal(fs.existsSync(path.join(dir, 'stadsveilig.lock')), false);
  });
});
