import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { seedMissionData, YEAR, type MissionDesign } from '../../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';

describe('missions portfolio, prioritisation, candidates and public summaries', () => {
  let t: TestApp;
  let api: Api;
  let design: MissionDesign;
  let analyst: TestSession;
  let coordinator: TestSession;
  let a: string;
  let b: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (design = await seedMissionData(database)) });
    api = apiClient(t.app);
    analyst = await loginAs(t.app, t.database, 'analyst');
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    a = (
      await api('POST', '/missions', analyst, {
        title: 'Inbraak target',
        scope: { kind: 'buurten', year: YEAR, codes: [design.target] },
        crimeTypes: ['1.1.*'],
        impactScore: 4,
        impactRationale: '120 inbraken per jaar',
        feasibilityScore: 4,
        feasibilityRationale: 'politie en corporatie doen mee',
        priority: 'high',
      })
    ).json().id;
    b = (
      await api('POST', '/missions', analyst, {
        title: 'Overlast cellen',
        scope: { kind: 'cells', cellSize: 100, cells: [[104900, 424900]] },
        impactScore: 2,
        feasibilityScore: 5,
      })
    ).json().id;
    await api('POST', `/missions/${a}/goals`, analyst, {
      title: 'Minder inbraken',
      indicator: { source: 'registered-crime' },
      direction: 'decrease',
      baselineFrom: '2023-01-01',
      baselineTo: '2024-01-01',
      target: 80,
      deadline: '2026-01-01',
    });
  });
  after(() => t.close());

  it('lists the portfolio with KPI progress and a GeoJSON of the scopes', async () => {
    const res = await api('GET', '/missions/portfolio', coordinator);
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json();
    const ma = p.missions.find((m: { id: string }) => m.id === a);
    assert.equal(ma.kpiStatus, 'achieved');
    assert.equal(ma.kpis[0].fraction, 1.2);
    assert.equal(p.missions.find((m: { id: string }) => m.id === b).kpiStatus, null);
    assert.equal(p.map.features.length, 2);
    const cell = p.map.features.find((f: { id: string }) => f.id === b).geometry.coordinates[0][0];
    assert.equal(cell.length, 5);
    assert.ok(Math.abs(cell[0][0] - 4.66) < 0.05 && Math.abs(cell[0][1] - 51.81) < 0.05, 'RD corner converted to WGS84');
  });

  it('ranks open missions on impact × feasibility with rationale', async () => {
    const r = (await api('GET', '/missions/prioritisation', analyst)).json().missions;
    assert.deepEqual(
      r.map((m: { id: string; score: number; quadrant: string }) => [m.id, m.score, m.quadrant]),
      [
        [a, 16, 'do-first'],
        [b, 10, 'quick-win'],
      ],
    );
    assert.equal(r[0].feasibilityRationale, 'politie en corporatie doen mee');
  });

  it('turns alerts into candidates and marks those an open mission covers', async () => {
    const res = await api('POST', '/missions/candidates', analyst, {
      alerts: [
        { areaCode: design.target, crimeType: '1.1.1', weekStart: '2025-03-03', count: 9, expected: 3, upper: 7 },
        { areaCode: design.big[0], crimeType: '1.1.1', weekStart: '2025-03-03', count: 40, expected: 30, upper: 38 },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json().candidates;
    assert.deepEqual(
      c.map((x: { areaCode: string; excess: number }) => [x.areaCode, x.excess]),
      [
        [design.big[0], 10],
        [design.target, 6],
      ],
    );
    assert.equal(c[1].coveredBy.id, a);
    assert.equal(
      (
        await api('POST', '/missions/candidates', analyst, { alerts: [{ areaCode: 'x', crimeType: '', weekStart: 'maandag', count: -1 }] })
      ).json().errors.length,
      6,
    );
  });

  it('publishes only approved summaries, without personal data', async () => {
    assert.deepEqual((await api('GET', '/public/missions', null)).json().missions, []);
    assert.equal(
      (
        await api('PUT', `/missions/${a}/public-summary`, analyst, {
          title: 'Samen tegen inbraak',
          summary: 'Gemeente, politie en bewoners pakken inbraken aan.',
          join: 'Meld je aan bij Buurtpreventie.',
        })
      ).statusCode,
      204,
    );
    assert.equal((await api('GET', `/public/missions/${a}`, null)).statusCode, 404, 'a draft is not public');
    assert.equal(
      (await api('POST', `/missions/${a}/public-summary/approval`, analyst, { approve: true })).statusCode,
      403,
      'analysts do not approve',
    );
    assert.equal((await api('POST', `/missions/${a}/public-summary/approval`, coordinator, { approve: true })).statusCode, 204);
    const res = await api('GET', `/public/missions/${a}`, null);
    assert.equal(res.statusCode, 200, res.body);
    const m = res.json();
    assert.equal(m.title, 'Samen tegen inbraak');
    assert.equal(m.goals[0].current, 72);
    assert.equal(m.goals[0].progress.status, 'achieved');
    assert.ok(m.geometry.coordinates.length >= 1);
    const text = res.body;
    assert.ok(!text.includes(analyst.email) && !text.includes(analyst.userId) && !text.includes('owner'), 'no owner or account data');
    assert.equal((await api('GET', '/public/missions', null)).json().missions.length, 1);
    await api('PUT', `/missions/${a}/public-summary`, analyst, {
      title: 'Samen tegen inbraak',
      summary: 'Nieuwe tekst, nog niet goedgekeurd.',
      join: '',
    });
    assert.equal((await api('GET', '/public/missions', null)).json().missions.length, 0, 'an edit makes it a draft again');
  });
});
