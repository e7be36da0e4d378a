import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import initSqlJs from 'sql.js';
import type { ServiceContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { areaTableCounts, openSeededDatabase, RD_CSV } from '../../../../test/fixtures/areas/seeded-database.ts';
import { formatAreaImportSummary as formatImportSummary } from './summary-text.ts';
import { importAreas } from './import-service.ts';
import { getAreaLocator } from '../locate/locate-service.ts';
import { areasOf } from '../area-store.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-areas-import-'));
const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};
const box = (x0: number, y0: number, x1: number, y1: number) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];

function geojson(features: { code: string; coordinates: number[][][]; population?: number }[], crs?: string): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
    features: features.map((f) => ({
      type: 'Feature',
      properties: {
        buurtcode: f.code,
        buurtnaam: `Naam ${f.code}`,
        gemeentecode: 'GM0505',
        gemeentenaam: 'Dordrecht',
        aantal_inwoners: f.population ?? 10,
        water: 'NEE',
      },
      geometry: { type: 'Polygon', coordinates: f.coordinates },
    })),
  });
}

/** A GeoPackage made with sql.js: one feature table, geometry as GP header + little-endian WKB, RD New. */
async function geopackage(): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(`CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
    INSERT INTO gpkg_geometry_columns VALUES ('buurten', 'geom', 'POLYGON', 28992, 0, 0);
    CREATE TABLE buurten (fid INTEGER PRIMARY KEY, geom BLOB, bu_code TEXT, bu_naam TEXT, wk_code TEXT, gm_code TEXT, gm_naam TEXT, aant_inw INTEGER, h2o TEXT);`);
  const ring = box(105_000, 424_000, 105_500, 424_500)[0]!;
  const wkb = Buffer.alloc(1 + 4 + 4 + 4 + ring.length * 16);
  let o = wkb.writeUInt8(1, 0);
  o = wkb.writeUInt32LE(3, o);
  o = wkb.writeUInt32LE(1, o);
  o = wkb.writeUInt32LE(ring.length, o);
  for (const [x, y] of ring) o = wkb.writeDoubleLE(y!, wkb.writeDoubleLE(x!, o));
  const header = Buffer.from([0x47, 0x50, 0, 0b01, 0x40, 0x71, 0, 0]); // little endian, no envelope, srs_id 28992
  db.run('INSERT INTO buurten (geom, bu_code, bu_naam, wk_code, gm_code, gm_naam, aant_inw, h2o) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    Buffer.concat([header, wkb]),
    'BU05050301',
    'Proefbuurt',
    'WK050503',
    'GM0505',
    'Dordrecht',
    -99999999,
    'NEE',
  ]);
  const bytes = db.export();
  db.close();
  return bytes;
}

