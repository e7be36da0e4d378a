import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { systemContext } from '../../../core/context.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs } from '../../../../test/helpers/sessions.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { seedIncidentsIfEmpty } from '../../incidents/seed.ts';
import { seedSignalDefaultsIfEmpty } from '../../signals/index.ts';
import { importSurvey } from '../survey/survey-import.ts';

// Synthetic survey values (test/fixtures/perception/README.md) — not real Dordrecht figures.
const SURVEY = path.join(projectRoot, 'test', 'fixtures', 'perception', 'synthetic-survey-2023.csv');
const SEED = path.join(projectRoot, 'data', 'gm0505');

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

describe('safety profile, discrepancies and trends', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        const ctx = systemContext(database.db, 'test');
        await seedAreasIfEmpty(ctx, SEED);
        await seedIncidentsIfEmpty(ctx, SEED);
        await seedSignalDefaultsIfEmpty(ctx, 'GM0505');
        await importSurvey(ctx, { file: SURVEY, municipality: 'GM0505' });
      },
    });
    for (let i = 0; i < 6; i++) await addSignal(t, 'groepsoverlast', 'BU05050101', 'WK050501');
    await addSignal(t, 'drugshandel', 'BU05050201', 'WK050502');
    await addSignal(t, 'jeugdoverlast', 'BU05050201', 'WK050502');
    for (let i = 0; i < 3; i++) await addSignal(t, 'straatverlichting', 'BU05050101', 'WK050501'); // not nuisance
  });
  after(async () => t.close());

  async function populations() {
    const rows = await t.database.db
      .selectFrom('areas')
      .select(['code', 'population', 'year'])
      .where('code', 'in', ['GM0505', 'WK050501'])
      .orderBy('year', 'desc')
      .execute();
    return { city: rows.find((r) => r.code === 'GM0505')!.population!, wijk: rows.find((r) => r.code === 'WK050501')!.population! };
  }

  it('computes the four indices of a wijk against the city (hand-checked)', async () => {
    const res = await t.app.inject({ url: '/api/v1/areas/WK050501/safety-profile?year=2023' });
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json();
    assert.equal(p.baseYear, 2023);
    // perceived: 100 × 30.0 / 20.0 = 150; victimisation: 100 × 15 / 12 = 125
    assert.equal(p.indices.perceived.index, 150);
    assert.equal(p.indices.victimisation.index, 125);
    assert.deepEqual([p.indices.perceived.n, p.indices.perceived.margin], [400, 4.5]);
    // nuisance: 6 reports in the wijk, 8 in the city → 100 × (6 / pop_wk) / (8 / pop_city)
    const pop = await populations();
    const nuisance = Math.round(((100 * (6 / pop.wijk)) / (8 / pop.city)) * 10) / 10;
    assert.equal(p.indices.nuisance.index, nuisance);
    // registered crime from the shipped 2023 CBS counts: 100 × (count_wk / pop_wk) / (count_city / pop_city)
    const counts = await t.database.db
      .selectFrom('crime_counts')
      .innerJoin('areas', (j) => j.onRef('areas.code', '=', 'crime_counts.area_code').onRef('areas.year', '=', 'crime_counts.area_year'))
      .select(['areas.parent_code', 'crime_counts.count'])
      .where('crime_counts.crime_type', '=', '0.0.0')
      .where('crime_counts.period', '=', '2023JJ00')
      .where('crime_counts.area_level', '=', 'buurt')
      .execute();
    const wk = counts.filter((c) => c.parent_code === 'WK050501').reduce((s, c) => s + (c.count ?? 0), 0);
    const all = counts.reduce((s, c) => s + (c.count ?? 0), 0);
    const cityPop = (
      await t.database.db
        .selectFrom('crime_counts')
        .innerJoin('areas', (j) => j.onRef('areas.code', '=', 'crime_counts.area_code').onRef('areas.year', '=', 'crime_counts.area_year'))
        .select('areas.population')
        .where('crime_counts.crime_type', '=', '0.0.0')
        .where('crime_counts.period', '=', '2023JJ00')
        .execute()
    ).reduce((s, r) => s + (r.population ?? 0), 0);
    assert.ok(Math.abs(p.indices.crime.value - (wk / p.population) * 1000) < 0.01);
    assert.ok(
      Math.abs(p.indices.crime.reference - (all / cityPop) * 1000) < 0.5,
      `${p.indices.crime.reference} vs ${(all / cityPop) * 1000}`,
    );
    assert.ok(Math.abs(p.indices.crime.index - (100 * ((wk / p.population) * 1000)) / p.indices.crime.reference) < 0.1);
    // combined: 0.5 × mean(crime, nuisance) + 0.5 × mean(125, 150)
    const objective = (p.indices.crime.index + p.indices.nuisance.index) / 2;
    assert.equal(p.combined.subjective, 137.5);
    assert.equal(p.combined.combined, Math.round((0.5 * objective + 0.5 * 137.5) * 10) / 10);
    assert.equal(p.gaps.length, 0, JSON.stringify(p.gaps));
    assert.match(p.method, /100 = het gemiddelde/);
  });

  it('names every data gap', async () => {
    const p = (await t.app.inject({ url: '/api/v1/areas/WK050502/safety-profile?year=2023' })).json();
    assert.equal(p.indices.perceived.index, null);
    assert.ok(
      p.gaps.some(
        (g: { component: string; message: string }) => g.component === 'perceived' && /onderdrukt: 30 respondenten/.test(g.message),
      ),
    );
    assert.ok(
      p.gaps.some((g: { component: string; message: string }) => g.component === 'victimisation' && /Geen enquêtecijfer/.test(g.message)),
    );
    const y2024 = (await t.app.inject({ url: '/api/v1/areas/BU05050101/safety-profile?year=2024' })).json();
    const messages = y2024.gaps.map((g: { message: string }) => g.message).join('\n');
    assert.match(messages, /Geen geregistreerde criminaliteit geladen voor 2024/);
    assert.match(messages, /Geen meldingen van overlast in 2024/);
    assert.equal((await t.app.inject({ url: '/api/v1/areas/WK059999/safety-profile?year=2023' })).statusCode, 404);
  });

  it('serves discrepancy quadrants to staff', async () => {
    assert.equal((await t.app.inject({ url: '/api/v1/perception/discrepancies?year=2023' })).statusCode, 401);
    const viewer = await loginAs(t.app, t.database, 'viewer');
    const res = await t.app.inject({ url: '/api/v1/perception/discrepancies?year=2023&level=wijk', headers: viewer.headers });
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json();
    assert.equal(d.points.length, 1);
    const [pt] = d.points;
    assert.equal(pt.areaCode, 'WK050501');
    assert.equal(pt.y, 150);
    assert.equal(pt.gap, Math.round((150 - pt.x) * 10) / 10);
    assert.ok(d.areasWithoutBothIndices.includes('WK050502'));
  });

  it('marks trends as significant only where margins allow', async () => {
    const res = await t.app.inject({ url: '/api/v1/areas/WK050501/perception-trends?indicator=feels-unsafe-buurt&from=2021&to=2023' });
    assert.equal(res.statusCode, 200, res.body);
    const [s] = res.json().survey;
    // 36.0 ± 4.8 (2021) → 30.0 ± 4.5 (2023): SE = √((4.8/1.96)² + (4.5/1.96)²) = 3.35689, z = −6 / 3.35689 = −1.787 → not significant
    assert.deepEqual(s.overall, { difference: -6, z: -1.787, significant: false, fromYear: 2021, toYear: 2023 });
    assert.deepEqual(
      res.json().crime.map((c: { year: number }) => c.year),
      [2023],
    );
  });
});
