import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { csvCell, EXPORT_ROW_CAP } from './audit-export.ts';

describe('processing log as CSV (format=csv)', () => {
  let t: TestApp;
  let admin: TestSession;
  before(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => t.close());
  const get = (url: string, cookie = admin.cookie) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  it('exports the same filters as the search, states count and cap, and logs the export as its own record', async () => {
    const viewer = await loginAs(t.app, t.database, 'viewer');
    const query = `subjectType=user&subjectId=${viewer.userId}`;
    const json = (await get(`/api/v1/audit-log?${query}`)).json().records as Array<{ traceId: string }>;
    const res = await get(`/api/v1/audit-log?${query}&format=csv`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="verwerkingslog.csv"/);
    assert.equal(res.headers['x-row-cap'], String(EXPORT_ROW_CAP));
    assert.equal(res.headers['x-truncated'], 'false');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.match(lines[0] ?? '', /^"tijd";"activiteit";/);
    // The viewer's create and login, plus the search for the viewer just made (named under the viewer).
    assert.equal(lines.length - 1, json.length + 1);
    assert.equal(res.headers['x-row-count'], String(lines.length - 1));
    assert.ok(
      lines.slice(1).every((l) => !l.includes(viewer.userId)),
      'only the pseudonym, never the id',
    );
    assert.ok(lines.some((l) => l.includes('"audit.search"')));

    const logged = (await get('/api/v1/audit-log?activity=audit.export&limit=1')).json().records as Array<{
      operation: string;
      dataSubjectPseudonym: string | null;
      attributes: { rows: number; truncated: boolean; format: string };
    }>;
    assert.equal(logged.length, 1);
    assert.equal(logged[0]?.operation, 'export');
    assert.equal(logged[0]?.attributes.rows, lines.length - 1);
    assert.equal(logged[0]?.attributes.truncated, false);
    assert.ok(logged[0]?.dataSubjectPseudonym, 'an export for one person is logged under that person');
  });

  it('applies activity and period filters, ignores limit, and is for admins only', async () => {
    await get('/api/v1/users');
    await get('/api/v1/users');
    const all = await get('/api/v1/audit-log?activity=accounts.manage&limit=1&format=csv');
    const rows = all.body.trim().split('\r\n').slice(1);
    assert.ok(rows.length >= 2, 'limit does not cut an export');
    assert.ok(rows.every((l) => l.split(';')[1] === '"accounts.manage"'));
    const future = await get('/api/v1/audit-log?from=2999-01-01T00:00:00Z&format=csv');
    assert.equal(future.headers['x-row-count'], '0');
    const analyst = await loginAs(t.app, t.database, 'analyst');
    assert.equal((await get('/api/v1/audit-log?format=csv', analyst.cookie)).statusCode, 403);
    assert.equal((await get('/api/v1/audit-log?format=xml')).statusCode, 400);
  });

  it('stops at the cap and says so in the reply and the log', async () => {
    await sql`
      INSERT INTO audit_log (trace_id, span_id, name, processing_activity_id, operation, actor, status_code, start_time, end_time, resource_name, resource_version)
      SELECT repeat('a', 32), lpad(to_hex(n), 16, '0'), 'x', 'mail.outbox', 'read', 'system:test', 'OK', now(), now(), 'stadsveilig', 'v1'
      FROM generate_series(1, ${EXPORT_ROW_CAP + 1}) AS n
    `.execute(t.database.db);
    const res = await get('/api/v1/audit-log?activity=mail.outbox&format=csv');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['x-truncated'], 'true');
    assert.equal(res.headers['x-row-count'], String(EXPORT_ROW_CAP));
    assert.equal(res.body.trim().split('\r\n').length - 1, EXPORT_ROW_CAP);
    const logged = (await get('/api/v1/audit-log?activity=audit.export&limit=1')).json().records[0];
    assert.deepEqual([logged.attributes.rows, logged.attributes.truncated], [EXPORT_ROW_CAP, true]);
  });

  it('neutralises spreadsheet formulas and quotes every cell', () => {
    assert.equal(csvCell('=SUM(A1)'), `"'=SUM(A1)"`);
    assert.equal(csvCell('a "b"'), '"a ""b"""');
    assert.equal(csvCell(null), '""');
  });
});
