import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import type { Database } from '../../../db/database.ts';
import { encryptField, fieldKeyOf, searchHashes } from '../access/field-crypto.ts';
import type { SubjectAccessExport } from './subject-access.ts';

const CASE_KEY = 'b'.repeat(64);
const PERSON = { name: 'Karel Inzage', birthDate: '1988-04-05', bsn: '111222333' };

async function insertCase(t: TestApp, reference: string, director: TestSession, members: TestSession[]): Promise<string> {
  const key = fieldKeyOf(t.config);
  const id = randomUUID();
  const db = (t.database as Database).db;
  await db
    .insertInto('cases')
    .values({
      gemeente_code: t.config.municipality,
      id,
      reference,
      criteria: ['top-x'],
      director_id: director.userId,
      person_name: PERSON.name,
      person_birth_date: PERSON.birthDate,
      person_bsn_enc: encryptField(key, PERSON.bsn),
      person_address: 'Inzagestraat 9',
      care_info_enc: encryptField(key, 'Zorg: begeleid wonen'),
      search_hashes: searchHashes(key, PERSON),
      legal_basis: 'Convenant ZVH',
    })
    .execute();
  await db.insertInto('case_members').values({ case_id: id, user_id: director.userId, member_role: 'director' }).execute();
  for (const m of members) await db.insertInto('case_members').values({ case_id: id, user_id: m.userId, member_role: 'member' }).execute();
  await db
    .insertInto('case_household')
    .values({ id: randomUUID(), case_id: id, name: 'Kim Inzage', birth_date: '2010-01-01', relation: 'kind' })
    .execute();
  await db
    .insertInto('case_status_history')
    .values({ id: randomUUID(), case_id: id, to_status: 'aangemeld', reason: 'aanmelding ZVH' })
    .execute();
  await db.insertInto('case_links').values({ id: randomUUID(), case_id: id, kind: 'incident', ref: 'INC-1', label: null }).execute();
  return id;
}

