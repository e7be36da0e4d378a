/**
 * Counts of residents' reports and incidents in perception follow the disclosure rule: a wijk
 * with 2 nuisance reports and 1 incident shows neither number (nor the rate or the hot-time shares
 * derived from them) to a viewer or a partner, nor on the public page — even when an analyst looks
 * at the public page — while the analyst's own views show them. A wijk with 6 reports is shown.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { SEED_DIR } from '../../../test/fixtures/missions/seed.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { seedIncidentsIfEmpty } from '../incidents/seed.ts';
import { seedSignalDefaultsIfEmpty } from '../signals/index.ts';
import { importSurvey } from './survey/survey-import.ts';
import path from 'node:path';
import { projectRoot } from '../../core/config.ts';

// Synthetic survey values (test/fixtures/perception/README.md): WK050501 gets a perceived-safety index.
const SURVEY = path.join(projectRoot, 'test', 'fixtures', 'perception', 'synthetic-survey-2023.csv');

async function addSignal(t: TestApp, category: string, buurt: string, wijk: string) {
  const id = randomUUID();
  await t.database.db
    .insertInto('signals')
    .values({
      gemeente_code: 'GM0505',
      id,
      number: `M-2023-${id.slice(0, 6)}`,
      tracking_token_hash: id,
      category_slug: category,
      status: 'new',
      buurt_code: buurt,
      wijk_code: wijk,
      area_year: 2024,
      created_at: new Date('2023-06-01T10:00:00Z'),
    })
    .execute();
}

describe('perception: small counts of reports and incidents are not shown without analysis:detail', () => {
  let t: TestApp;
  let viewer: TestSession;
  let analyst: TestSession;
  let partner: TestSession;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        const ctx = systemContext(database.db, 'test');
        await seedAreasIfEmpty(ctx, SEED_DIR);
        await seedIncidentsIfEmpty(ctx, SEED_DIR);
        await seedSignalDefaultsIfEmpty(ctx, 'GM0505');
        await importSurvey(ctx, { file: SURVEY, municipality: 'GM0505' });
        const batch = await database.db
          .insertInto('incident_batches')
          .values({
            gemeente_code: 'GM0505',
            source: 'perception-test',
            mode: 'synthetic',
            actor: 'test',
            finished_at: new Date(),
            rows_read: 1,
            rows_inserted: 1,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await database.db
          .insertInto('incidents')
          .values({
            gemeente_code: 'GM0505',
            source: 'perception-test',
            source_id: 'one',
            crime_type: '1.1.1',
            start_time: new Date('2023-03-03T21:00:00Z'),
            end_time: null,
            x: 105000,
            y: 425000,
            lat: 51.8,
            lon: 4.66,
            area_year: 2024,
            buurt_code: 'BU05050201',
            wijk_code: 'WK050502',
            offender_ref: null,
            victim_ref: null,
            address_ref: null,
            synthetic: true,
            batch_id: Number(batch.id),
          })
          .execute();
      },
    });
    for (let i = 0; i < 6; i++) await addSignal(t, 'groepsoverlast', 'BU05050101', 'WK050501');
    await addSignal(t, 'drugshandel', 'BU05050201', 'WK050502');
    await addSignal(t, 'jeugdoverlast', 'BU05050201', 'WK050502');
    for (let i = 0; i < 2; i++) await addSignal(t, 'straatverlichting', 'BU05050101', 'WK050501'); // not nuisance
    [viewer, analyst, partner] = [
      await loginAs(t.app, t.database, 'viewer'),
      await loginAs(t.app, t.database, 'analyst'),
      await loginAs(t.app, t.database, 'partner'),
    ];
  });
  after(() => t.close());

  const get = (url: string, who: TestSession | null) => t.app.inject({ url: `/api/v1${url}`, ...(who ? { headers: who.headers } : {}) });

  it('safety profile: the nuisance rate of 2 reports is withheld with the reason; 6 reports are shown', async () => {
    for (const who of [null, viewer, partner]) {
      const p = (await get('/areas/WK050502/safety-profile?year=2023', who)).json();
      assert.equal(p.indices.nuisance.value, null);
      assert.equal(p.indices.nuisance.index, null);
      assert.ok(
        p.gaps.some(
          (g: { component: string; message: string }) =>
            g.component === 'nuisance' && /Minder dan 5 meldingen van overlast/.test(g.message),
        ),
      );
      assert.notEqual((await get('/areas/WK050501/safety-profile?year=2023', who)).json().indices.nuisance.value, null);
    }
    assert.ok((await get('/areas/WK050502/safety-profile?year=2023', analyst)).json().indices.nuisance.value > 0);
  });

  it('public page: the strictest rule, also for an analyst', async () => {
    for (const who of [null, analyst]) {
      const res = await get('/public/areas/WK050502/safety?year=2023', who);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().indices.nuisance.value, null);
    }
  });

  it('wijkgesprek report: report categories and hot times without the small numbers for a viewer', async () => {
    const v = (await get('/areas/WK050502/report.html?year=2023', viewer)).body;
    assert.match(v, /Drugshandel[^<]*: minder dan 5/i);
    assert.match(v, /Minder dan 5 incidenten met tijdstip in deze wijk/);
    assert.doesNotMatch(v, /van 1 incidenten/);
    const a = (await get('/areas/WK050502/report.html?year=2023', analyst)).body;
    assert.match(a, /: 1<\/li>/);
    assert.match(a, /% van 1 incidenten/);
  });

  it('discrepancies: report categories with small counts are null for a viewer', async () => {
    const categories = async (who: TestSession) => {
      const d = (await get('/perception/discrepancies?year=2023&level=wijk&minGap=0', who)).json();
      return d.points
        .find((p: { areaCode: string }) => p.areaCode === 'WK050501')
        .reportCategories.map((c: { category: string; reports: number | null }) => [c.category, c.reports]);
    };
    assert.deepEqual(await categories(viewer), [
      ['groepsoverlast', 6],
      ['straatverlichting', null],
    ]);
    assert.deepEqual(await categories(analyst), [
      ['groepsoverlast', 6],
      ['straatverlichting', 2],
    ]);
  });
});
