/**
 * Without `year`, the safety profile, the discrepancy view, the public neighbourhood page, the
 * wijkgesprek report and the trends show the latest year with data (profile/data-year.ts), never
 * the current calendar year: survey results first, else CBS registered crime counts (2023 in data/gm0505).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { systemContext } from '../../../core/context.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { seedIncidentsIfEmpty } from '../../incidents/seed.ts';
import { seedIndicatorCatalogue } from '../survey/catalogue.ts';
import { latestYearWithData } from './data-year.ts';

const SEED = path.join(projectRoot, 'data', 'gm0505');

describe('default year: the latest year with data', () => {
  let t: TestApp;
  let staff: TestSession;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        const ctx = systemContext(database.db, 'test');
        await seedAreasIfEmpty(ctx, SEED);
        await seedIncidentsIfEmpty(ctx, SEED);
        await seedIndicatorCatalogue(database.db);
      },
    });
    staff = await loginAs(t.app, t.database, 'analyst');
  });
  after(async () => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url: `/api/v1${url}`, headers });
  const survey = (year: number) =>
    t.database.db
      .insertInto('survey_results')
      .values({
        gemeente_code: 'GM0505',
        indicator_code: 'feels-unsafe-buurt',
        area_code: 'WK050501',
        year,
        value: 30,
        respondents: 400,
        margin: 4,
        source: 'synthetic test value',
      })
      .execute();

  it('without survey results: the latest year with registered crime counts (2023), on every page', async () => {
    const thisYear = new Date().getUTCFullYear();
    assert.notEqual(thisYear, 2023, 'the test would not tell the default from the calendar year');
    const profile = await get('/areas/WK050501/safety-profile');
    assert.equal(profile.statusCode, 200, profile.body);
    assert.equal(profile.json().year, 2023);
    const pub = await get('/public/areas/BU05050101/safety');
    assert.equal(pub.statusCode, 200, pub.body);
    assert.equal(pub.json().year, 2023);
    const disc = await get('/perception/discrepancies?level=wijk', staff.headers);
    assert.equal(disc.statusCode, 200, disc.body);
    assert.equal(disc.json().year, 2023);
    const report = await get('/areas/WK050501/report.html', staff.headers);
    assert.equal(report.statusCode, 200, report.body);
    assert.match(report.body, /<h1>Veiligheid in .* — 2023<\/h1>/);
  });

  it('survey results come first, even when older than the crime counts; an asked year is kept', async () => {
    const crimeYears = async () => (await get('/areas/WK050501/perception-trends')).json().crime.map((c: { year: number }) => c.year);
    assert.deepEqual(await crimeYears(), [2023]);
    await survey(2021);
    assert.equal((await get('/areas/WK050501/safety-profile')).json().year, 2021);
    // the trends end in 2021 now (2016–2021), so the 2023 crime count falls outside them
    assert.deepEqual(await crimeYears(), []);
    await survey(2024);
    assert.equal((await get('/areas/WK050501/safety-profile')).json().year, 2024);
    assert.equal((await get('/public/areas/WK050501/safety')).json().year, 2024);
    assert.match((await get('/areas/WK050501/report.html', staff.headers)).body, /— 2024<\/h1>/);
    assert.equal((await get('/areas/WK050501/safety-profile?year=2022')).json().year, 2022);
    assert.deepEqual(await crimeYears(), [2023]);
  });

  it('a municipality without any data falls back to last calendar year', async () => {
    const ctx = systemContext(t.database.db, 'test');
    assert.equal(await latestYearWithData(ctx, 'GM9999', new Date('2026-12-06T12:00:00Z')), 2025);
  });
});
