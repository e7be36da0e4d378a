import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { testConfig } from '../../../../test/helpers/test-config.ts';
import { openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { type ServiceContext, systemContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { casesModule } from '../module.ts';
import { proofChecksum, runCaseRetention } from './retention.ts';
import { retentionProofs } from './retention-proofs.ts';

const config = testConfig({ caseKey: 'a'.repeat(64), caseRetentionYears: 5 });
const G = config.municipality;
const NOW = new Date('2031-06-15T12:00:00Z');
const DAY = 86_400_000;
const yearsBefore = (years: number, days: number) => {
  const d = new Date(NOW);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return new Date(d.getTime() + days * DAY);
};

async function insertClosedCase(database: Database, reference: string, closedAt: Date): Promise<string> {
  const id = randomUUID();
  await database.db
    .insertInto('cases')
    .values({
      gemeente_code: G,
      id,
      reference,
      status: 'afgesloten',
      criteria: ['top-x'],
      person_name: 'Jan Testpersoon',
      person_birth_date: '1999-02-03',
      person_bsn_enc: 'v1:x:y:z',
      person_address: 'Teststraat 1',
      care_info_enc: 'v1:x:y:z',
      search_hashes: ['hash-1'],
      area_code: 'BU05050801',
      trajectory: 'zorg',
      legal_basis: 'Convenant test',
      closing_reason: 'Jan verhuisd',
      opened_at: new Date(closedAt.getTime() - 300 * DAY),
      closed_at: closedAt,
    })
    .execute();
  await database.db.insertInto('case_household').values({ id: randomUUID(), case_id: id, name: 'Piet', relation: 'broer' }).execute();
  await database.db
    .insertInto('case_status_history')
    .values({ id: randomUUID(), case_id: id, from_status: 'monitoring', to_status: 'afgesloten', reason: 'Jan is klaar' })
    .execute();
  await database.db
    .insertInto('case_links')
    .values({ id: randomUUID(), case_id: id, kind: 'address', ref: 'Teststraat 1', label: 'woning' })
    .execute();
  return id;
}

describe('case retention (anonymisation after closing, yearly proof)', () => {
  let database: Database;
  let sys: ServiceContext;
  let due: string;
  let notDue: string;
  before(async () => {
    database = await openTestDatabase();
    sys = systemContext(database.db, 'test');
    due = await insertClosedCase(database, 'PGA-2026-0001', yearsBefore(5, -1));
    notDue = await insertClosedCase(database, 'PGA-2026-0002', yearsBefore(5, 1));
  });
  after(() => database.close());

  it('a dry run lists the case closed 5 years and a day ago and changes nothing', async () => {
    const run = await runCaseRetention(sys, { gemeente: G, retentionYears: 5, now: NOW, dryRun: true });
    assert.deepEqual(run.references, ['PGA-2026-0001']);
    const row = await database.db
      .selectFrom('cases')
      .select(['person_name', 'anonymised_at'])
      .where('id', '=', due)
      .executeTakeFirstOrThrow();
    assert.equal(row.person_name, 'Jan Testpersoon');
    assert.equal(row.anonymised_at, null);
    assert.equal((await retentionProofs(sys, G)).length, 0);
  });

  it('anonymises the case closed 5y+1d ago (housekeeping), keeps the skeleton, not the one closed 5y-1d ago', async () => {
    await casesModule.housekeeping!(sys, { config, now: NOW });
    const cases = await database.db.selectFrom('cases').selectAll().orderBy('reference').execute();
    const [gone, kept] = cases;
    assert.equal(gone!.id, due);
    assert.deepEqual(
      [gone!.person_name, gone!.person_birth_date, gone!.person_bsn_enc, gone!.person_address, gone!.care_info_enc, gone!.closing_reason],
      [null, null, null, null, null, null],
    );
    assert.deepEqual(gone!.search_hashes, []);
    assert.ok(gone!.anonymised_at);
    assert.deepEqual([gone!.criteria, gone!.status, gone!.area_code, gone!.trajectory], [['top-x'], 'afgesloten', 'BU05050801', 'zorg']);
    assert.ok(gone!.closed_at && gone!.opened_at);
    assert.equal(kept!.id, notDue);
    assert.equal(kept!.person_name, 'Jan Testpersoon');
    const household = await database.db.selectFrom('case_household').select('case_id').execute();
    assert.deepEqual(
      household.map((h) => h.case_id),
      [notDue],
    );
    const links = await database.db.selectFrom('case_links').select('case_id').execute();
    assert.deepEqual(
      links.map((l) => l.case_id),
      [notDue],
    );
    const reasons = await database.db.selectFrom('case_status_history').select(['case_id', 'reason']).where('case_id', '=', due).execute();
    assert.deepEqual(
      reasons.map((r) => r.reason),
      [null],
    );
  });

  it('logs cases.retention per case as the system, with the legal basis and no person data', async () => {
    const records = await database.db.selectFrom('audit_log').selectAll().where('processing_activity_id', '=', 'cases.retention').execute();
    assert.equal(records.length, 1);
    assert.equal(records[0]!.operation, 'delete');
    assert.match(records[0]!.actor, /^system:/);
    assert.equal(records[0]!.legal_basis, 'Convenant test');
    assert.equal(records[0]!.attributes.case, 'PGA-2026-0001');
    assert.doesNotMatch(JSON.stringify(records[0]), /Jan|Teststraat/);
  });

  it('writes the year’s proof with the reference and a checksum; a rerun adds nothing', async () => {
    const [proof] = await retentionProofs(sys, G);
    assert.equal(proof!.year, 2031);
    assert.deepEqual(proof!.references, ['PGA-2026-0001']);
    assert.equal(proof!.casesAnonymised, 1);
    assert.equal(proof!.checksum, proofChecksum(['PGA-2026-0001']));
    assert.match(proof!.method, /BSN/);
    const again = await runCaseRetention(sys, { gemeente: G, retentionYears: 5, now: new Date(NOW.getTime() + 3600_000) });
    assert.deepEqual(again.references, []);
    assert.deepEqual(await retentionProofs(sys, G), [proof]);
    const records = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('processing_activity_id', '=', 'cases.retention')
      .execute();
    assert.equal(records.length, 1);
  });

  it('adds a case that falls due later in the year to the same proof', async () => {
    const run = await runCaseRetention(sys, { gemeente: G, retentionYears: 5, now: new Date(NOW.getTime() + 3 * DAY) });
    assert.deepEqual(run.references, ['PGA-2026-0002']);
    const [proof] = await retentionProofs(sys, G);
    assert.deepEqual(proof!.references, ['PGA-2026-0001', 'PGA-2026-0002']);
    assert.equal(proof!.casesAnonymised, 2);
    assert.equal(proof!.checksum, proofChecksum(['PGA-2026-0002', 'PGA-2026-0001']));
  });
});
