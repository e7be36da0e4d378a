import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedIndicatorCatalogue } from '../../perception/survey/catalogue.ts';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { GM, seedMissionData, YEAR, type MissionDesign } from '../../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';

describe('mission goals: KPIs with progress computed from live data', () => {
  let t: TestApp;
  let design: MissionDesign;
  let analyst: TestSession;
  let viewer: TestSession;
  let missionId: string;
  let api: Api;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        design = await seedMissionData(database);
        await seedIndicatorCatalogue(database.db);
        for (const [year, value, margin] of [
          [2023, 30, 3],
          [2025, 24, 4],
        ] as const) {
          await database.db
            .insertInto('survey_results')
            .values({
              gemeente_code: GM,
              indicator_code: 'feels-unsafe',
              area_code: 'GM0505',
              year,
              value,
              margin,
              respondents: 1200,
              source: 'Veiligheidsmonitor',
            })
            .execute();
        }
      },
    });
    analyst = await loginAs(t.app, t.database, 'analyst');
    viewer = await loginAs(t.app, t.database, 'viewer');
    api = apiClient(t.app);
    const m = await api('POST', '/missions', analyst, {
      title: 'Inbraak target',
      scope: { kind: 'buurten', year: YEAR, codes: [design.target] },
      crimeTypes: ['1.1.1'],
      startDate: '2024-01-01',
    });
    missionId = m.json().id;
  });
  after(() => t.close());

  const goal = (body: Record<string, unknown>) =>
    api('POST', `/missions/${missionId}/goals`, analyst, {
      direction: 'decrease',
      baselineFrom: '2023-01-01',
      baselineTo: '2024-01-01',
      deadline: '2026-01-01',
      ...body,
    });

  it('computes baseline and current registered crime from incident events, and progress from them', async () => {
    const res = await goal({ title: 'Minder inbraken', indicator: { source: 'registered-crime' }, target: 80 });
    assert.equal(res.statusCode, 201, res.body);
    const g = res.json();
    assert.equal(g.baseline.frozenValue, 120, '10 a month in 2023');
    assert.equal(g.baseline.reading.value, 120);
    assert.match(g.baseline.reading.source, /op incidentniveau/);
    // the current window has the baseline's length and ends the day after the newest event (2024-12-15)
    assert.deepEqual([g.current.from, g.current.to, g.current.value], ['2023-12-17', '2024-12-16', 72]);
    assert.equal(g.progress.status, 'achieved');
    assert.equal(g.progress.fraction, 1.2, '(72 − 120)/(80 − 120)');
    assert.equal(g.progress.changeSignificant, true, 'z = −48/√192 = −3.46');
    assert.deepEqual(g.permissions, { edit: true, addMeasurement: false });
  });

  it('says honestly when there is no data for a baseline', async () => {
    const g = (
      await goal({
        title: 'Oude basis',
        indicator: { source: 'registered-crime' },
        baselineFrom: '2015-01-01',
        baselineTo: '2016-01-01',
        target: 1,
      })
    ).json();
    assert.equal(g.progress.status, 'no-data');
    assert.equal(g.progress.explanation, 'Nog geen gegevens voor de nulmeting.');
  });

  it('reads perceived safety with its margins, and reports with the signals export', async () => {
    const p = (
      await goal({
        title: 'Minder onveilig',
        indicator: { source: 'perception', indicatorCode: 'feels-unsafe', areaCode: 'GM0505' },
        target: 25,
      })
    ).json();
    assert.deepEqual([p.baseline.reading.value, p.baseline.reading.margin, p.current.value, p.current.margin], [30, 3, 24, 4]);
    assert.equal(p.progress.status, 'achieved');
    assert.equal(p.progress.changeSignificant, true, '|24 − 30| = 6 > √(3² + 4²) = 5');
    const r = await goal({ title: 'Minder meldingen', indicator: { source: 'reports', categories: ['overlast'] }, target: 0 });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().baseline.reading.value, 0);
  });

  it('takes measurements for a custom indicator and computes its progress; other goals refuse them', async () => {
    const c = (
      await goal({
        title: 'Schouwcijfer',
        indicator: { source: 'custom', name: 'schouwcijfer', unit: 'rapportcijfer' },
        direction: 'increase',
        target: 7.5,
      })
    ).json();
    assert.equal(c.progress.status, 'no-data');
    assert.deepEqual(c.permissions, { edit: true, addMeasurement: true });
    const url = `/missions/${missionId}/goals/${c.id}/measurements`;
    await api('POST', url, analyst, { measuredOn: '2023-03-01', value: 6, source: 'schouw wijkteam' });
    await api('POST', url, analyst, { measuredOn: '2023-09-01', value: 6.5, source: 'schouw wijkteam' });
    const after = await api('POST', url, analyst, { measuredOn: '2024-06-01', value: 7, source: 'schouw wijkteam' });
    assert.equal(after.statusCode, 201, after.body);
    const g = after.json();
    assert.equal(g.baseline.reading.value, 6.25, 'mean of the baseline measurements');
    assert.equal(g.current.value, 7);
    assert.equal(g.progress.fraction, 0.6, '(7 − 6.25)/(7.5 − 6.25)');
    assert.equal(g.measurements.length, 3);
    assert.equal((await api('POST', url, viewer, { measuredOn: '2024-07-01', value: 8, source: 'x y' })).statusCode, 403);
    const list = (await api('GET', `/missions/${missionId}/goals`, viewer)).json().goals;
    const crime = list.find((x: { indicator: { source: string } }) => x.indicator.source === 'registered-crime');
    assert.equal(
      (
        await api('POST', `/missions/${missionId}/goals/${crime.id}/measurements`, analyst, {
          measuredOn: '2024-07-01',
          value: 8,
          source: 'handmatig',
        })
      ).statusCode,
      409,
    );
    assert.deepEqual(crime.permissions, { edit: false, addMeasurement: false });
  });

  it('lists every invalid field of a goal', async () => {
    const res = await api('POST', `/missions/${missionId}/goals`, analyst, {
      title: 'x',
      indicator: { source: 'perception', indicatorCode: 'X!' },
      direction: 'down',
      baselineFrom: '2024-01-01',
      baselineTo: '2023-01-01',
      target: 'veel',
      deadline: '2022-01-01',
    });
    assert.equal(res.statusCode, 400);
    const names = res
      .json()
      .errors.map((e: { name: string }) => e.name)
      .sort();
    assert.deepEqual(names, ['body.direction', 'body.indicator.areaCode', 'body.indicator.indicatorCode', 'body.target', 'body.title']);
  });
  it('shows the baseline before a target is asked: value, period and source, nothing stored', async () => {
    const url = `/missions/${missionId}/goals/baseline`;
    const body = { indicator: { source: 'registered-crime' }, baselineFrom: '2023-01-01', baselineTo: '2024-01-01' };
    const before = (await api('GET', `/missions/${missionId}/goals`, analyst)).json().goals.length;
    const res = await api('POST', url, analyst, body);
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json().reading;
    assert.deepEqual([r.value, r.from, r.to, r.kind], [120, '2023-01-01', '2024-01-01', 'count']);
    assert.match(r.source, /op incidentniveau/);
    assert.equal((await api('GET', `/missions/${missionId}/goals`, analyst)).json().goals.length, before, 'nothing stored');
    assert.equal((await api('POST', url, viewer, body)).statusCode, 403);
    const bad = await api('POST', url, analyst, { ...body, baselineTo: '2022-01-01' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().errors.some((e: { name: string }) => e.name === 'body.baselineTo'));
  });

  it('refuses a target on the wrong side of the baseline unless it is explicitly allowed', async () => {
    // baseline 120 (registered crime 2023), lower is better
    const wrong = await goal({ title: 'Verkeerd om', indicator: { source: 'registered-crime' }, target: 130 });
    assert.equal(wrong.statusCode, 400, wrong.body);
    assert.equal(wrong.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.deepEqual(
      wrong.json().errors.map((e: { name: string }) => e.name),
      ['body.target'],
    );
    assert.match(wrong.json().detail, /niet lager dan de nulmeting 120/);
    assert.equal(
      (await goal({ title: 'Gelijk', indicator: { source: 'registered-crime' }, target: 120 })).statusCode,
      400,
      'equal is not lower',
    );
    const up = await goal({ title: 'Meer aangiftes', indicator: { source: 'registered-crime' }, direction: 'increase', target: 100 });
    assert.equal(up.statusCode, 400, 'higher is better, 100 is not higher than 120');
    const kept = await goal({ title: 'Bewust hoger', indicator: { source: 'registered-crime' }, target: 130, allowWrongDirection: true });
    assert.equal(kept.statusCode, 201, kept.body);
    const patch = (target: number, allow?: boolean) =>
      api('PATCH', `/missions/${missionId}/goals/${kept.json().id}`, analyst, { target, ...(allow ? { allowWrongDirection: true } : {}) });
    assert.equal((await patch(140)).statusCode, 400, 'a changed target is checked too');
    assert.equal((await patch(90)).statusCode, 200);
    assert.equal((await patch(140, true)).statusCode, 200);
  });
});
