import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { systemContext } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { importCbsCrime } from './cbs-crime-import.ts';
import { seedIncidentsIfEmpty } from '../seed.ts';

const SEED_DIR = path.join(projectRoot, 'data', 'gm0505');
const HEADER =
  '"","SoortMisdrijf","SoortMisdrijf_label","WijkenEnBuurten","WijkenEnBuurten_label","Perioden","Perioden_Date","Perioden_freq","Perioden_label","GeregistreerdeMisdrijven_1","Gemeentenaam_2","SoortRegio_3"';

function csv(lines: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-cbs-')), '47018NED_test.csv');
  fs.writeFileSync(file, [HEADER, ...lines].join('\n'));
  return file;
}

function row(type: string, area: string, period: string, count: string): string {
  return `"1","${type} ","label","${area}","name","${period}",2022-01-01,"Y","2022",${count},"Dordrecht","Buurt"`;
}

describe('registered crime (CBS 47018NED)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        const ctx = systemContext(database.db, 'test');
        await seedAreasIfEmpty(ctx, SEED_DIR);
        await seedIncidentsIfEmpty(ctx, SEED_DIR);
      },
    });
  });
  after(async () => t.close());

  it('serves the real 2023 totals for all 132 buurten, summing to 6,475', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/incidents/counts?level=buurt&year=2023' });
    assert.equal(res.statusCode, 200);
    const rows = res.json() as Array<{ areaCode: string; count: number; derived: boolean; ratePer1000: number | null }>;
    assert.equal(rows.length, 132);
    assert.equal(
      rows.reduce((s, r) => s + r.count, 0),
      6475,
    );
    // Spot checks against the published file: Nieuwe Haven en omgeving 23, Groenmarkt en omgeving 68.
    assert.equal(rows.find((r) => r.areaCode === 'BU05050100')?.count, 23);
    assert.equal(rows.find((r) => r.areaCode === 'BU05050101')?.count, 68);
    assert.ok(rows.every((r) => !r.derived));
  });

  it('sums wijken and the gemeente from the buurten and marks them derived', async () => {
    const wijken = (await t.app.inject({ method: 'GET', url: '/api/v1/incidents/counts?level=wijk&year=2023' })).json() as Array<{
      count: number;
      derived: boolean;
    }>;
    assert.equal(wijken.length, 13);
    assert.equal(
      wijken.reduce((s, r) => s + r.count, 0),
      6475,
    );
    assert.ok(wijken.every((w) => w.derived));
    const gemeente = (await t.app.inject({ method: 'GET', url: '/api/v1/incidents/counts?level=gemeente&year=2023' })).json();
    assert.deepEqual(
      gemeente.map((g: { areaCode: string; count: number }) => [g.areaCode, g.count]),
      [['GM0505', 6475]],
    );
    // 6,475 registered crimes on 122,090 inhabitants (2024 population of the same indeling) = 53.0 per 1,000.
    assert.equal(gemeente[0].ratePer1000, 53);
  });

  it('answers unknown years and crime types with a clear 400', async () => {
    const year = await t.app.inject({ method: 'GET', url: '/api/v1/incidents/counts?year=2019' });
    assert.equal(year.statusCode, 400);
    assert.match(year.json().errors[0].reason, /available: 2023/);
    const type = await t.app.inject({ method: 'GET', url: '/api/v1/incidents/counts?year=2023&crimeType=9.9.9' });
    assert.equal(type.statusCode, 400);
    assert.equal(type.json().errors[0].name, 'query.crimeType');
    const shape = await t.app.inject({ method: 'GET', url: '/api/v1/incidents/counts?year=twenty&crimeType=abc' });
    assert.deepEqual(
      shape
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['query.crimeType', 'query.year'],
    );
  });

  it('rejects a file with bad rows whole, listing every bad row, and keeps what was stored', async () => {
    const ctx = systemContext(t.database.db, 'test');
    const file = csv([
      row('1.1.1', 'BU05050100', '2022JJ00', '4'),
      row('1.1.1', 'BU05059999', '2022JJ00', '1'),
      row('7.7.7', 'BU05050101', '2022XX00', '-3'),
    ]);
    await assert.rejects(importCbsCrime(ctx, { file, municipality: 'GM0505' }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.match(err.message, /2 bad row\(s\); nothing was stored/);
      const names = err.errors.map((e) => e.name);
      assert.deepEqual(names, [
        'line 3, column WijkenEnBuurten',
        'line 4, column SoortMisdrijf',
        'line 4, column Perioden',
        'line 4, column GeregistreerdeMisdrijven_1',
      ]);
      return true;
    });
    const stored = await t.database.db.selectFrom('crime_counts').select('area_code').where('period', '=', '2022JJ00').execute();
    assert.equal(stored.length, 0);
  });

  it('with quarantine stores the good rows, keeps the bad ones, skips other municipalities, and is idempotent', async () => {
    const ctx = systemContext(t.database.db, 'test');
    const file = csv([
      row('1.1.1', 'BU05050100', '2022JJ00', '4'),
      row('1.1.1', 'BU03630000', '2022JJ00', '9'),
      row('1.1.1', 'BU05050101', '2022JJ00', 'x'),
    ]);
    const first = await importCbsCrime(ctx, { file, municipality: 'GM0505', quarantine: true });
    assert.deepEqual([first.rowsRead, first.rowsStored, first.rowsOutsideMunicipality, first.rowsQuarantined], [3, 1, 1, 1]);
    const kept = await t.database.db.selectFrom('incident_quarantine').select(['line', 'errors']).execute();
    assert.equal(kept.length, 1);
    assert.equal(kept[0]!.line, 4);
    const second = await importCbsCrime(ctx, { file, municipality: 'GM0505', quarantine: true });
    assert.equal(second.rowsStored, 1);
    const rows = await t.database.db.selectFrom('crime_counts').select(['count']).where('period', '=', '2022JJ00').execute();
    assert.deepEqual(rows, [{ count: 4 }]);
  });

  it('refuses a file that is not a CBS crime table', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-cbs-')), 'other.csv');
    fs.writeFileSync(file, 'a,b\n1,2\n');
    await assert.rejects(
      importCbsCrime(systemContext(t.database.db, 'test'), { file, municipality: 'GM0505' }),
      /missing column\(s\) SoortMisdrijf, WijkenEnBuurten, Perioden, GeregistreerdeMisdrijven_1/,
    );
  });
});
