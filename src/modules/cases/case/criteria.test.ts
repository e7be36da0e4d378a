import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../../db/database.ts';
import { openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { checkCriteria, criteriaOf, DEFAULT_CASE_CRITERIA, seedCaseCriteriaIfEmpty } from './criteria.ts';
import { findTransition, transitionsFrom } from './status.ts';

describe('case criteria and the status machine', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  it('seeds the defaults once per municipality, and refuses unknown or switched-off criteria', async () => {
    assert.equal(await seedCaseCriteriaIfEmpty(database.db, 'GM0505'), DEFAULT_CASE_CRITERIA.length);
    assert.equal(await seedCaseCriteriaIfEmpty(database.db, 'GM0505'), 0, 'a second start adds nothing');
    assert.equal(
      (await criteriaOf(database.db, 'GM0363')).length,
      DEFAULT_CASE_CRITERIA.length,
      'another municipality gets its own list lazily',
    );
    await database.db.updateTable('case_criteria').set({ active: false }).where('code', '=', 'nazorg').execute();
    await checkCriteria(database.db, 'GM0505', ['top-x']);
    await assert.rejects(checkCriteria(database.db, 'GM0505', ['nazorg']), /invalid|ongeldig|fields/i);
    await assert.rejects(checkCriteria(database.db, 'GM0505', []));
  });

  it('allows forward steps without a reason; back-steps, closing and reopening need one', () => {
    assert.deepEqual(findTransition('aangemeld', 'in-behandeling'), {
      to: 'in-behandeling',
      reasonRequired: false,
      closingReasonRequired: false,
    });
    assert.equal(findTransition('aangemeld', 'monitoring'), undefined);
    assert.equal(findTransition('monitoring', 'in-behandeling')?.reasonRequired, true);
    assert.equal(findTransition('monitoring', 'afgesloten')?.closingReasonRequired, true);
    assert.deepEqual(
      transitionsFrom('afgesloten').map((t) => t.to),
      ['in-behandeling'],
    );
  });
});
