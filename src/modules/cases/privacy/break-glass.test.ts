/**
 * Break-glass: a reason is required, members need none (409), an anonymised case cannot be opened,
 * the opening admits the user read-only until it expires (fixed clock), and the procesregisseur and
 * the privacy officers are mailed without the person.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext, type ServiceContext } from '../../../core/context.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { findProcessingRecordsByActivityPrefix } from '../../audit/index.ts';
import { breakGlass } from './break-glass-service.ts';
import { openCase } from '../access/case-access.ts';
import { insertFixtureCase, testCaseKey } from '../fixtures/privacy-fixtures.ts';

const PERSON = { name: 'Pietje Verzonnen', birthDate: '1985-11-02', bsn: '111222333' };
const REASON = 'Melding van acuut gevaar in de nachtdienst; procesregisseur niet bereikbaar.';

describe('POST /cases/{id}/break-glass', () => {
  let t: TestApp;
  let director: TestSession;
  let member: TestSession;
  let officer: TestSession;
  let caseId: string;
  const open = (who: TestSession, id: string, reason: unknown) =>
    t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/break-glass`, headers: who.headers, payload: { reason } });
  const userCtx = (who: TestSession): ServiceContext => ({
    actor: { kind: 'user', userId: who.userId, email: who.email, role: 'caseworker' },
    db: t.database.db,
    traceId: 'f'.repeat(32),
  });

  before(async () => {
    t = await createTestApp({ config: { caseKey: testCaseKey(), breakGlassHours: 24, publicUrl: 'https://stadsveilig.example' } });
    director = await loginAs(t.app, t.database, 'caseworker');
    member = await loginAs(t.app, t.database, 'partner');
    officer = await loginAs(t.app, t.database, 'privacy');
    caseId = await insertFixtureCase(t.database.db, t.config, {
      reference: 'PGA-2026-0007',
      gemeente: t.config.municipality,
      person: PERSON,
      directorId: director.userId,
      memberIds: [member.userId],
    });
  });
  after(() => t.close());

  it('requires a reason of at least 20 characters', async () => {
    const other = await loginAs(t.app, t.database, 'caseworker');
    for (const reason of [undefined, '', 'te kort maar echt']) assert.equal((await open(other, caseId, reason)).statusCode, 400);
  });

  it('refuses the procesregisseur (409), someone without the permission (403) and an unknown case (404)', async () => {
    assert.equal((await open(director, caseId, REASON)).statusCode, 409);
    assert.equal((await open(officer, caseId, REASON)).statusCode, 403);
    assert.equal((await open(member, caseId, REASON)).statusCode, 403, 'partners may not break glass');
    const other = await loginAs(t.app, t.database, 'caseworker');
    assert.equal((await open(other, '00000000-0000-4000-8000-000000000000', REASON)).statusCode, 404);
  });

  it('refuses an anonymised case (409)', async () => {
    const gone = await insertFixtureCase(t.database.db, t.config, {
      reference: 'PGA-2020-0001',
      gemeente: t.config.municipality,
      person: PERSON,
      directorId: director.userId,
      anonymised: true,
    });
    const res = await open(await loginAs(t.app, t.database, 'caseworker'), gone, REASON);
    assert.equal(res.statusCode, 409);
  });

  it('opens the case for 24 hours and mails the procesregisseur and the privacy officer, without the person', async () => {
    const breaker = await loginAs(t.app, t.database, 'caseworker');
    const res = await open(breaker, caseId, REASON);
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.reference, 'PGA-2026-0007');
    assert.equal(Date.parse(body.expiresAt) - Date.parse(body.openedAt), 24 * 3_600_000);
    assert.equal((await open(breaker, caseId, REASON)).statusCode, 409, 'the grant still runs');
    const mails = await t.database.db.selectFrom('mail_outbox').select(['to_address', 'subject', 'body_text']).execute();
    const to = mails.map((m) => m.to_address);
    assert.ok(to.includes(director.email) && to.includes(officer.email), to.join());
    assert.ok(!to.includes(member.email) && !to.includes(breaker.email));
    for (const m of mails) {
      assert.match(m.subject, /PGA-2026-0007/);
      assert.match(m.body_text, new RegExp(breaker.email));
      for (const secret of ['Pietje', 'Verzonnen', '111222333', 'nachtdienst'])
        assert.ok(!`${m.subject}${m.body_text}`.includes(secret), secret);
    }
    const { records } = await findProcessingRecordsByActivityPrefix(systemContext(t.database.db), {
      activityPrefix: 'cases.break-glass',
      limit: 10,
    });
    assert.equal(records.length, 1);
    assert.equal(records[0]!.operation, 'create');
    assert.equal(records[0]!.attributes.case, 'PGA-2026-0007');
    assert.match(records[0]!.legalBasis ?? '', /Convenant/);
    assert.ok(!JSON.stringify(records).includes('nachtdienst'), 'the reason is not in the log');
  });

  it('admits the user read-only until the grant expires (fixed clock)', async () => {
    const reader = await loginAs(t.app, t.database, 'caseworker');
    const ctx = userCtx(reader);
    const now = new Date('2026-03-01T10:00:00Z');
    await assert.rejects(openCase(ctx, caseId, { operation: 'read', now }), { status: 403, type: 'case-need-to-know' });
    const opening = await breakGlass(
      ctx,
      { gemeente: t.config.municipality, breakGlassHours: 24, publicUrl: undefined, now },
      caseId,
      REASON,
    );
    assert.equal(opening.expiresAt, '2026-03-02T10:00:00.000Z');
    const inside = await openCase(ctx, caseId, { operation: 'read', now: new Date('2026-03-02T09:59:00Z') });
    assert.equal(inside.via, 'break-glass');
    assert.equal(inside.mayEdit, false);
    await assert.rejects(openCase(ctx, caseId, { operation: 'update', now: new Date('2026-03-01T11:00:00Z') }), { status: 403 });
    await assert.rejects(openCase(ctx, caseId, { operation: 'read', now: new Date('2026-03-02T10:00:01Z') }), { status: 403 });
  });
});
