/**
 * The category suggestion on a municipality that has no categories yet (a fresh installation
 * before the defaults are loaded, or a municipality that removed them): a clear fallback, not a 500.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { predict, train } from './classifier.ts';

describe('category suggestion without categories', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('predicts nothing from an empty model', () => {
    const p = predict(train([]), 'De lantaarnpaal brandt niet');
    assert.deepEqual(p, { label: '', confidence: 0, ranking: [], knownTokens: 0 });
  });

  it('answers the public suggestion with the fallback and no alternatives', async () => {
    const count = await t.database.db
      .selectFrom('signal_categories')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0, 'this test needs a municipality without categories');
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/signals/suggest-category',
      payload: { description: 'De lantaarnpaal brandt niet meer' },
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().fallback, true);
    assert.deepEqual(r.json().alternatives, []);
  });
});
