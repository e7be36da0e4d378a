import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { systemContext } from '../../core/context.ts';
import type { Database } from '../../db/database.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { recordProcessing } from './audit-service.ts';
import { purgeExpiredAuditRecords } from './retention.ts';

describe('processing log retention', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(async () => database.close());

  it('deletes only records older than the retention period, and only through the retention job', async () => {
    const ctx = systemContext(database.db, 'test');
    const old = new Date('2020-01-01T00:00:00Z');
    await recordProcessing(ctx, { activity: 'accounts.manage', operation: 'read', startTime: old });
    await recordProcessing(ctx, { activity: 'accounts.manage', operation: 'read' });
    // end_time is "now" for both; backdate one row the way time would, through a superuser path:
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(database.db);
    await sql`UPDATE audit_log SET end_time = start_time WHERE start_time < '2021-01-01'`.execute(database.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(database.db);

    const deleted = await purgeExpiredAuditRecords(database.db, 365);
    assert.equal(deleted, 1);
    const left = await database.db.selectFrom('audit_log').select('start_time').execute();
    assert.equal(left.length, 1);
    assert.ok(left[0]!.start_time.getTime() > old.getTime());
    // Outside the job the flag is not set, so a plain delete is still refused.
    await assert.rejects(sql`DELETE FROM audit_log`.execute(database.db), /append-only/);
  });
});
