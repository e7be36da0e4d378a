/**
 * The privacy officer's review: the break-glass list (filters, no case content), one verdict per
 * opening, the cases' processing log by case reference, and no case content for the privacy officer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { openCase } from '../access/case-access.ts';
import { insertFixtureCase, testCaseKey } from '../fixtures/privacy-fixtures.ts';

const PERSON = { name: 'Klaasje Bedacht', birthDate: '2001-02-03', bsn: '222333444' };
const REASON = 'Spoedoverleg met de wijkagent; de procesregisseur is met verlof.';

describe('privacy review: break-glass list, verdicts and the cases processing log', () => {
  let t: TestApp;
  let director: TestSession;
  let breaker: TestSession;
  let officer: TestSession;
  let caseId: string;
  let openingId: string;
  const get = (who: TestSession, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who.headers });
  const review = (who: TestSession, id: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url: `/api/v1/case-break-glass/${id}/review`, headers: who.headers, payload: payload as object });

  before(async () => {
    t = await createTestApp({ config: { caseKey: testCaseKey() } });
    director = await loginAs(t.app, t.database, 'caseworker');
    breaker = await loginAs(t.app, t.database, 'caseworker');
    officer = await loginAs(t.app, t.database, 'privacy');
    caseId = await insertFixtureCase(t.database.db, t.config, {
      reference: 'PGA-2026-0042',
      gemeente: t.config.municipality,
      person: PERSON,
      directorId: director.userId,
    });
    await t.app.inject({ method: 'POST', url: '/api/v1/cases/search', headers: breaker.headers, payload: { bsn: PERSON.bsn } });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/break-glass`,
      headers: breaker.headers,
      payload: { reason: REASON },
    });
    assert.equal(res.statusCode, 201, res.body);
    openingId = res.json().id;
  });
  after(() => t.close());

  it('lists the unreviewed openings with case reference, user, role and reason — no person', async () => {
    const res = await get(officer, '/case-break-glass');
    assert.equal(res.statusCode, 200, res.body);
    const [opening] = res.json().openings;
    assert.equal(opening.id, openingId);
    assert.equal(opening.caseReference, 'PGA-2026-0042');
    assert.deepEqual(opening.user, { id: breaker.userId, name: breaker.email, role: 'caseworker' });
    assert.equal(opening.reason, REASON);
    assert.equal(opening.review, null);
    for (const secret of ['Klaasje', 'Bedacht', '222333444', caseId]) assert.ok(!res.body.includes(secret), secret);
    assert.equal((await get(officer, '/case-break-glass?from=2000-01-01&to=2000-12-31')).json().openings.length, 0, 'period filter');
  });

  it('is the privacy officer’s: caseworkers and partners are refused (403)', async () => {
    for (const who of [breaker, director, await loginAs(t.app, t.database, 'partner')]) {
      assert.equal((await get(who, '/case-break-glass')).statusCode, 403);
      assert.equal((await get(who, '/cases/processing-log')).statusCode, 403);
      assert.equal((await review(who, openingId, { verdict: 'terecht' })).statusCode, 403);
    }
  });

  it('takes one verdict per opening; then it leaves the unreviewed list', async () => {
    assert.equal((await review(officer, openingId, { verdict: 'misschien' })).statusCode, 400);
    const res = await review(officer, openingId, { verdict: 'onterecht', note: 'Geen spoed; eerst de plaatsvervanger bellen.' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().review.verdict, 'onterecht');
    assert.equal(res.json().review.by, officer.email);
    assert.equal((await review(officer, openingId, { verdict: 'terecht' })).statusCode, 409);
    assert.equal((await get(officer, '/case-break-glass')).json().openings.length, 0);
    const all = (await get(officer, '/case-break-glass?status=all')).json().openings;
    assert.equal(all[0].review.note, 'Geen spoed; eerst de plaatsvervanger bellen.');
    assert.equal((await review(officer, '00000000-0000-4000-8000-000000000000', { verdict: 'terecht' })).statusCode, 404);
  });

  it('shows the processing log of cases by reference, actor name and legal basis, without the person', async () => {
    const res = await get(officer, '/cases/processing-log?limit=50');
    assert.equal(res.statusCode, 200, res.body);
    const records = res.json().records as Array<Record<string, unknown>>;
    const glass = records.find((r) => r.activity === 'cases.break-glass');
    assert.ok(glass, 'the break-glass is in the log');
    assert.equal(glass.caseReference, 'PGA-2026-0042');
    assert.equal(glass.actor, breaker.email);
    assert.match(String(glass.legalBasis), /Convenant/);
    assert.ok(records.some((r) => r.activity === 'cases.search' && r.caseReference === 'PGA-2026-0042'));
    assert.ok(
      records.some((r) => r.activity === 'cases.review' && r.actor === officer.email),
      'reading the review is logged',
    );
    assert.ok(records.every((r) => String(r.activity).startsWith('cases.')));
    for (const secret of ['Klaasje', 'Bedacht', '222333444']) assert.ok(!res.body.includes(secret), secret);
    const older = await get(officer, `/cases/processing-log?limit=1&before=${records[0]!.id}`);
    assert.equal(older.json().records[0].id, records[1]!.id, 'keyset paging');
  });

  it('never opens a case’s content to the privacy officer', async () => {
    const ctx = {
      actor: { kind: 'user' as const, userId: officer.userId, email: officer.email, role: 'privacy' as const },
      db: t.database.db,
      traceId: 'a'.repeat(32),
    };
    await assert.rejects(openCase(ctx, caseId, { operation: 'read' }), { status: 404 });
    const res = await get(officer, `/cases/${caseId}`);
    assert.ok([403, 404].includes(res.statusCode), String(res.statusCode));
    assert.ok(!res.body.includes('Klaasje'));
    assert.equal(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/cases/${caseId}/break-glass`,
          headers: officer.headers,
          payload: { reason: REASON },
        })
      ).statusCode,
      403,
    );
  });
});
