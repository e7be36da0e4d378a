import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { freshDatabaseUrl } from '../../test/helpers/test-database.ts';
import { testConfig } from '../../test/helpers/test-config.ts';
import { startServer, type RunningServer } from './start.ts';

interface Health {
  status: string;
  starting?: string[];
}

describe('start order: the port answers before the database is prepared', { timeout: 180_000 }, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-start-order-'));
  let server: RunningServer | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  after(async () => {
    await server?.close();
    await dropDatabase?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('says starting (503) while preparing, then ok (200) on the same port, and the prepare report is kept', async () => {
    const fresh = await freshDatabaseUrl();
    dropDatabase = fresh?.drop;
    const config = testConfig({ port: 0, host: '127.0.0.1', dataDir, databaseUrl: fresh?.url, demo: false });
    let answering: Promise<{ url: string; status: number; body: Health }> | undefined;
    const started = startServer(config, {
      logger: false,
      onAnswering: (url) => {
        answering = fetch(`${url}/api/v1/health`).then(async (r) => ({ url, status: r.status, body: (await r.json()) as Health }));
      },
    });
    server = await started;
    const early = await answering!;
    assert.equal(early.status, 503);
    assert.equal(early.body.status, 'starting');
    assert.equal(early.body.starting?.at(-1), 'app', 'the steps still to do end with building the app');
    assert.equal(server.url, early.url, 'the app took over the port that answered first');
    const ready = await fetch(`${server.url}/api/v1/health`);
    assert.equal(ready.status, 200);
    const body = (await ready.json()) as Health;
    assert.equal(body.status, 'ok');
    assert.equal(body.starting, undefined);
    assert.ok(server.report.firstAdmin, 'a first start still makes the first admin');
    assert.ok(server.report.migrations.length > 0, 'and reports the migrations it applied');
  });
});
