/**
 * One event selection (incidents `selectEvents`) for every caller: the analysis views, mission
 * evidence and effect (missions/event-points.ts) and the wijk report's hot times
 * (perception/hot-times.ts) get the same events for the same filter — also for the events where
 * the three used to differ: a window that starts before the period and ends in it, an event on the
 * end of the period, and an event without a buurt.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext, type ServiceContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { analysisViewsApi, type AnalysisViewsApi } from '../../../../test/fixtures/analysis-views/api.ts';
import { GM, seedViewsData, type ViewsDesign } from '../../../../test/fixtures/analysis-views/seed.ts';
import { Disclosure } from '../../analysis/index.ts';
import { rdToWgs84 } from '../../areas/index.ts';
import { eventPoints } from '../../missions/event-points.ts';
import { hotTimes } from '../../perception/hot-times.ts';
import { selectionFor } from './selection.ts';

/** The design of seed.ts plus four events at the edges of March 2024 (in buurt A unless said). */
async function seedEdges(database: Database): Promise<ViewsDesign> {
  const design = await seedViewsData(database);
  const batch = await database.db
    .insertInto('incident_batches')
    .values({
      gemeente_code: GM,
      source: 'edges',
      mode: 'all-or-nothing',
      actor: 'test',
      rows_read: 4,
      rows_inserted: 4,
      finished_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = (id: string, start: string, end: string | null, placed: boolean) => {
    const [x, y] = placed ? [design.a.x, design.a.y] : [155_000, 463_000];
    const [lon, lat] = rdToWgs84(x, y);
    return {
      gemeente_code: GM,
      source: 'edges',
      source_id: id,
      crime_type: '1.1.1',
      start_time: new Date(start),
      end_time: end ? new Date(end) : null,
      x,
      y,
      lat,
      lon,
      area_year: 2024,
      buurt_code: placed ? design.a.buurt : null,
      wijk_code: placed ? design.a.wijk : null,
      offender_ref: null,
      victim_ref: null,
      address_ref: null,
      batch_id: Number(batch.id),
    };
  };
  await database.db
    .insertInto('incidents')
    .values([
      row('STARTS-BEFORE', '2024-02-29T23:00:00Z', '2024-03-01T01:00:00Z', true),
      row('NO-BUURT', '2024-03-10T10:00:00Z', null, false),
      row('ON-THE-END', '2024-04-01T00:00:00Z', null, true),
      row('LAST-MINUTE', '2024-03-31T23:59:00Z', null, true),
    ])
    .execute();
  return design;
}

const MARCH = { from: '2024-03-01', to: '2024-04-01' };
const TYPES = ['1.1.1', '2.5.2'];

describe('one event selection for the views, mission evidence and the wijk report', () => {
  let api: AnalysisViewsApi;
  let design: ViewsDesign;
  let ctx: ServiceContext;
  before(async () => {
    api = await analysisViewsApi(seedEdges);
    design = api.design;
    ctx = systemContext(api.t.database.db, 'test');
  });
  after(async () => api.t.close());

  it('the views and mission evidence select the same events of a period and types', async () => {
    const sel = await selectionFor(ctx, GM, { ...MARCH, crimeTypes: TYPES, source: 'incidents', format: 'json' });
    const t = sel.table;
    const views = Array.from(sel.idx, (k) => `${t.startMin[k]} ${t.x[k]} ${t.y[k]} ${t.typeCodes[t.type[k]!]}`).sort();
    const pts = await eventPoints(ctx, GM, {
      from: new Date(`${MARCH.from}T00:00:00Z`),
      to: new Date(`${MARCH.to}T00:00:00Z`),
      crimeTypes: TYPES,
    });
    const evidence = Array.from({ length: pts.n }, (_, i) => `${pts.startMin[i]} ${pts.x[i]} ${pts.y[i]} ${pts.crimeType[i]}`).sort();
    assert.deepEqual(evidence, views);
    assert.equal(
      views.length,
      8 + 4 + 3 + 1,
      'the designed March events and the last minute; not the one starting before, on the end or without a buurt',
    );
    assert.equal(sel.withoutBuurt, 1);
    const http = await api.get(`counts?from=${MARCH.from}&to=${MARCH.to}&crimeTypes=${TYPES.join(',')}`, api.analyst);
    assert.deepEqual([http.body.meta.events, http.body.meta.withoutBuurt], [16, 1]);
  });

  it('the wijk report counts the hot times of the same events as the views for the wijk and year', async () => {
    const sel = await selectionFor(ctx, GM, {
      from: '2024-01-01',
      to: '2025-01-01',
      area: design.a.wijk,
      source: 'incidents',
      format: 'json',
    });
    const report = await hotTimes(ctx, GM, design.a.wijk, 2024, new Disclosure(true, 5));
    assert.equal(report.events, sel.idx.length);
    assert.equal(sel.idx.length, 8 + 4 + 2 + 3, 'A in March and February, and the three edge events of 2024 in buurt A');
    const views = await api.get(`hottimes?from=2024-01-01&to=2025-01-01&area=${design.a.wijk}`, api.analyst);
    assert.equal(views.body.meta.events, report.events);
  });
});
