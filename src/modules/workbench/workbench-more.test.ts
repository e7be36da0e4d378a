import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestSession } from '../../../test/helpers/sessions.ts';
import { workbenchApi, type WorkbenchApi } from '../../../test/fixtures/workbench/api.ts';
import type { WorkbenchDesign } from '../../../test/fixtures/workbench/seed.ts';

const MARCH = 'from=2024-03-01&to=2024-04-01&crimeTypes=1.1.1';

describe('analysis workbench API: trends, alerts, near-repeat, concentration, kde, evaluation', () => {
  let api: WorkbenchApi;
  let t: WorkbenchApi['t'];
  let design: WorkbenchDesign;
  let analyst: TestSession;
  let viewer: TestSession;
  let get: WorkbenchApi['get'];
  before(async () => {
    api = await workbenchApi();
    ({ t, design, analyst, viewer, get } = api);
  });
  after(async () => api.t.close());

  it('alerts: the spike week of buurt C, accepted by POST /missions/candidates', async () => {
    const a = await get('alerts?to=2025-06-30&weeks=4&baselineYears=1', analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(a.body.alerts.length, 1);
    const alert = a.body.alerts[0];
    assert.deepEqual([alert.areaCode, alert.crimeType, alert.weekStart, alert.count, alert.expected], [design.c.buurt, '1.2.*', design.spikeWeek, 10, 1]);
    assert.equal(alert.evidence.baselineWeeks, 7);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/missions/candidates', headers: analyst.headers, payload: { alerts: a.body.alerts } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().candidates[0].areaCode, design.c.buurt);
  });

  it('trends: weekly series of an area with the baseline and the alarm week', async () => {
    const r = await get(`trends?area=${design.c.buurt}&crimeTypes=1.2.3&from=2025-06-02&to=2025-06-30&baselineYears=1`, analyst);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const weeks = r.body.series[0].weeks;
    assert.deepEqual(weeks.map((w: { weekStart: string }) => w.weekStart), ['2025-06-02', '2025-06-09', '2025-06-16', '2025-06-23']);
    assert.deepEqual(weeks.map((w: { count: number }) => w.count), [1, 1, 10, 1]);
    assert.deepEqual(weeks.map((w: { alarm: boolean }) => w.alarm), [false, false, true, false]);
    assert.equal(r.body.series[0].alerts[0].weekStart, '2025-06-16');
    const v = await get(`trends?area=${design.c.buurt}&crimeTypes=1.2.3&from=2025-06-02&to=2025-06-30&baselineYears=1`, viewer);
    assert.deepEqual(v.body.series[0].weeks.map((w: { count: number | null }) => w.count), [null, null, 10, null]);
  });

  it('near-repeat: Knox table of known pairs (12 events in one place, 34 same-day pairs, 32 a day and a half apart)', async () => {
    const r = await get(`near-repeat?${MARCH}&spaceBands=0,100,200&timeBands=0,1,2&permutations=19&seed=3`, analyst);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.pairs, 66);
    const obs = r.body.cells.map((c: { observed: number }) => c.observed);
    assert.deepEqual(obs, [34, 32, 0, 0]);
    assert.equal(r.body.cells[0].expected, 34);
    assert.equal(r.body.cells[0].knoxRatio, 1);
    assert.ok(r.body.cells[0].p > 0 && r.body.cells[0].p <= 1);
    const bad = await get(`near-repeat?${MARCH}&spaceBands=100,50&timeBands=x`, analyst);
    assert.deepEqual(bad.body.errors.map((e: { name: string }) => e.name).sort(), ['query.spaceBands', 'query.timeBands']);
  });

  it('concentration: refs, Gini and shares; per-ref counts for analysts only', async () => {
    const a = await get(`concentration?${MARCH}&of=offender`, analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.deepEqual([a.body.incidentsWithRef, a.body.distinctRefs, a.body.repeatRefs, a.body.repeatIncidentShare, a.body.gini], [8, 2, 2, 1, 0.25]);
    assert.deepEqual(a.body.top, [{ ref: 'O-1', count: 6 }, { ref: 'O-2', count: 2 }]);
    const v = await get(`concentration?${MARCH}&of=offender`, viewer);
    assert.deepEqual([v.body.incidentsWithRef, v.body.distinctRefs, v.body.top], [8, null, []]);
    // The analyst's view of per-ref counts is in the processing log: one pseudonymised record per ref.
    const logged = () => t.database.db
      .selectFrom('audit_log')
      .select(['actor', 'data_subject_type', 'data_subject_pseudonym', 'trace_id', 'operation', 'status_code', 'start_time', 'end_time', 'attributes'])
      .where('processing_activity_id', '=', 'analysis.repeat-refs')
      .orderBy('id')
      .execute();
    const rows = await logged();
    assert.equal(rows.length, 2);
    assert.ok(rows.every((r) => r.actor === `user:${analyst.userId}` && r.data_subject_type === 'offender-ref' && r.data_subject_pseudonym !== 'O-1'));
    // the Logboek Dataverwerkingen fields: one trace for the request, a read that succeeded, when, and what was asked
    assert.ok(rows[0]!.trace_id && rows[0]!.trace_id === rows[1]!.trace_id);
    assert.deepEqual([rows[0]!.operation, rows[0]!.status_code], ['read', 'OK']);
    assert.ok(rows[0]!.start_time <= rows[0]!.end_time);
    const attrs = (r: (typeof rows)[number]) => (typeof r.attributes === 'string' ? JSON.parse(r.attributes) : r.attributes) as Record<string, unknown>;
    assert.deepEqual(attrs(rows[0]!), { of: 'offender', from: '2024-03-01', to: '2024-04-01', area: 'GM0505', crimeTypes: ['1.1.1'], format: 'json', refsShown: 2, rank: 1, count: 6 });
    assert.ok(!JSON.stringify(rows.map(attrs)).includes('O-1'), 'no ref in the attributes');
    // the CSV export of the same view is the same read: logged too; a viewer's (no refs) is not
    await get(`concentration?${MARCH}&of=offender&format=csv`, analyst);
    await get(`concentration?${MARCH}&of=offender&format=csv`, viewer);
    assert.deepEqual((await logged()).slice(2).map((r) => [attrs(r).format, attrs(r).rank]), [['csv', 1], ['csv', 2]]);
  });

  it('kde: quartic density at the cell of 12 events with a given bandwidth', async () => {
    const r = await get(`kde?${MARCH}&bandwidth=200`, analyst);
    assert.equal(r.status, 200, JSON.stringify(r.body).slice(0, 300));
    const [ox, oy] = r.body.bboxRd;
    const c = ((design.a.corner[1] - oy) / 100) * r.body.cols + (design.a.corner[0] - ox) / 100;
    assert.equal(r.body.values[c], Math.round(((12 * 3) / (Math.PI * 200 ** 2)) * 1e6 * 1000) / 1000);
    assert.equal(r.body.bandwidth, 200);
  });

  it('evaluation: PAI, PEI and RRI of the hotspot cell', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/analysis/evaluation', headers: analyst.headers,
      payload: { from: '2024-03-01', to: '2024-04-01', crimeTypes: ['1.1.1'], baselineFrom: '2024-02-01', baselineTo: '2024-03-01', selection: { unit: 'grid', cellSize: 100, cells: [design.a.corner] } },
    });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json();
    assert.deepEqual([r.hits, r.total, r.hitRate, r.pei, r.rri], [12, 12, 1, 1, 1]);
    assert.equal(r.pai, Math.round(r.studyCells * 1e4) / 1e4);
    const bad = await t.app.inject({
      method: 'POST', url: '/api/v1/analysis/evaluation', headers: analyst.headers,
      payload: { from: '2024-03-01', to: '2024-04-01', baselineFrom: '2024-02-01', selection: { unit: 'grid', cellSize: 100, cells: [[1, 2]] } },
    });
    assert.deepEqual(bad.json().errors.map((e: { name: string }) => e.name).sort(), ['body.baselineTo', 'body.selection.cells.0']);
    const crossed = await t.app.inject({
      method: 'POST', url: '/api/v1/analysis/evaluation', headers: analyst.headers,
      payload: { from: '2024-03-01', to: '2024-02-01', source: 'signals', crimeTypes: ['1.1.1'], selection: { unit: 'grid', cellSize: 100, cells: [design.a.corner] } },
    });
    assert.equal(crossed.statusCode, 400);
    assert.deepEqual(crossed.json().errors.map((e: { name: string }) => e.name).sort(), ['body.crimeTypes', 'body.to'], 'the body fields are named as such');
  });
});
