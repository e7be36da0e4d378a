/** Trends and alerts across an indeling change: one buurt code per place (buurt-lineage.ts; design in vintage-seed.ts). */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { analysisViewsApi, type AnalysisViewsApi } from '../../../../test/fixtures/analysis-views/api.ts';
import { seedVintageChange, VINTAGE as V } from '../../../../test/fixtures/analysis-views/vintage-seed.ts';
import { nextStep } from '../places/buurt-lineage.ts';

const rel = (fromCode: string, toCode: string | null, relation: string, fromYear = 2020, toYear = 2024) => ({
  fromYear,
  fromCode,
  toYear,
  toCode,
  relation,
});

describe('buurt lineage: the next indeling’s code of a buurt by the areas relations', () => {
  it('carries a series on for same, renamed and merged; stops at split, discontinued and missing relations', () => {
    assert.deepEqual(nextStep([rel('BU1', 'BU1', 'same')], 2020, 'BU1'), { year: 2024, code: 'BU1', relation: 'same' });
    assert.deepEqual(nextStep([rel('BU1', 'BU2', 'renamed')], 2020, 'BU1'), { year: 2024, code: 'BU2', relation: 'renamed' });
    assert.deepEqual(nextStep([rel('BU1', 'BU9', 'merged'), rel('BU2', 'BU9', 'merged')], 2020, 'BU1'), {
      year: 2024,
      code: 'BU9',
      relation: 'merged',
    });
    assert.deepEqual(nextStep([rel('BU1', 'BU2', 'split'), rel('BU1', 'BU3', 'split')], 2020, 'BU1'), { stop: 'split in 2024 (BU2, BU3)' });
    assert.deepEqual(nextStep([rel('BU1', 'BU2', 'split')], 2020, 'BU1'), { stop: 'split in 2024 (BU2)' });
    assert.deepEqual(nextStep([rel('BU1', 'BU2', 'same'), rel('BU1', 'BU3', 'renamed')], 2020, 'BU1'), {
      stop: 'split in 2024 (BU2, BU3)',
    });
    assert.deepEqual(nextStep([rel('BU1', null, 'discontinued')], 2020, 'BU1'), { stop: 'discontinued in 2024' });
    // a 'new' row is stored as from = to = the new code: it says nothing about an older buurt of that code
    assert.deepEqual(nextStep([rel('BU1', 'BU1', 'new')], 2020, 'BU1'), { stop: 'no relation to a later indeling' });
    assert.deepEqual(nextStep([rel('BU1', 'BU2', 'renamed', 2018, 2020)], 2020, 'BU1'), { stop: 'no relation to a later indeling' });
  });
});

describe('analysis views API: trends and alerts across an indeling change', () => {
  let api: AnalysisViewsApi<typeof V>;
  let get: AnalysisViewsApi['get'];
  let analyst: AnalysisViewsApi['analyst'];
  before(async () => {
    api = await analysisViewsApi(seedVintageChange);
    ({ get, analyst } = api);
  });
  after(async () => api.t.close());

  const WINTER = 'crimeTypes=1.2.3&from=2023-12-04&to=2024-01-29&baselineYears=1';
  const weeksOf = (body: { series: { weeks: { weekStart: string; count: number; expected: number | null }[] }[] }) => body.series[0]!.weeks;

  it('alerts: the spike after the change has its baseline from the old code, and names the newest code', async () => {
    const a = await get('alerts?to=2024-07-01&weeks=4&baselineYears=1', analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(a.body.alerts.length, 1, JSON.stringify(a.body.alerts));
    const alert = a.body.alerts[0];
    assert.deepEqual(
      [alert.areaCode, alert.areaName, alert.crimeType, alert.weekStart, alert.count, alert.expected],
      [V.west2024, 'West', '1.2.*', V.spikeWeek, 10, 1],
    );
    assert.equal(alert.evidence.baselineWeeks, 7);
    const notes: string[] = a.body.meta.notes;
    assert.ok(
      notes.includes(`${V.west2020} (indeling 2020) counted as ${V.west2024} (indeling 2024): renamed ${V.west2024} (2024)`),
      notes.join('\n'),
    );
    assert.ok(
      notes.includes(`${V.haven2020} (indeling 2020): split in 2024 (${V.havenNoord}); its events are counted under this code`),
      notes.join('\n'),
    );
  });

  it('trends: the weekly series of a recoded buurt runs on across the change, with its baseline', async () => {
    const r = await get(`trends?area=${V.west2024}&${WINTER}`, analyst);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.series[0].areaCode, V.west2024);
    const weeks = weeksOf(r.body);
    assert.deepEqual(
      weeks.map((w) => w.weekStart),
      ['2023-12-04', '2023-12-11', '2023-12-18', '2023-12-25', '2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22'],
    );
    assert.deepEqual(
      weeks.map((w) => w.count),
      [1, 1, 1, 1, 1, 1, 1, 1],
    );
    assert.deepEqual(
      weeks.map((w) => w.expected),
      [1, 1, 1, 1, 1, 1, 1, 1],
    );
    assert.equal(r.body.meta.events, 8);
    assert.equal(r.body.meta.area, V.west2024);
    const old = await get(`trends?area=${V.west2020}&${WINTER}`, analyst);
    assert.deepEqual(
      [old.body.meta.area, old.body.series[0].areaCode, weeksOf(old.body).map((w) => w.count)],
      [V.west2024, V.west2024, [1, 1, 1, 1, 1, 1, 1, 1]],
    );
    assert.ok(old.body.meta.notes.includes(`area ${V.west2020} is ${V.west2024} in the newest indeling`));
    const reports = await get(`trends?source=signals&area=${V.west2024}&from=2023-12-04&to=2024-01-29`, analyst);
    assert.deepEqual(
      weeksOf(reports.body).map((w) => w.count),
      [1, 1, 1, 1, 1, 1, 1, 1],
      'reports under the 2020 code (no indeling) too',
    );
    const wijk = await get(`trends?area=WK050581&${WINTER}`, analyst);
    assert.deepEqual(
      weeksOf(wijk.body).map((w) => w.count),
      [2, 2, 2, 2, 2, 2, 2, 2],
      'West and Haven together',
    );
  });

  it('trends: a split buurt keeps its old code before the change (no clear successor)', async () => {
    const zuid = await get(`trends?area=${V.havenZuid}&${WINTER}`, analyst);
    assert.deepEqual(
      weeksOf(zuid.body).map((w) => w.count),
      [0, 0, 0, 0, 1, 1, 1, 1],
    );
    const haven = await get(`trends?area=${V.haven2020}&${WINTER}`, analyst);
    assert.equal(haven.body.meta.area, V.haven2020);
    assert.deepEqual(
      weeksOf(haven.body).map((w) => w.count),
      [1, 1, 1, 1, 0, 0, 0, 0],
    );
    assert.ok(haven.body.meta.notes.some((n: string) => n.startsWith(`${V.haven2020} (indeling 2020): split in 2024`)));
  });
});
