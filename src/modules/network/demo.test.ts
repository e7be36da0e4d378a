import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { testConfig } from '../../../test/helpers/test-config.ts';
import type { Database } from '../../db/database.ts';
import { agreementRows } from './agreement-store.ts';
import { agreementState, todayOf } from './agreement-status.ts';
import { networkDemo } from './demo.ts';

describe('network demo content', () => {
  let database: Database;
  const now = new Date();
  const env = { config: testConfig(), gemeente: 'GM0505', now };
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  it('loads a dozen Dordrecht partners marked demo, with made-up contacts and three agreements, one expiring', async () => {
    const ctx = systemContext(database.db, 'test');
    assert.deepEqual(await networkDemo.load(ctx, env), ['network: 12 demo partner organisations, 14 contact persons, 3 agreements']);
    const partners = await database.db.selectFrom('partners').select(['name', 'kind', 'area_codes', 'demo']).execute();
    assert.equal(partners.length, 12);
    assert.ok(partners.every((p) => p.demo && p.name.endsWith('(demo)')));
    assert.ok(new Set(partners.map((p) => p.kind)).size >= 9, 'varied types');
    assert.ok(partners.some((p) => p.area_codes.includes('WK050508')));
    const contacts = await database.db.selectFrom('partner_contacts').select(['name', 'work_email']).execute();
    assert.ok(contacts.every((c) => c.name.endsWith('(demo)') && c.work_email?.endsWith('@example.org')));
    const states = (await agreementRows(database.db, 'GM0505')).map((a) => agreementState(a, todayOf(now)).status);
    assert.deepEqual(states.sort(), ['active', 'active', 'expiring']);
    assert.deepEqual(await networkDemo.load(ctx, env), [], 'loading twice adds nothing');
  });

  it('removes the partners with their contacts and agreements', async () => {
    const ctx = systemContext(database.db, 'test');
    assert.equal(await networkDemo.remove(ctx, env), 12);
    for (const table of ['partners', 'partner_contacts', 'partner_agreements', 'partner_agreement_parties'] as const) {
      const n = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 0, table);
    }
  });
});