describe('import areas', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openSeededDatabase());
  });
  after(async () => {
    await database.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('reproduces the seeded 2020 buurten when the shipped RD CSV is imported as another vintage', async () => {
    const summary = await importAreas(ctx, { file: RD_CSV, year: 2019, municipality: 'GM0505' });
    assert.deepEqual(summary.counts, { gemeente: 1, wijk: 14, buurt: 130 });
    assert.equal(summary.population, 119_030);
    assert.equal(summary.crs, 'EPSG:28992');
    const seeded = await areasOf(ctx.db, 'GM0505', 2020, {});
    const imported = new Map((await areasOf(ctx.db, 'GM0505', 2019, {})).map((r) => [r.code, r]));
    assert.equal(imported.size, seeded.length);
    for (const s of seeded) {
      const i = imported.get(s.code)!;
      assert.deepEqual(
        [i.name, i.level, i.parent_code, i.population, i.is_water, i.geometry],
        [s.name, s.level, s.parent_code, s.population, s.is_water, s.geometry],
        s.code,
      );
    }
    assert.match(formatImportSummary(summary), /vintage 2019[\s\S]*buurten 130[\s\S]*119,030[\s\S]*without polygon: none/);
  });

  it('takes the year from jrstatcode and refuses an existing vintage without --replace, changing nothing', async () => {
    const before = await areaTableCounts(database);
    await assert.rejects(importAreas(ctx, { file: RD_CSV, municipality: 'GM0505' }), /2020 are already loaded; pass --replace/);
    assert.deepEqual(await areaTableCounts(database), before);
  });

  it('refuses bad files with one line naming file and row, and stores nothing', async () => {
    const before = await areaTableCounts(database);
    const lines = fs.readFileSync(RD_CSV, 'utf8').split('\n');
    const badWkb = write(
      'bad-wkb.csv',
      [lines[0], lines[1], lines[2]!.replace(/"(0106[0-9A-F]+)"/, (_m, hex: string) => `"${hex.slice(0, 120)}"`)].join('\n'),
    );
    const badCode = write('bad-code.geojson', geojson([{ code: 'BU0505', coordinates: box(4.6, 51.8, 4.61, 51.81) }]));
    const dup = write(
      'dup.geojson',
      geojson([
        { code: 'BU05050100', coordinates: box(4.6, 51.8, 4.61, 51.81) },
        { code: 'BU05050100', coordinates: box(4.6, 51.8, 4.61, 51.81) },
      ]),
    );
    const cases: [string, RegExp, object?][] = [
      [badWkb, /bad-wkb\.csv, row 3: column geovlak: WKB ends early/],
      [badCode, /bad-code\.geojson, row 1: column buurtcode: 'BU0505' is not a CBS buurt code/],
      [dup, /dup\.geojson, row 2: buurt BU05050100 occurs twice \(also row 1\)/],
      [write('x.txt', 'hello'), /x\.txt: unknown file type/],
      [write('broken.gpkg', 'not sqlite'), /broken\.gpkg: /],
      [path.join(tmp, 'missing.csv'), /missing\.csv: cannot read the file \(ENOENT\)/],
      [RD_CSV, /do not fit EPSG:4326/, { crs: 'EPSG:4326' }],
      [RD_CSV, /no buurten of GM0363/, { municipality: 'GM0363' }],
    ];
    for (const [file, message, extra] of cases) {
      await assert.rejects(importAreas(ctx, { file, municipality: 'GM0505', year: 2030, replace: true, ...extra }), message);
    }
    assert.deepEqual(await areaTableCounts(database), before);
  });

  it('imports GeoJSON in WGS84 (newer CBS column names) and rebuilds the locate index on --replace', async () => {
    const first = write('v2030.geojson', geojson([{ code: 'BU05050100', coordinates: box(4.6, 51.8, 4.61, 51.81), population: 40 }]));
    const s1 = await importAreas(ctx, { file: first, municipality: 'GM0505', year: 2030 });
    assert.deepEqual(s1.counts, { gemeente: 1, wijk: 1, buurt: 1 });
    const before = await getAreaLocator(ctx, 'GM0505', 2030);
    assert.equal(before.locate(4.605, 51.805)?.buurt.code, 'BU05050100');
    const second = write(
      'v2030b.geojson',
      geojson([{ code: 'BU05050101', coordinates: box(4.7, 51.8, 4.71, 51.81) }], 'urn:ogc:def:crs:OGC:1.3:CRS84'),
    );
    const s2 = await importAreas(ctx, { file: second, municipality: 'GM0505', year: 2030, replace: true });
    assert.equal(s2.replaced, true);
    const afterwards = await getAreaLocator(ctx, 'GM0505', 2030);
    assert.equal(afterwards.locate(4.605, 51.805), null);
    assert.equal(afterwards.locate(4.705, 51.805)?.buurt.code, 'BU05050101');
    assert.equal(afterwards.locate(4.705, 51.805)?.wijk?.code, 'WK050501');
  });

  it('imports a GeoPackage in RD New, reading CBS secrecy markers as unknown population', async () => {
    const file = write('buurten.gpkg', await geopackage());
    const summary = await importAreas(ctx, { file, municipality: 'GM0505', year: 2031 });
    assert.deepEqual(summary.counts, { gemeente: 1, wijk: 1, buurt: 1 });
    assert.equal(summary.crs, 'EPSG:28992');
    assert.equal(summary.population, null);
    const [b] = await areasOf(ctx.db, 'GM0505', 2031, { code: 'BU05050301' });
    assert.equal(b?.population, null);
    assert.ok(Number(b?.min_lon) > 4.6 && Number(b?.max_lat) < 51.82, 'reprojected to WGS84 near Dordrecht');
    const locator = await getAreaLocator(ctx, 'GM0505', 2031);
    assert.equal(
      locator.locate((Number(b!.min_lon) + Number(b!.max_lon)) / 2, (Number(b!.min_lat) + Number(b!.max_lat)) / 2)?.buurt.code,
      'BU05050301',
    );
  });

  it('keeps the relations between consecutive vintages up to date after imports', async () => {
    const rel = await database.db.selectFrom('area_relations').select(['from_year', 'to_year']).distinct().orderBy('from_year').execute();
    assert.deepEqual(
      rel.map((r) => [Number(r.from_year), Number(r.to_year)]),
      [
        [2019, 2020],
        [2020, 2024],
        [2024, 2030],
        [2030, 2031],
      ],
    );
  });
});
