/**
 * Every missions and perception route that takes the id of something (mission, goal, measure,
 * participant, evidence, partner, public summary, story) answers 404 problem+json for an id that
 * does not exist — never 500, never a silent 204 — and stores nothing. The list of routes is read
 * from the OpenAPI document, so a new route with an id and no case here fails this test.
 * Races that slip past the existence checks (a row removed or inserted between check and write)
 * end as 404/409 through `guardedWrite`, tested on real constraint violations of both engines.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import type { AppError } from '../../core/errors.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { SEED_DIR, YEAR } from '../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { guardedWrite } from '../../db/guarded-write.ts';
import { notFound } from './not-found.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const goal = {
  title: 'Minder overlast',
  indicator: { source: 'custom', name: 'Schouw', unit: 'aantal' },
  direction: 'decrease',
  baselineFrom: '2023-01-01',
  baselineTo: '2024-01-01',
  target: 3,
  deadline: '2025-01-01',
};

const trial = {
  design: 'randomised',
  units: {
    kind: 'named',
    units: [
      { code: 'A', label: 'Straat A' },
      { code: 'B', label: 'Straat B' },
    ],
  },
  hypothesis: 'Een brief met de buurtnorm verlaagt de overlast.',
  indicator: { source: 'manual', name: 'Schouw', unit: 'aantal' },
  expectedDirection: 'decrease',
  baselineFrom: '2024-01-01',
  baselineTo: '2024-02-01',
  trialFrom: '2024-02-01',
  trialTo: '2024-03-01',
};

/** A valid body per operation (as `METHOD path` of the OpenAPI document); undefined = no body. */
const CASES: Record<string, unknown> = {
  'GET /missions/{id}': undefined,
  'PATCH /missions/{id}': { title: 'Een nieuwe titel' },
  'POST /missions/{id}/transitions': { to: 'analysis' },
  'POST /missions/{id}/evidence': { kind: 'snapshot', title: 'Kaartbeeld', result: { cells: 1 } },
  'POST /missions/{id}/evidence/{evidenceId}/rerun': undefined,
  'GET /missions/{id}/effect': undefined,
  'GET /missions/{id}/goals': undefined,
  'POST /missions/{id}/goals': goal,
  'POST /missions/{id}/goals/baseline': { indicator: goal.indicator, baselineFrom: goal.baselineFrom, baselineTo: goal.baselineTo },
  'GET /missions/{id}/goals/{goalId}': undefined,
  'PATCH /missions/{id}/goals/{goalId}': { title: 'Ander doel' },
  'DELETE /missions/{id}/goals/{goalId}': undefined,
  'POST /missions/{id}/goals/{goalId}/measurements': { measuredOn: '2024-02-01', value: 3, source: 'schouw wijkteam' },
  'GET /missions/{id}/participants': undefined,
  'POST /missions/{id}/participants': { kind: 'initiative', name: 'Buurtpreventie Noord' },
  'DELETE /missions/{id}/participants/{participantId}': undefined,
  'GET /missions/{id}/log': undefined,
  'POST /missions/{id}/log': { kind: 'note', occurredOn: '2024-01-01', title: 'Overleg' },
  'GET /missions/{id}/measures': undefined,
  'POST /missions/{id}/measures': { title: 'Camera', type: 'preventive' },
  'PATCH /missions/{id}/measures/{measureId}': { status: 'running' },
  'DELETE /missions/{id}/measures/{measureId}': undefined,
  'GET /missions/{id}/measures/{measureId}/trial': undefined,
  'PUT /missions/{id}/measures/{measureId}/trial': trial,
  'POST /missions/{id}/measures/{measureId}/trial/randomise': { seed: '1' },
  'POST /missions/{id}/measures/{measureId}/trial/register': undefined,
  'PUT /missions/{id}/measures/{measureId}/trial/measurements': { values: [{ unit: 'A', period: 'baseline', value: 1 }] },
  'GET /missions/{id}/measures/{measureId}/trial/analysis': undefined,
  'PUT /missions/{id}/public-summary': { title: 'Samen veilig', summary: 'Een samenvatting voor bewoners.', join: '' },
  'POST /missions/{id}/public-summary/approval': { approve: true },
  'GET /public/missions/{id}': undefined,
  'GET /partners/{id}': undefined,
  'GET /partners/{id}/contacts': undefined,
  'POST /partners/{id}/contacts': { name: 'A. Jansen' },
  'PATCH /partners/{id}/contacts/{contactId}': { name: 'B. Jansen' },
  'DELETE /partners/{id}/contacts/{contactId}': undefined,
  'GET /partners/{id}/agreements': undefined,
  'POST /partners/{id}/agreements': { kind: 'convenant', title: 'Convenant', startsOn: '2025-01-01' },
  'PATCH /partners/{id}/agreements/{agreementId}': { title: 'Ander convenant' },
  'POST /partners/{id}/members': 'partner-user',
  'PATCH /partners/{id}': { active: false },
  'GET /partners/{id}/accounts': undefined,
  'POST /partners/{id}/accounts': { email: 'nieuw@partner.test', method: 'password' },
  'DELETE /partners/{id}/accounts/{userId}': undefined,
  'POST /perception/stories/{id}/approve': {},
  'POST /perception/stories/{id}/reject': { reason: 'dubbel' },
  'PUT /perception/stories/{id}/themes': { themes: [] },
};
const ID_PREFIXES = ['/missions/{', '/public/missions/{', '/partners/{', '/perception/stories/{'];