describe('subject access export, print log and retention proofs (API)', () => {
  let t: TestApp;
  let director: TestSession;
  let member: TestSession;
  let caseworkerMember: TestSession;
  let admin: TestSession;
  let privacy: TestSession;
  let caseId: string;
  before(async () => {
    t = await createTestApp({ config: { caseKey: CASE_KEY, chromiumPath: '/nonexistent/chromium' } });
    director = await loginAs(t.app, t.database, 'caseworker');
    member = await loginAs(t.app, t.database, 'partner');
    caseworkerMember = await loginAs(t.app, t.database, 'caseworker');
    admin = await loginAs(t.app, t.database, 'admin');
    privacy = await loginAs(t.app, t.database, 'privacy');
    caseId = await insertCase(t, 'PGA-2026-0101', director, [member, caseworkerMember]);
    await insertCase(t, 'PGA-2026-0102', director, []);
  });
  after(() => t.close());

  const exportAs = (s: TestSession, format = 'json') =>
    t.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/export?format=${format}`, headers: { cookie: s.cookie } });

  it('gives the procesregisseur everything stored on the person as JSON, logged as cases.export', async () => {
    const res = await exportAs(director);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-disposition']), /inzage-PGA-2026-0101\.json/);
    const body = res.json() as SubjectAccessExport;
    assert.deepEqual(body.person, {
      name: PERSON.name,
      birthDate: PERSON.birthDate,
      bsn: PERSON.bsn,
      address: 'Inzagestraat 9',
      careInfo: 'Zorg: begeleid wonen',
    });
    assert.deepEqual(body.household, [{ name: 'Kim Inzage', birthDate: '2010-01-01', relation: 'kind' }]);
    assert.deepEqual(
      body.organisations.map((o) => [o.role, o.organisation]),
      [
        ['director', 'Gemeente'],
        ['member', 'Gemeente'],
        ['member', 'Gemeente'],
      ],
    );
    assert.deepEqual(
      body.links.map((l) => l.ref),
      ['INC-1'],
    );
    assert.deepEqual(
      body.statusHistory.map((h) => h.reason),
      ['aanmelding ZVH'],
    );
    assert.deepEqual(body.otherCases, ['PGA-2026-0102']);
    assert.ok(body.processing.some((p) => p.activity === 'cases.export' && p.operation === 'export' && p.organisation === 'Gemeente'));
    assert.doesNotMatch(JSON.stringify(body.processing), /user:/, 'organisations, not accounts');
    const logged = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('processing_activity_id', '=', 'cases.export')
      .where('operation', '=', 'export')
      .execute();
    assert.equal(logged.length, 1);
    assert.equal(logged[0]!.legal_basis, 'Convenant ZVH');
    assert.doesNotMatch(JSON.stringify(logged[0]!.attributes), /Karel|111222333|begeleid/);
  });

  it('refuses members (403), an administrator and the privacy officer without assignment; logs the refusals openCase sees', async () => {
    assert.equal((await exportAs(member)).statusCode, 403, 'a partner may not direct: refused by the access rule');
    assert.equal((await exportAs(caseworkerMember)).statusCode, 403, 'a member is not the procesregisseur');
    for (const s of [admin, privacy]) {
      const res = await exportAs(s);
      assert.ok([403, 404].includes(res.statusCode), `${res.statusCode}`);
      assert.doesNotMatch(res.body, /Karel|111222333|Inzagestraat/);
    }
    const denied = await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('processing_activity_id', '=', 'cases.export')
      .where('status_code', '=', 'DENIED')
      .execute();
    assert.equal(denied.length, 2, 'the caseworker member and the administrator');
  });

  it('answers 400 for a bad format or id and 503 pdf-unavailable without Chromium', async () => {
    assert.equal((await exportAs(director, 'docx')).statusCode, 400);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/cases/not-a-uuid/export', headers: { cookie: director.cookie } });
    assert.equal(bad.statusCode, 400);
    const pdf = await exportAs(director, 'pdf');
    assert.equal(pdf.statusCode, 503);
    assert.match(pdf.json().type, /pdf-unavailable/);
  });

  it('logs a print of a director or member (204), refuses others', async () => {
    const print = (s: TestSession) =>
      t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/print`, headers: s.headers, payload: { part: 'case' } });
    assert.equal((await print(director)).statusCode, 204);
    assert.equal((await print(member)).statusCode, 204);
    assert.ok([403, 404].includes((await print(admin)).statusCode));
    const prints = await t.database.db
      .selectFrom('audit_log')
      .select(['status_code'])
      .where('operation', '=', 'print')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      prints.map((p) => p.status_code),
      ['OK', 'OK', 'DENIED'],
    );
  });

  it('lets a break-glass reader neither export nor print', async () => {
    const reader = await loginAs(t.app, t.database, 'caseworker');
    await t.database.db
      .insertInto('case_break_glass')
      .values({ id: randomUUID(), case_id: caseId, user_id: reader.userId, reason: 'spoed', expires_at: new Date(Date.now() + 3600_000) })
      .execute();
    assert.equal((await exportAs(reader)).statusCode, 403);
    const print = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/print`, headers: reader.headers, payload: {} });
    assert.equal(print.statusCode, 403);
    assert.doesNotMatch(print.body, /Karel|111222333/);
  });

  it('shows the retention proofs to the privacy officer only', async () => {
    const get = (s: TestSession) => t.app.inject({ method: 'GET', url: '/api/v1/case-retention/proofs', headers: { cookie: s.cookie } });
    const res = await get(privacy);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { retentionYears: 5, proofs: [] });
    assert.equal((await get(director)).statusCode, 403);
  });
});

describe('subject access export as PDF', () => {
  const chromium = process.env.STADSVEILIG_CHROMIUM_PATH ?? '/usr/bin/chromium';
  let t: TestApp;
  let director: TestSession;
  let caseId: string;
  before(async () => {
    t = await createTestApp({ config: { caseKey: CASE_KEY, chromiumPath: chromium } });
    director = await loginAs(t.app, t.database, 'caseworker');
    caseId = await insertCase(t, 'PGA-2026-0201', director, []);
  });
  after(() => t.close());

  it('renders the export with Chromium when it is installed (else 503 pdf-unavailable), logged as an export', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/export?format=pdf`,
      headers: { cookie: director.cookie },
    });
    if (fs.existsSync(chromium)) {
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.match(String(res.headers['content-disposition']), /inzage-PGA-2026-0201\.pdf/);
      assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
    } else {
      assert.equal(res.statusCode, 503);
    }
    const logged = await t.database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'cases.export')
      .execute();
    assert.equal(logged.length, 1);
    assert.equal((logged[0]!.attributes as { format: string }).format, 'pdf');
  });
});
