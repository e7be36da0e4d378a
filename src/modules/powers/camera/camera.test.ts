import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Api, apiClient } from '../../../../test/fixtures/missions/api.ts';
import { SEED_DIR } from '../../../../test/fixtures/missions/seed.ts';
import { insertEvents } from '../../../../test/fixtures/powers/incidents.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { systemContext } from '../../../core/context.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { insertTestBases, insertTestDecision } from '../measures/test-decisions.ts';
import { cameraEvaluationDeadline } from './camera-deadline.ts';
import { evaluationDueDates, plusYears } from './camera-years.ts';

const GM = 'GM0505';
const BUURT = 'BU05050801';
const WIJK = 'WK050508';
const [LON, LAT] = [4.665, 51.815];
/** About 140 m wide and 170 m high around (LON, LAT). */
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [LON - 0.001, LAT - 0.00075],
      [LON + 0.001, LAT - 0.00075],
      [LON + 0.001, LAT + 0.00075],
      [LON - 0.001, LAT + 0.00075],
      [LON - 0.001, LAT - 0.00075],
    ],
  ],
};
const inside = { lon: LON, lat: LAT, buurt: BUURT, wijk: WIJK };
const ring = { lon: LON, lat: LAT + 0.00075 + 0.0009, buurt: BUURT, wijk: WIJK }; // ≈ 100 m north of the edge
const far = { lon: LON, lat: LAT + 0.01, buurt: BUURT, wijk: WIJK }; // ≈ 1 km away
const START = '2025-03-01';
const today = new Date().toISOString().slice(0, 10);

