/**
 * The existence search: found by name + date of birth and by BSN in any formatting, an exists-only
 * answer without the person, status or content, no search terms in the processing log, the per-user
 * limit, and who may search.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { findProcessingRecordsByActivityPrefix } from '../../audit/index.ts';
import { insertFixtureCase, testCaseKey } from '../fixtures/privacy-fixtures.ts';
import { SearchLimiter } from './search-limit.ts';

const PERSON = { name: 'Jantje Fictief-de Vries', birthDate: '1990-04-17', bsn: '123456782' };

describe('POST /cases/search', () => {
  let t: TestApp;
  let director: TestSession;
  let searcher: TestSession;
  let caseId: string;
  const search = (who: TestSession, payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/cases/search', headers: who.headers, payload: payload as object });

  before(async () => {
    t = await createTestApp({ config: { caseKey: testCaseKey() } });
    director = await loginAs(t.app, t.database, 'caseworker');
    searcher = await loginAs(t.app, t.database, 'caseworker');
    caseId = await insertFixtureCase(t.database.db, t.config, {
      reference: 'PGA-2026-0001',
      gemeente: t.config.municipality,
      person: PERSON,
      directorId: director.userId,
    });
  });
  after(() => t.close());

  it('finds a case by name and date of birth, however the name is written, and tells only whom to ask', async () => {
    const res = await search(searcher, { name: '  JANTJE fictief de vries ', birthDate: PERSON.birthDate });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), {
      exists: true,
      matches: [{ open: false, id: caseId, reference: 'PGA-2026-0001', directorName: director.email, directorContact: director.email }],
    });
    for (const secret of ['Jantje', 'Vries', 'aangemeld', 'top-x', 'Convenant']) assert.ok(!res.body.includes(secret), secret);
  });

  it('finds a case by BSN with spaces, dots or dashes', async () => {
    for (const bsn of ['123 456 782', '123.456.782', '1234-56-782']) {
      const res = await search(searcher, { bsn });
      assert.equal(res.json().exists, true, bsn);
      assert.equal(res.json().matches[0].reference, 'PGA-2026-0001');
    }
  });

  it('answers the id to whom the case is open', async () => {
    const res = await search(director, { bsn: PERSON.bsn });
    assert.deepEqual(res.json().matches, [{ open: true, id: caseId, reference: 'PGA-2026-0001' }]);
  });

  it('answers exists:false without a match (another birth date is another person)', async () => {
    const res = await search(searcher, { name: PERSON.name, birthDate: '1990-04-18' });
    assert.deepEqual(res.json(), { exists: false, matches: [] });
  });

  it('logs every search without its terms, with the matched case as subject', async () => {
    const { records } = await findProcessingRecordsByActivityPrefix(systemContext(t.database.db, 'test'), {
      activityPrefix: 'cases.search',
      limit: 100,
    });
    assert.ok(records.length >= 6);
    const byName = records.filter((r) => r.attributes.by === 'name');
    assert.ok(byName.some((r) => r.attributes.matches === 0 && r.dataSubjectPseudonym === null));
    assert.ok(byName.some((r) => r.attributes.matches === 1 && r.dataSubjectPseudonym !== null && r.legalBasis?.startsWith('Convenant')));
    const text = JSON.stringify(records);
    for (const term of ['Jantje', 'JANTJE', 'Vries', '1990-04', '123456782']) assert.ok(!text.includes(term), term);
  });

  it('refuses a search by name without date of birth, by both at once, or a BSN with letters (400)', async () => {
    for (const payload of [
      { name: PERSON.name },
      { bsn: PERSON.bsn, name: PERSON.name, birthDate: PERSON.birthDate },
      { bsn: '12345678a' },
      {},
    ]) {
      const res = await search(searcher, payload);
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      assert.ok(!res.body.includes('Jantje'));
    }
  });

  it('is not for the privacy officer, partners or analysts (403)', async () => {
    for (const role of ['privacy', 'partner', 'analyst'] as const) {
      const res = await search(await loginAs(t.app, t.database, role), { bsn: PERSON.bsn });
      assert.equal(res.statusCode, 403, role);
    }
  });

  it('stops a user after 30 searches in an hour (429 with Retry-After)', async () => {
    const busy = await loginAs(t.app, t.database, 'caseworker');
    for (let i = 0; i < 30; i++) assert.equal((await search(busy, { bsn: `1000000${String(i).padStart(2, '0')}` })).statusCode, 200);
    const refused = await search(busy, { bsn: PERSON.bsn });
    assert.equal(refused.statusCode, 429);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal((await search(searcher, { bsn: PERSON.bsn })).statusCode, 200, 'another user still searches');
  });
});

describe('SearchLimiter', () => {
  it('allows max searches in a sliding window and then tells how long to wait', () => {
    const limiter = new SearchLimiter(3, 3_600_000);
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 10, minutes));
    assert.equal(limiter.take('u', at(0)), null);
    assert.equal(limiter.take('u', at(10)), null);
    assert.equal(limiter.take('u', at(20)), null);
    assert.equal(limiter.take('u', at(30)), 30 * 60);
    assert.equal(limiter.take('other', at(30)), null);
    assert.equal(limiter.take('u', at(61)), null, 'the first search left the window');
  });
});
