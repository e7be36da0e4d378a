import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { systemContext } from '../../../core/context.ts';
import type { AppError } from '../../../core/errors.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { readCatalogue } from './catalogue.ts';
import { publishEstimate } from './suppression.ts';
import { importSurvey } from './survey-import.ts';
import { parseDecimal } from './rows.ts';

const PROVINCES = path.join(projectRoot, 'test', 'fixtures', 'perception', 'veiligheidsmonitor-provincies-2015-2017.csv');

function csv(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-survey-')), 'survey.csv');
  fs.writeFileSync(file, text);
  return file;
}

describe('suppression and parsing (pure)', () => {
  it('suppresses below n but keeps the margin', () => {
    const p = publishEstimate({ value: 20, respondents: 49, margin: 5.5 }, 50);
    assert.equal(p.value, null);
    assert.equal(p.suppressed, true);
    assert.equal(p.margin, 5.5);
    assert.match(p.note!, /49 respondenten, minimum is 50/);
    const ok = publishEstimate({ value: 20, respondents: 50, margin: 5.5 }, 50);
    assert.deepEqual([ok.value, ok.suppressed, ok.ci], [20, false, { lower: 14.5, upper: 25.5 }]);
    const unknown = publishEstimate({ value: 20.6, respondents: null, margin: 0.6 }, 50);
    assert.deepEqual([unknown.value, unknown.suppressed, unknown.respondentsKnown], [20.6, false, false]);
  });
  it('reads decimal comma and point', () => {
    assert.deepEqual(
      [parseDecimal('20,6'), parseDecimal('7.1'), parseDecimal(''), parseDecimal('.'), Number.isNaN(parseDecimal('x1'))],
      [20.6, 7.1, null, null, true],
    );
  });
  it('the shipped catalogue covers the Veiligheidsmonitor themes', () => {
    const themes = new Set(readCatalogue().map((i) => i.theme));
    for (const t of ['perception', 'avoidance', 'victimisation', 'social-nuisance', 'physical-decay', 'mark'])
      assert.ok(themes.has(t as never), t);
  });
});

describe('survey import', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) =>
        void (await seedAreasIfEmpty(systemContext(database.db, 'test'), path.join(projectRoot, 'data', 'gm0505'))),
    });
  });
  after(async () => t.close());
  const ctx = () => systemContext(t.database.db, 'test');

  it('imports the real CBS province figures (decimal comma) and serves them with margins', async () => {
    const s = await importSurvey(ctx(), { file: PROVINCES, municipality: 'GM0505', source: 'CBS Veiligheidsmonitor (provincies)' });
    assert.deepEqual([s.rowsRead, s.rowsStored, s.rowsQuarantined], [54, 54, 0]);
    assert.deepEqual(s.years, [2015, 2016, 2017]);
    const res = await t.app.inject({ url: '/api/v1/perception/survey-results?area=PV28&indicator=feels-unsafe-buurt,mark-safety' });
    assert.equal(res.statusCode, 200);
    const figures = res.json().figures as {
      indicatorCode: string;
      year: number;
      value: number;
      margin: number;
      respondentsKnown: boolean;
    }[];
    const zh = figures.filter((f) => f.indicatorCode === 'feels-unsafe-buurt').map((f) => [f.year, f.value, f.margin]);
    // CBS: Zuid-Holland "Voelt zich wel eens onveilig in buurt" 20,6 / 19,0 / 18,4 with margins 0,6 / 0,7 / 0,6.
    assert.deepEqual(zh, [
      [2015, 20.6, 0.6],
      [2016, 19, 0.7],
      [2017, 18.4, 0.6],
    ]);
    assert.equal(figures.find((f) => f.indicatorCode === 'mark-safety' && f.year === 2017)!.value, 7.1);
    assert.ok(figures.every((f) => f.respondentsKnown === false));
    const again = await importSurvey(ctx(), { file: PROVINCES, municipality: 'GM0505' });
    assert.equal(again.rowsStored, 54, 're-import updates the same rows');
    const count = await t.database.db
      .selectFrom('survey_results')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 54);
  });

  it('rejects a file with bad rows, listing every line, column and reason, and stores nothing', async () => {
    const file = csv(
      [
        'indicator;area;year;value;n;margin',
        'feels-unsafe-buurt;WK050501;2023;120;80;3',
        'nope;BU99999999;20x;1,2,3;-1;-2',
        'mark-safety;GM0505;2023;7,1;900;0,1',
      ].join('\n'),
    );
    await assert.rejects(importSurvey(ctx(), { file, municipality: 'GM0505' }), (err: AppError) => {
      const names = err.errors.map((e) => `${e.name}: ${e.reason}`);
      assert.equal(err.type, 'import-rejected');
      assert.ok(
        names.some((n) => n.startsWith('line 2, column value') && n.includes('outside 0–100')),
        names.join('\n'),
      );
      for (const col of ['indicator', 'area', 'year', 'value', 'n', 'margin'])
        assert.ok(
          names.some((n) => n.startsWith(`line 3, column ${col}:`)),
          col,
        );
      return true;
    });
    const n = await t.database.db.selectFrom('survey_results').select('area_code').where('area_code', '=', 'GM0505').execute();
    assert.equal(n.length, 0);
  });

  it('with quarantine stores good rows; CI columns become a margin; small n is suppressed', async () => {
    // Synthetic test values, not real Dordrecht figures.
    const file = csv(
      [
        'indicator,area,year,value,respondents,ciLower,ciUpper',
        'feels-unsafe-buurt,WK050501,2023,"30,0",40,"24,0","36,0"',
        'feels-unsafe-buurt,WK050502,2023,bad,40,,',
      ].join('\n'),
    );
    const s = await importSurvey(ctx(), { file, municipality: 'GM0505', quarantine: true });
    assert.deepEqual([s.rowsStored, s.rowsQuarantined], [1, 1]);
    const res = await t.app.inject({ url: '/api/v1/perception/survey-results?area=WK050501&year=2023' });
    const [f] = res.json().figures;
    assert.deepEqual([f.value, f.respondents, f.margin, f.suppressed], [null, 40, 6, true]);
    const q = await t.database.db.selectFrom('survey_quarantine').selectAll().execute();
    assert.equal(q.length, 1);
  });

  it('serves the catalogue', async () => {
    const res = await t.app.inject({ url: '/api/v1/perception/indicators' });
    assert.equal(res.statusCode, 200);
    assert.ok(
      res
        .json()
        .indicators.some((i: { code: string; direction: string }) => i.code === 'mark-safety' && i.direction === 'higher-is-better'),
    );
  });
});
