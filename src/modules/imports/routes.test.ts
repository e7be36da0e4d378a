/** /api/v1/imports: upload, background job, progress and report; admins only; problem+json for bad requests. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../core/config.ts';
import { systemContext } from '../../core/context.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';

const SURVEY = path.join(projectRoot, 'test/fixtures/perception/synthetic-survey-2023.csv');

function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const boundary = '----sv-test-boundary';
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  const head = Buffer.from(parts.join(''));
  const body = file
    ? Buffer.concat([
        head,
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
        ),
        file.bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
    : Buffer.concat([head, Buffer.from(`--${boundary}--\r\n`)]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('imports API', () => {
  let t: TestApp;
  let admin: TestSession;
  let analyst: TestSession;
  before(async () => {
    t = await createTestApp({
      config: { dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sv-imports-routes-')), importMaxBytes: 50_000 },
      prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), path.join(projectRoot, 'data/gm0505'))),
    });
    admin = await loginAs(t.app, t.database, 'admin');
    analyst = await loginAs(t.app, t.database, 'analyst');
  });
  after(async () => t.close());

  const post = (s: TestSession | null, fields: Record<string, string>, file?: { name: string; bytes: Buffer }) => {
    const m = multipart(fields, file);
    return t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: m.payload, headers: { ...m.headers, ...(s?.headers ?? {}) } });
  };
  const job = async (id: number) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: { cookie: admin.cookie } })).json();
  async function until(id: number, status: string[]) {
    for (let i = 0; i < 200; i++) {
      const j = await job(id);
      if (status.includes(j.status)) return j;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`job ${id} did not end`);
  }

  it('runs an uploaded file as a background job and keeps its report', async () => {
    const res = await post(
      admin,
      { kind: 'survey', options: JSON.stringify({ source: 'Peiling 2023' }) },
      { name: 'peiling.csv', bytes: fs.readFileSync(SURVEY) },
    );
    assert.equal(res.statusCode, 202, res.body);
    const started = res.json();
    assert.equal(started.kind, 'survey');
    assert.equal(started.fileName, 'peiling.csv');
    assert.ok(['queued', 'running', 'done'].includes(started.status));
    const done = await until(started.id, ['done', 'failed']);
    assert.equal(done.status, 'done', JSON.stringify(done.failure));
    assert.match(done.report.text, /^peiling\.csv \(Peiling 2023\): \d+ rows read, \d+ stored, 0 quarantined/);
    assert.equal(done.progress.totalBytes, fs.statSync(SURVEY).size);
    assert.equal(fs.readdirSync(path.join(t.config.dataDir, 'imports')).length, 0, 'the uploaded file is removed');
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: { cookie: admin.cookie } })).json();
    assert.equal(list.jobs[0].id, started.id);
    assert.equal(list.jobs[0].report, null, 'the list carries counts, not the whole report');
    assert.deepEqual(list.jobs[0].counts, done.report.counts);
    assert.equal(list.maxBytes, 50_000);
  });

  it('fails a job on a bad file with the rejected rows and line numbers', async () => {
    const bad =
      'indicator;area;year;value;n;margin\nfeels-unsafe-buurt;GM0505;2023;20,0;2000;1,8\nfeels-unsafe-buurt;GM0505;twintig;20,0;2000;1,8\n';
    const res = await post(admin, { kind: 'survey', options: '{}' }, { name: 'kapot.csv', bytes: Buffer.from(bad) });
    assert.equal(res.statusCode, 202);
    const failed = await until(res.json().id, ['done', 'failed']);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.failure.type, 'import-rejected');
    assert.match(failed.failure.detail, /^kapot\.csv: 1 bad row\(s\); nothing was stored/);
    assert.equal(failed.failure.rows[0].line, 3);
  });

  it('is for admins only', async () => {
    const file = { name: 'peiling.csv', bytes: fs.readFileSync(SURVEY) };
    assert.equal((await post(null, { kind: 'survey' }, file)).statusCode, 401);
    assert.equal((await post(analyst, { kind: 'survey' }, file)).statusCode, 403);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: { cookie: analyst.cookie } })).statusCode, 403);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/imports/1' })).statusCode, 401);
  });

  it('answers problem+json with a readable detail for a bad request, and stores nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: { cookie: admin.cookie } })).json().jobs.length;
    const file = { name: 'peiling.csv', bytes: fs.readFileSync(SURVEY) };
    const cases: [Record<string, string>, { name: string; bytes: Buffer } | undefined, RegExp][] = [
      [{ kind: 'photos' }, file, /Unknown kind of import 'photos'/],
      [{ kind: 'survey', options: '{"quarantine":"ja"}' }, file, /options\.quarantine/],
      [{ kind: 'survey', options: 'not json' }, file, /options.*JSON/],
      [{ kind: 'survey' }, { name: 'peiling.xlsx', bytes: Buffer.from('x') }, /peiling\.xlsx: a survey import reads \.csv files/],
      [{ kind: 'survey' }, undefined, /multipart field "file"/],
      [{}, file, /Send the field "kind" \(and "options"\) before the field "file"/],
    ];
    for (const [fields, f, detail] of cases) {
      const res = await post(admin, fields, f);
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
      assert.match(res.json().detail, detail);
    }
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: { cookie: admin.cookie } })).json().jobs;
    assert.equal(after.length, before);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/imports/999999', headers: { cookie: admin.cookie } })).statusCode, 404);
  });

  it('refuses a file above the limit with 413 and keeps the job as failed', async () => {
    const res = await post(admin, { kind: 'survey' }, { name: 'groot.csv', bytes: Buffer.alloc(60_000, 'a') });
    assert.equal(res.statusCode, 413, res.body);
    assert.match(res.json().detail, /groot\.csv is larger than the 50,000 bytes an import accepts/);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: { cookie: admin.cookie } })).json();
    assert.equal(list.jobs[0].fileName, 'groot.csv');
    assert.equal(list.jobs[0].status, 'failed');
  });
});
