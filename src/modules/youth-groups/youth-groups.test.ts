import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import type { Database } from '../../db/database.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { seedSignalDefaultsIfEmpty } from '../signals/index.ts';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { SEED_DIR } from '../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { lastQuarters } from './counts.ts';
import { sendReviewReminders } from './reminders.ts';

const BUURT = 'BU05050801';
const TODAY = new Date().toISOString().slice(0, 10);
const POINT = { type: 'Point', coordinates: [4.6672, 51.7968] };

/** Registered incidents in BUURT: 2 in the current quarter, 7 in the one before (the counts test). */
async function insertIncidents(database: Database): Promise<void> {
  const batch = await database.db
    .insertInto('incident_batches')
    .values({
      gemeente_code: 'GM0505',
      source: 'yg-test',
      mode: 'synthetic',
      actor: 'test',
      finished_at: new Date(),
      rows_read: 0,
      rows_inserted: 9,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [previous, current] = lastQuarters(TODAY).slice(-2);
  const rows = [...Array(7).fill(previous!.from), ...Array(2).fill(current!.from)].map((from: Date, k) => ({
    gemeente_code: 'GM0505',
    source: 'yg-test',
    source_id: `yg-${k}`,
    crime_type: '1.1.1',
    start_time: new Date(from.getTime() + 3_600_000),
    end_time: null,
    x: 106_000,
    y: 424_000,
    lat: 51.7968,
    lon: 4.6672,
    area_year: 2024,
    buurt_code: BUURT,
    wijk_code: 'WK050508',
    offender_ref: null,
    victim_ref: null,
    address_ref: null,
    synthetic: true,
    batch_id: Number(batch.id),
  }));
  await database.db.insertInto('incidents').values(rows).execute();
}

/** Reports in BUURT: 6 youth-nuisance reports in the previous quarter, 2 in the current one, 3 street-light ones (no nuisance). */
async function insertReports(database: Database): Promise<void> {
  await seedSignalDefaultsIfEmpty(systemContext(database.db, 'test'), 'GM0505');
  const [previous, current] = lastQuarters(TODAY).slice(-2);
  const reports = [
    ...Array.from({ length: 6 }, () => ['jeugdoverlast', previous!.from] as const),
    ...Array.from({ length: 2 }, () => ['jeugdoverlast', current!.from] as const),
    ...Array.from({ length: 3 }, () => ['straatverlichting', current!.from] as const),
  ];
  for (const [category, from] of reports) {
    const id = randomUUID();
    await database.db
      .insertInto('signals')
      .values({
        gemeente_code: 'GM0505',
        id,
        number: `M-2026-${id.slice(0, 6)}`,
        tracking_token_hash: id,
        category_slug: category,
        status: 'new',
        buurt_code: BUURT,
        wijk_code: 'WK050508',
        area_year: 2024,
        created_at: new Date(from.getTime() + 7_200_000),
      })
      .execute();
  }
}

describe('youth groups register', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let analyst: TestSession;
  let caseworker: TestSession;
  let admin: TestSession;
  let partner: TestSession;
  let groupId: string;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR);
        await insertIncidents(database);
        await insertReports(database);
      },
    });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    analyst = await loginAs(t.app, t.database, 'analyst');
    caseworker = await loginAs(t.app, t.database, 'caseworker');
    admin = await loginAs(t.app, t.database, 'admin');
    partner = await loginAs(t.app, t.database, 'partner');
  });
  after(() => t.close());

  it('registers a group with a hangplek; bad geometry, unknown areas and partners are 400', async () => {
    const created = await api('POST', '/youth-groups', coordinator, {
      name: 'Groep speeltuin',
      areaCode: BUURT,
      description: 'Hangt ’s avonds rond bij de speeltuin.',
      sizeEstimate: 10,
      ageMin: 14,
      ageMax: 18,
      hangplekken: [{ name: 'Speeltuin', geometry: POINT }],
      measures: ['Jongerenwerk op vrijdag'],
    });
    assert.equal(created.statusCode, 201, created.body);
    const g = created.json();
    groupId = g.id;
    assert.equal(g.classification, null);
    assert.deepEqual(g.hangplekken, [{ name: 'Speeltuin', geometry: POINT }]);
    assert.equal(g.owner.id, coordinator.userId, 'the registering coordinator owns the group');
    const bad = async (body: Record<string, unknown>) =>
      api('POST', '/youth-groups', coordinator, { name: 'Andere groep', areaCode: BUURT, ...body });
    const outside = await bad({ hangplekken: [{ name: 'Ver weg', geometry: { type: 'Point', coordinates: [120, 51.8] } }] });
    assert.equal(outside.statusCode, 400, outside.body);
    const open = await bad({
      hangplekken: [
        {
          name: 'Open',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [4.66, 51.79],
                [4.67, 51.79],
                [4.67, 51.8],
                [4.66, 51.8],
              ],
            ],
          },
        },
      ],
    });
    assert.equal(open.statusCode, 400, 'a ring that does not close is refused');
    assert.equal((await bad({ hangplekken: [{ name: 'Lijn', geometry: { type: 'LineString', coordinates: [] } }] })).statusCode, 400);
    const refs = await bad({ areaCode: 'BU99999999', partnerIds: ['00000000-0000-4000-8000-000000000000'] });
    assert.equal(refs.statusCode, 400);
    assert.deepEqual(
      refs
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['body.areaCode', 'body.partnerIds.0'],
    );
    assert.equal((await bad({ name: 'groep SPEELTUIN' })).statusCode, 409, 'names are unique regardless of case');
  });

  it('lets only youthgroups:read read and youthgroups:edit write; partners and anonymous never', async () => {
    assert.equal((await api('GET', '/youth-groups', partner)).statusCode, 403);
    assert.equal((await api('GET', `/youth-groups/${groupId}`, partner)).statusCode, 403);
    assert.equal((await api('GET', '/youth-groups', null)).statusCode, 401);
    assert.equal((await api('PATCH', `/youth-groups/${groupId}`, analyst, { measures: [] })).statusCode, 403);
    const list = await api('GET', `/youth-groups?area=WK050508`, analyst);
    assert.equal(list.statusCode, 200);
    assert.deepEqual(
      list.json().groups.map((g: { id: string }) => g.id),
      [groupId],
      'a wijk filter includes its buurten',
    );
    assert.equal((await api('GET', '/youth-groups?area=WK050507', analyst)).json().groups.length, 0);
  });

  it('computes the classification, keeps the history oldest first, and needs a reason to deviate', async () => {
    const post = (body: Record<string, unknown>) => api('POST', `/youth-groups/${groupId}/assessments`, coordinator, body);
    const later = await post({ assessedOn: '2026-03-01', answers: { rondhangen: 2, intimideren: 2 } });
    assert.equal(later.statusCode, 201, later.body);
    assert.equal(later.json().computed, 'overlastgevend');
    assert.deepEqual(later.json().scores, { hinderlijk: 2, overlastgevend: 2, crimineel: 0 });
    assert.equal(later.json().assessor.id, coordinator.userId);
    const earlier = await post({ assessedOn: '2025-09-01', answers: { rondhangen: 2, geluid: 1 } });
    assert.equal(earlier.json().classification, 'hinderlijk');
    const noReason = await post({ assessedOn: '2026-04-01', answers: { drugshandel: 1 }, classification: 'crimineel' });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].name, 'body.deviationReason');
    const deviating = await post({
      assessedOn: '2026-04-01',
      answers: { drugshandel: 1 },
      classification: 'crimineel',
      deviationReason: 'Politie-informatie over structurele handel',
    });
    assert.equal(deviating.statusCode, 201, deviating.body);
    assert.deepEqual([deviating.json().computed, deviating.json().classification], ['hinderlijk', 'crimineel']);
    assert.equal((await post({ assessedOn: '2026-04-01', answers: { onbekend: 1 } })).statusCode, 400, 'unknown items are refused');
    const history = (await api('GET', `/youth-groups/${groupId}/assessments`, analyst)).json().assessments;
    assert.deepEqual(
      history.map((a: { assessedOn: string; classification: string }) => [a.assessedOn, a.classification]),
      [
        ['2025-09-01', 'hinderlijk'],
        ['2026-03-01', 'overlastgevend'],
        ['2026-04-01', 'crimineel'],
      ],
    );
    const group = (await api('GET', `/youth-groups/${groupId}`, analyst)).json();
    assert.equal(group.classification, 'crimineel');
    assert.equal(group.lastAssessedOn, '2026-04-01');
  });

  it('holds no case references: a reference sent along is not stored, and no reply carries one (a case links to a group instead)', async () => {
    const sent = await api('PATCH', `/youth-groups/${groupId}`, admin, { caseRefs: ['PGA-2026-0012'], measures: ['Straatcoach'] });
    assert.ok([200, 400].includes(sent.statusCode), sent.body);
    for (const who of [admin, caseworker, coordinator, analyst]) {
      const res = await api('GET', `/youth-groups/${groupId}`, who);
      assert.equal(res.statusCode, 200);
      assert.equal('caseRefs' in res.json(), false);
      assert.doesNotMatch(res.body, /PGA-/);
    }
  });

  it('logs every read of the register', async () => {
    const reads = () =>
      t.database.db
        .selectFrom('audit_log')
        .select(['data_subject_pseudonym', 'operation'])
        .where('actor', '=', `user:${analyst.userId}`)
        .where('processing_activity_id', '=', 'youthgroups.register')
        .where('operation', '=', 'read')
        .execute();
    const before = (await reads()).length;
    await api('GET', `/youth-groups/${groupId}`, analyst);
    await api('GET', '/youth-groups', analyst);
    await api('GET', `/youth-groups/${groupId}/assessments`, analyst);
    const records = (await reads()).slice(before);
    assert.equal(records.length, 3);
    assert.equal(records.filter((r) => r.data_subject_pseudonym !== null).length, 2, 'the group reads name the group (pseudonymised)');
  });

  it('counts incidents per quarter in the area, small counts suppressed without analysis:detail', async () => {
    const forCoordinator = (await api('GET', `/youth-groups/${groupId}/counts`, coordinator)).json();
    assert.equal(forCoordinator.periods.length, 8);
    assert.equal(forCoordinator.minCount, 5);
    const [prev, cur] = forCoordinator.periods.slice(-2);
    assert.deepEqual([prev.incidents, cur.incidents], [7, null], '2 < 5 is suppressed');
    assert.equal(forCoordinator.periods[0].incidents, 0, 'zero is shown');
    assert.deepEqual([prev.reports, cur.reports], [6, null], 'nuisance reports only; 2 < 5 is suppressed');
    const forAnalyst = (await api('GET', `/youth-groups/${groupId}/counts`, analyst)).json();
    assert.deepEqual(
      forAnalyst.periods.slice(-2).map((p: { incidents: number; reports: number }) => [p.incidents, p.reports]),
      [
        [7, 6],
        [2, 2],
      ],
    );
  });

  it('mails the review reminder once per review date, to the owner', async () => {
    const outbox = () =>
      t.database.db.selectFrom('mail_outbox').select(['to_address', 'subject']).where('subject', 'like', '%Groep speeltuin%').execute();
    assert.equal((await api('PATCH', `/youth-groups/${groupId}`, coordinator, { reviewDate: TODAY })).json().reviewDue, true);
    const ctx = systemContext(t.database.db, 'test');
    const env = { config: t.config, now: new Date() };
    assert.equal(await sendReviewReminders(ctx, env), 1);
    assert.equal(await sendReviewReminders(ctx, env), 0, 'the second run sends nothing');
    await api('PATCH', `/youth-groups/${groupId}`, coordinator, { reviewDate: TODAY, measures: ['Straatcoach', 'Buurtgesprek'] });
    assert.equal(await sendReviewReminders(ctx, env), 0, 'saving the form with the same review date sends nothing again');
    const mails = await outbox();
    assert.deepEqual(
      mails.map((m) => m.to_address),
      [coordinator.email],
    );
    await api('PATCH', `/youth-groups/${groupId}`, coordinator, { reviewDate: '2026-01-01' });
    assert.equal(await sendReviewReminders(ctx, env), 1, 'a new review date gets its own reminder');
    assert.equal((await outbox()).length, 2);
    const future = await api('PATCH', `/youth-groups/${groupId}`, coordinator, { reviewDate: '2099-01-01' });
    assert.equal(future.json().reviewDue, false);
    assert.equal(await sendReviewReminders(ctx, env), 0, 'not before the date');
  });
});
