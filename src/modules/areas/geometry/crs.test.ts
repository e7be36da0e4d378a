import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { crsFromCoordinates, crsFromName, rdToWgs84, wgs84ToRd } from './crs.ts';
import { polygonsOf } from './geometry-ops.ts';
import { parseWkbCsv } from '../import/read-csv.ts';
import { detectSourceCrs } from '../import/source-crs.ts';
import type { SourceFile } from '../import/source-feature.ts';

/** Distance in metres between two WGS84 points (equirectangular; fine below a few km). */
function metres([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const k = Math.PI / 180;
  const dx = (lon2! - lon1!) * k * Math.cos(((lat1! + lat2!) / 2) * k) * 6_371_000;
  const dy = (lat2! - lat1!) * k * 6_371_000;
  return Math.hypot(dx, dy);
}

const csvFile = path.join(projectRoot, 'data/gm0505/cbs_wijkbuurtkaart_2020_dordrecht_buurten_rd.csv');
const fixture = JSON.parse(fs.readFileSync(path.join(projectRoot, 'test/fixtures/areas/pyproj_vertices_2020.json'), 'utf8')) as {
  buurten: Record<string, number[][]>;
};

describe('RD New ↔ WGS84 (proj4)', () => {
  it('maps the Amersfoort reference point x=155000, y=463000 to 52.15517440 N, 5.38720621 E within 1 m, and back', () => {
    const [lon, lat] = rdToWgs84(155_000, 463_000);
    assert.ok(metres([lon, lat], [5.38720621, 52.1551744]) < 1, `off by ${metres([lon, lat], [5.38720621, 52.1551744])} m`);
    const [x, y] = wgs84ToRd(lon, lat);
    assert.ok(Math.hypot(x - 155_000, y - 463_000) < 0.001);
  });

  it('converts vertices of the shipped CBS 2020 buurten to within 0.1 m of the pyproj reference (which is rounded to 6 decimals, ≤ 0.07 m)', () => {
    const source = parseWkbCsv('rd.csv', fs.readFileSync(csvFile, 'utf8'));
    let compared = 0;
    let worst = 0;
    for (const [code, expected] of Object.entries(fixture.buurten)) {
      const feature = source.features.find((f) => f.properties.bu_code === code);
      assert.ok(feature?.geometry, `buurt ${code} is in the shipped CSV`);
      const ring = polygonsOf(feature.geometry)[0]![0]!;
      expected.forEach((ref, i) => {
        const [x, y] = ring[i]!;
        worst = Math.max(worst, metres(rdToWgs84(x, y), ref));
        compared++;
      });
    }
    assert.ok(compared >= 150, `compared ${compared} vertices`);
    assert.ok(worst < 0.1, `worst vertex differs by ${worst.toFixed(2)} m`);
  });
});

describe('CRS detection', () => {
  it('reads EPSG codes, SRIDs and GeoJSON crs names', () => {
    assert.equal(crsFromName('urn:ogc:def:crs:EPSG::28992'), 'EPSG:28992');
    assert.equal(crsFromName(28992), 'EPSG:28992');
    assert.equal(crsFromName('EPSG:4326'), 'EPSG:4326');
    assert.equal(crsFromName('urn:ogc:def:crs:OGC:1.3:CRS84'), 'EPSG:4326');
    assert.equal(crsFromName('EPSG:3857'), null);
    assert.equal(crsFromName(null), null);
  });

  it('tells degrees from RD metres by their ranges, and refuses neither', () => {
    assert.equal(crsFromCoordinates([[4.67, 51.81]]), 'EPSG:4326');
    assert.equal(crsFromCoordinates([[105_000, 424_000]]), 'EPSG:28992');
    assert.equal(crsFromCoordinates([[500_000, 5_700_000]]), null);
    assert.equal(
      crsFromCoordinates([
        [4.67, 51.81],
        [105_000, 424_000],
      ]),
      null,
    );
  });

  const square = (x: number, y: number, d: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + d, y],
        [x + d, y + d],
        [x, y],
      ] as [number, number][],
    ],
  });
  const file = (srid: number | null, declared: string | null, x: number, y: number, d: number): SourceFile => ({
    path: 'f.geojson',
    format: 'geojson',
    declaredCrs: declared,
    features: [{ row: 1, properties: {}, geometry: square(x, y, d), srid }],
  });

  it('prefers the option, then SRIDs, then the declared crs, then coordinate ranges, and checks the result fits', () => {
    assert.equal(detectSourceCrs(file(28992, null, 105_000, 424_000, 10)), 'EPSG:28992');
    assert.equal(detectSourceCrs(file(null, 'urn:ogc:def:crs:EPSG::28992', 105_000, 424_000, 10)), 'EPSG:28992');
    assert.equal(detectSourceCrs(file(null, null, 4.6, 51.8, 0.01)), 'EPSG:4326');
    assert.equal(detectSourceCrs(file(null, null, 105_000, 424_000, 10), 'EPSG:28992'), 'EPSG:28992');
    assert.throws(() => detectSourceCrs(file(null, null, 105_000, 424_000, 10), 'EPSG:4326'), /do not fit EPSG:4326/);
    assert.throws(() => detectSourceCrs(file(3857, null, 500_000, 6_700_000, 10)), /SRID 3857 is not supported/);
    assert.throws(() => detectSourceCrs(file(null, null, 500_000, 5_700_000, 10)), /pass --crs/);
  });
});