describe('unknown ids in missions and perception routes', () => {
  let t: TestApp;
  let api: Api;
  let admin: TestSession;
  let partnerUser: TestSession;
  let missionId: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    api = apiClient(t.app);
    admin = await loginAs(t.app, t.database, 'admin');
    partnerUser = await loginAs(t.app, t.database, 'partner');
    const m = await api('POST', '/missions', admin, {
      title: 'Bestaande opgave',
      scope: { kind: 'buurten', year: YEAR, codes: ['BU05050100'] },
    });
    assert.equal(m.statusCode, 201, m.body);
    missionId = m.json().id;
  });
  after(() => t.close());

  const body = (b: unknown) => (b === 'partner-user' ? { userId: partnerUser.userId } : b);
  const expect404 = async (method: Method, url: string, payload: unknown) => {
    const res = await api(method, url, admin, body(payload));
    assert.equal(res.statusCode, 404, `${method} ${url}: ${res.statusCode} ${res.body}`);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/, `${method} ${url}`);
    assert.equal(res.json().status, 404);
  };

  it('has a case for every operation with an id in the OpenAPI document', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const ops = Object.entries(spec.paths)
      .map(([p, item]) => [p.replace(/^\/api\/v1/, ''), item] as const)
      .filter(([p]) => ID_PREFIXES.some((prefix) => p.startsWith(prefix)))
      .flatMap(([p, item]) =>
        Object.keys(item)
          .filter((m) => m !== 'parameters')
          .map((m) => `${m.toUpperCase()} ${p}`),
      );
    assert.deepEqual(
      ops.filter((op) => !(op in CASES)),
      [],
      'routes taking an id without a 404 case here',
    );
    assert.deepEqual(
      Object.keys(CASES).filter((c) => !ops.includes(c)),
      [],
      'cases for routes that no longer exist',
    );
  });

  it('answers 404 problem+json for an unknown parent id on every route', async () => {
    for (const [op, payload] of Object.entries(CASES)) {
      const [method, template] = op.split(' ') as [Method, string];
      await expect404(
        method,
        template.replace(/\{[A-Za-z]+\}/g, () => randomUUID()),
        payload,
      );
    }
  });

  it('answers 404 for an unknown child id (goal, measure, participant, evidence) of an existing mission', async () => {
    for (const [op, payload] of Object.entries(CASES)) {
      const [method, template] = op.split(' ') as [Method, string];
      if (!template.startsWith('/missions/{id}/') || !/\{(goalId|measureId|participantId|evidenceId)\}/.test(template)) continue;
      await expect404(
        method,
        template.replace('{id}', missionId).replace(/\{[A-Za-z]+\}/g, () => randomUUID()),
        payload,
      );
    }
    await expect404('GET', `/missions/${missionId}/effect?measureId=${randomUUID()}`, undefined);
  });

  it('stored nothing and changed nothing on the way', async () => {
    const m = await api('GET', `/missions/${missionId}`, admin);
    assert.equal(m.statusCode, 200);
    assert.equal(m.json().version, 1);
    assert.deepEqual(m.json().counts, { goals: 0, measures: 0, participants: 0, logEntries: 0 });
    assert.equal(m.json().evidence.length, 0);
    for (const table of [
      'mission_log',
      'mission_goals',
      'mission_measures',
      'mission_participants',
      'mission_evidence',
      'goal_measurements',
      'partner_members',
    ] as const) {
      const n = await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 0, table);
    }
  });

  it('maps foreign-key and unique violations of a write to 404 and 409', async () => {
    const db = t.database.db;
    const goalId = randomUUID();
    const write = () =>
      db
        .insertInto('goal_measurements')
        .values({ id: randomUUID(), goal_id: goalId, measured_on: '2024-01-01', value: 1, source: 'x', note: null, entered_by: 'test' })
        .execute();
    await assert.rejects(
      guardedWrite(write, { missing: () => notFound('Goal', goalId) }),
      (err: AppError) => err.status === 404 && err.message.includes(goalId),
    );
    const partner = {
      gemeente_code: 'GM0505',
      id: randomUUID(),
      name: 'Woonbron',
      kind: 'housing-corporation' as const,
      contact_role: null,
      description: null,
    };
    await db.insertInto('partners').values(partner).execute();
    const again = () =>
      db
        .insertInto('partners')
        .values({ ...partner, id: randomUUID(), name: 'WOONBRON' })
        .execute();
    await assert.rejects(guardedWrite(again, { missing: () => notFound('Mission', partner.id) }), (err: AppError) => err.status === 409);
    await db.deleteFrom('partners').where('id', '=', partner.id).execute();
  });

  it('gives one 201 and 409s, never a 500, when the same partner or participant is added in parallel', async () => {
    const names = await Promise.all(
      Array.from({ length: 6 }, () => api('POST', '/partners', admin, { name: 'Politie Dordrecht', kind: 'police' })),
    );
    assert.deepEqual(names.map((r) => r.statusCode).sort(), [201, 409, 409, 409, 409, 409], names.map((r) => r.body).join('\n'));
    const partnerId = names.find((r) => r.statusCode === 201)!.json().id;
    const joins = await Promise.all(
      Array.from({ length: 6 }, () => api('POST', `/missions/${missionId}/participants`, admin, { kind: 'partner', partnerId })),
    );
    assert.deepEqual(joins.map((r) => r.statusCode).sort(), [201, 409, 409, 409, 409, 409], joins.map((r) => r.body).join('\n'));
  });
});
