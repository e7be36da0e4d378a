/** Processing-log records written inside another module's statement carry the same fields recordProcessing writes. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { API_VERSION } from '../../core/api-version.ts';
import { systemContext } from '../../core/context.ts';
import type { Database } from '../../db/database.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { RESOURCE_NAME } from './audit-service.ts';
import { insertProcessingRecords, prepareProcessingRecord } from './processing-statement.ts';
import { pseudonymFor } from './pseudonym.ts';

describe('processing-log records in one statement', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(async () => database.close());

  it('writes prepared records, with facts of the statement merged into their attributes', async () => {
    const ctx = systemContext(database.db, 'statement-test');
    const records = [
      await prepareProcessingRecord(ctx, {
        activity: 'signals.intake',
        operation: 'create',
        subject: { type: 'signal-reporter', id: 'r-1' },
        attributes: { kind: 'web' },
      }),
      await prepareProcessingRecord(ctx, { activity: 'signals.notify', operation: 'read' }),
    ];
    const at = new Date('2031-02-03T04:05:06Z');
    const join = { from: sql`assigned`, attributes: sql`jsonb_build_object('number', assigned.number)` };
    await sql`WITH assigned AS (SELECT 'M-2031-000042'::text AS number), audit AS (${insertProcessingRecords(records, at, join)}) SELECT 1`.execute(
      database.db,
    );
    const rows = await database.db.selectFrom('audit_log').selectAll().where('trace_id', '=', ctx.traceId).orderBy('id').execute();
    assert.equal(rows.length, 2);
    const [intake, notify] = rows as [(typeof rows)[0], (typeof rows)[0]];
    assert.equal(intake.processing_activity_id, 'signals.intake');
    assert.equal(intake.operation, 'create');
    assert.equal(intake.actor, 'system:statement-test');
    assert.equal(intake.status_code, 'OK');
    assert.equal(intake.start_time.getTime(), at.getTime());
    assert.equal(intake.end_time.getTime(), at.getTime());
    assert.equal(intake.resource_name, RESOURCE_NAME);
    assert.equal(intake.resource_version, API_VERSION);
    assert.equal(intake.data_subject_type, 'signal-reporter');
    assert.equal(intake.data_subject_pseudonym, await pseudonymFor(database.db, 'signal-reporter', 'r-1'));
    assert.match(intake.span_id, /^[0-9a-f]{16}$/);
    assert.deepEqual(intake.attributes, { kind: 'web', number: 'M-2031-000042' });
    assert.equal(notify.data_subject_pseudonym, null);
    assert.deepEqual(notify.attributes, { number: 'M-2031-000042' });
  });
});