describe('powers: camera areas (yearly evaluation)', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let analyst: TestSession;
  let viewer: TestSession;
  let cameraId: string;
  let closureId: string;
  before(async () => {
    t = await createTestApp({
      config: { minCellCount: 5 },
      prepare: async (database) => {
        await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR);
        await insertTestBases(database.db, GM);
        await insertEvents(database, GM, [
          { ...inside, day: '2024-09-15', n: 12 },
          { ...ring, day: '2024-09-15', n: 6 },
          { ...far, day: '2024-09-15', n: 40 },
          { ...inside, day: '2025-09-15', n: 8 },
          { ...ring, day: '2025-09-15', n: 10 },
          { ...inside, day: '2026-06-15', n: 2 },
          { ...far, day: '2026-06-15', n: 30 },
        ]);
      },
    });
    api = apiClient(t.app);
    [coordinator, analyst, viewer] = (await Promise.all(
      (['coordinator', 'analyst', 'viewer'] as const).map((r) => loginAs(t.app, t.database, r)),
    )) as [TestSession, TestSession, TestSession];
    cameraId = await insertTestDecision(t.database.db, GM, { base: 't-camera', areaCodes: [WIJK], geometry: square, start: START });
    closureId = await insertTestDecision(t.database.db, GM, { base: 't-closure', buurt: BUURT, start: START });
  });
  after(() => t.close());

  it('counts incidents inside the area and in the ring per evaluation year, with the year before as baseline', async () => {
    const res = await api('GET', `/decisions/${cameraId}/camera-evaluation`, analyst);
    assert.equal(res.statusCode, 200, res.body);
    const e = res.json();
    const years = e.years.map((y: { year: number; from: string; inside: number; around: number }) => [y.year, y.from, y.inside, y.around]);
    assert.deepEqual(years.slice(0, 3), [
      [0, '2024-03-01', 12, 6],
      [1, '2025-03-01', 8, 10],
      [2, '2026-03-01', 2, 0],
    ]);
    assert.equal(e.ringMetres, 200);
    assert.equal(e.disclosure.suppressed, 0, 'an analyst sees every figure');
  });

  it('suppresses small numbers for callers without analysis:detail (threshold from the settings)', async () => {
    const e = (await api('GET', `/decisions/${cameraId}/camera-evaluation`, coordinator)).json();
    const y2 = e.years.find((y: { year: number }) => y.year === 2);
    assert.equal(y2.inside, null, '2 < 5 is not shown');
    assert.equal(y2.around, 0, 'zeros are shown');
    assert.equal(e.years[0].inside, 12);
    assert.equal(e.disclosure.suppressed, 1);
    assert.match(e.disclosure.note, /1 tot en met 4/);
  });

  it('shows the first evaluation as missed, records it, then shows the next one as open', async () => {
    let e = (await api('GET', `/decisions/${cameraId}/camera-evaluation`, coordinator)).json();
    assert.equal(e.deadline.kind, 'camera-evaluation');
    assert.equal(e.deadline.due, '2026-03-01');
    assert.equal(e.deadline.status, today > '2026-03-01' ? 'missed' : 'open');
    const body = { year: 1, evaluatedOn: '2026-03-10', conclusion: 'Minder incidenten in het gebied; doorgaan.', outcome: 'continue' };
    assert.equal((await api('POST', `/decisions/${cameraId}/camera-evaluations`, analyst, body)).statusCode, 403, 'analysts may not edit');
    const created = await api('POST', `/decisions/${cameraId}/camera-evaluations`, coordinator, body);
    assert.equal(created.statusCode, 201, created.body);
    e = created.json();
    assert.deepEqual(
      e.evaluations.map((x: { year: number; outcome: string }) => [x.year, x.outcome]),
      [[1, 'continue']],
    );
    assert.equal(e.deadline.due, '2027-03-01');
    assert.equal(e.deadline.status, 'open');
    assert.equal((await api('POST', `/decisions/${cameraId}/camera-evaluations`, coordinator, body)).statusCode, 409, 'once per year');
    const logged = await t.database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'powers.decisions.manage')
      .execute();
    assert.equal(logged.filter((r) => (r.attributes as { part?: string }).part === 'camera-evaluation').length, 1);
    const early = await api('POST', `/decisions/${cameraId}/camera-evaluations`, coordinator, { ...body, year: 9 });
    assert.equal(early.statusCode, 400, early.body);
  });

  it('refuses other measures, viewers and unknown decisions', async () => {
    assert.equal((await api('GET', `/decisions/${closureId}/camera-evaluation`, coordinator)).statusCode, 409);
    assert.equal((await api('GET', `/decisions/${cameraId}/camera-evaluation`, viewer)).statusCode, 403);
    assert.equal((await api('GET', '/decisions/00000000-0000-4000-8000-000000000000/camera-evaluation', coordinator)).statusCode, 404);
    assert.equal((await api('GET', `/decisions/${cameraId}/camera-evaluation?ring=5`, coordinator)).statusCode, 400);
  });

  it('computes due dates by calendar years while the area is in force (met, open, missed; lifted, ended)', async () => {
    assert.equal(plusYears('2024-02-29', 1), '2025-02-28');
    assert.deepEqual(evaluationDueDates('2024-01-10', '2025-06-30'), [
      { year: 1, due: '2025-01-10' },
      { year: 2, due: '2026-01-10' },
    ]);
    const ctx = systemContext(t.database.db, 'test');
    const d = { id: cameraId, measureKind: 'camera', measureStart: START, measureEnd: null, liftedOn: null };
    const next = await cameraEvaluationDeadline(ctx, d, '2026-02-01');
    assert.deepEqual(next && [next.status, next.due], ['open', '2027-03-01'], 'year 1 recorded: year 2 is next');
    const lifted = await cameraEvaluationDeadline(ctx, { ...d, liftedOn: '2026-03-01' }, '2027-05-01');
    assert.deepEqual(lifted && [lifted.status, lifted.due], ['met', '2026-03-01'], 'lifted at the end of year 1: nothing more due');
    const open = await cameraEvaluationDeadline(ctx, d, '2027-02-20');
    assert.deepEqual(open && [open.status, open.daysLeft, open.basis], ['open', 9, open?.basis]);
    assert.match(open!.basis, /art\. 151c Gemeentewet/);
    assert.equal((await cameraEvaluationDeadline(ctx, d, '2027-03-02'))?.status, 'missed');
    assert.equal(await cameraEvaluationDeadline(ctx, { ...d, measureKind: 'closure' }, today), null);
  });

  it('gives the register the camera evaluation as a deadline of a camera decision made through the API', async () => {
    const created = await api('POST', '/decisions', coordinator, {
      baseCode: 't-camera',
      title: 'Camera’s via het register',
      areaCodes: [BUURT],
      geometry: square,
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    const decide = await api('POST', `/decisions/${id}/transitions`, coordinator, {
      action: 'decide',
      date: plusYears(today, -2),
      reason: 'Geen belanghebbende te horen',
      measureStart: plusYears(today, -2),
    });
    assert.equal(decide.statusCode, 200, decide.body);
    const camera = decide.json().deadlines.find((d: { kind: string }) => d.kind === 'camera-evaluation');
    assert.deepEqual([camera.due, camera.status], [plusYears(today, -1), 'missed'], 'year 1 was due a year ago');
    const evaluation = (await api('GET', `/decisions/${id}/camera-evaluation`, coordinator)).json();
    assert.deepEqual(evaluation.deadline, camera);
    assert.deepEqual(
      evaluation.years.map((y: { year: number }) => y.year),
      [0, 1, 2, 3],
      'the baseline, two whole years and the third, which begins today',
    );
  });
});
