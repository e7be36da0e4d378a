/**
 * Valid and broken area files for the fuzzer: a few real Dordrecht buurten (the shipped CBS 2020
 * RD CSV) as CSV with hex WKB, as GeoJSON (WGS84) and as a GeoPackage (RD New), plus writers for
 * WKB and GeoPackage geometry blobs that can carry any damage: unclosed or too short rings, NaN or
 * huge coordinates, empty and self-intersecting polygons, wrong geometry types, bad headers.
 */
import fs from 'node:fs';
import initSqlJs from 'sql.js';
import { RD_CSV } from '../fixtures/areas/seeded-database.ts';
import { rdToWgs84 } from '../../src/modules/areas/index.ts';
import { parseWkbCsv } from '../../src/modules/areas/import/read-csv.ts';
import type { Rng } from './random.ts';

export type Ring = number[][];
export interface FuzzGeometry {
  type: string;
  coordinates: unknown;
}

export interface AreaBase {
  header: string;
  lines: string[];
  features: { properties: Record<string, unknown>; rings: Ring[][] }[];
}

let base: AreaBase | null = null;

/** The `n` shortest buurt rows of the shipped RD CSV (small polygons keep the imports fast). */
export function areaBase(n = 6): AreaBase {
  if (base) return base;
  const text = fs.readFileSync(RD_CSV, 'utf8');
  const all = text.split('\n').filter((l) => l.trim() !== '');
  const header = all[0]!;
  const rows = all
    .slice(1)
    .filter((l) => !l.includes('"JA"'))
    .sort((a, b) => a.length - b.length)
    .slice(0, n);
  const parsed = parseWkbCsv('base.csv', [header, ...rows].join('\n'));
  const features = parsed.features.map((f) => ({
    properties: f.properties,
    rings: f.geometry!.type === 'Polygon' ? [f.geometry!.coordinates] : f.geometry!.coordinates,
  }));
  base = { header, lines: rows, features };
  return base;
}

/** Little- or big-endian WKB (optionally EWKB with SRID) of a Polygon/MultiPolygon/other type; coordinates taken as given. */
export function wkbOf(g: FuzzGeometry, o: { little?: boolean; srid?: number } = {}): Buffer {
  const little = o.little ?? true;
  const parts: Buffer[] = [];
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    if (little) b.writeUInt32LE(v >>> 0);
    else b.writeUInt32BE(v >>> 0);
    parts.push(b);
  };
  const f64 = (v: number) => {
    const b = Buffer.alloc(8);
    if (little) b.writeDoubleLE(v);
    else b.writeDoubleBE(v);
    parts.push(b);
  };
  const head = (type: number, srid?: number) => {
    parts.push(Buffer.from([little ? 1 : 0]));
    u32(srid === undefined ? type : type | 0x20000000);
    if (srid !== undefined) u32(srid);
  };
  const ring = (r: Ring) => {
    u32(r.length);
    for (const p of r) {
      f64(p[0] ?? 0);
      f64(p[1] ?? 0);
    }
  };
  const polygon = (rings: Ring[], srid?: number) => {
    head(3, srid);
    u32(rings.length);
    rings.forEach(ring);
  };
  if (g.type === 'Polygon') polygon(g.coordinates as Ring[], o.srid);
  else if (g.type === 'MultiPolygon') {
    head(6, o.srid);
    const polys = g.coordinates as Ring[][];
    u32(polys.length);
    for (const p of polys) polygon(p);
  } else if (g.type === 'Point') {
    head(1, o.srid);
    const p = g.coordinates as number[];
    f64(p[0] ?? 0);
    f64(p[1] ?? 0);
  } else {
    head(2, o.srid);
    ring(g.coordinates as Ring);
  }
  return Buffer.concat(parts);
}

/** A GeoPackage geometry blob: "GP", version, flags (byte order, envelope indicator, empty), srs_id, envelope, WKB. */
export function gpkgBlob(
  wkb: Buffer,
  o: { srsId?: number; envelope?: number; empty?: boolean; extended?: boolean; magic?: string } = {},
): Buffer {
  const indicator = o.envelope ?? 0;
  const flags = 0x01 | (indicator << 1) | (o.empty ? 0x10 : 0) | (o.extended ? 0x20 : 0);
  const head = Buffer.alloc(8);
  head.write(o.magic ?? 'GP', 0, 'latin1');
  head[2] = 0;
  head[3] = flags & 0xff;
  head.writeInt32LE(o.srsId ?? 28992, 4);
  const envelopeBytes = [0, 32, 48, 48, 64][indicator] ?? 0;
  const env = Buffer.alloc(envelopeBytes);
  for (let i = 0; i < envelopeBytes; i += 8) env.writeDoubleLE(100_000 + i, i);
  return Buffer.concat([head, env, wkb]);
}

export interface GpkgRow {
  properties: Record<string, unknown>;
  geom: Uint8Array | string | number | null;
}

/** A GeoPackage (sql.js) with one registered feature table `buurten`. */
export async function geopackageOf(rows: GpkgRow[], o: { srsId?: number; register?: boolean; table?: string } = {}): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  const table = o.table ?? 'buurten';
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.properties)))].filter((k) => k !== 'fid');
  db.run(
    'CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER)',
  );
  if (o.register !== false)
    db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [table, 'geom', 'MULTIPOLYGON', o.srsId ?? 28992]);
  db.run(`CREATE TABLE "${table}" (fid INTEGER PRIMARY KEY, geom BLOB${keys.map((k) => `, "${k}"`).join('')})`);
  for (const r of rows) {
    const values = [r.geom, ...keys.map((k) => r.properties[k] ?? null)] as (string | number | Uint8Array | null)[];
    db.run(`INSERT INTO "${table}" (geom${keys.map((k) => `, "${k}"`).join('')}) VALUES (${values.map(() => '?').join(', ')})`, values);
  }
  const bytes = db.export();
  db.close();
  return bytes;
}

/** The base buurten as WGS84 GeoJSON (newer CBS column names kept as they are in the CSV). */
export function geojsonOf(features: { properties: Record<string, unknown>; geometry: FuzzGeometry | null }[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: f.geometry })),
  });
}

export function toWgs(rings: Ring[][]): Ring[][] {
  return rings.map((p) => p.map((r) => r.map(([x, y]) => rdToWgs84(x!, y!).map((v) => Math.round(v * 1e7) / 1e7))));
}

/** Damage done to one polygon's rings; returns the label. */
export function damageRings(polys: Ring[][], rng: Rng, wgs: boolean): { polys: Ring[][] | unknown; label: string } {
  const p = JSON.parse(JSON.stringify(polys)) as Ring[][];
  const ring = p[0]![0]!;
  const kinds = [
    'unclosed',
    'twoPoints',
    'emptyRing',
    'noRings',
    'noPolygons',
    'bowtie',
    'nan',
    'infinite',
    'huge',
    'farAway',
    'zeroArea',
    'string',
    'threeDeep',
    'oneVertexOut',
  ];
  const kind = rng.pick(kinds);
  switch (kind) {
    case 'unclosed':
      ring.pop();
      break;
    case 'twoPoints':
      p[0]![0] = ring.slice(0, 2);
      break;
    case 'emptyRing':
      p[0]![0] = [];
      break;
    case 'noRings':
      p[0] = [];
      break;
    case 'noPolygons':
      return { polys: [], label: 'no polygons' };
    case 'bowtie': {
      const [x0, y0] = ring[0]!;
      const d = wgs ? 0.001 : 100;
      p[0]![0] = [
        [x0!, y0!],
        [x0! + d, y0! + d],
        [x0! + d, y0!],
        [x0!, y0! + d],
        [x0!, y0!],
      ];
      break;
    }
    case 'nan':
      ring[1] = [Number.NaN, ring[1]![1]!];
      break;
    case 'infinite':
      ring[Math.min(2, ring.length - 2)] = [Number.POSITIVE_INFINITY, 0];
      break;
    case 'huge':
      ring[1] = [1e300, -1e300];
      break;
    case 'farAway':
      for (const q of ring) q[0] = q[0]! + (wgs ? 100 : 5_000_000);
      break;
    case 'zeroArea':
      p[0]![0] = [ring[0]!, ring[0]!, ring[0]!, ring[0]!];
      break;
    case 'string':
      return { polys: p.map((poly) => poly.map((r) => r.map((q) => q.map(String)))), label: 'coordinates as strings' };
    case 'threeDeep':
      return { polys: p[0], label: 'nesting one level short' };
    case 'oneVertexOut': {
      const k = 1 + rng.int(Math.max(1, ring.length - 2));
      ring[k] = [ring[k]![0]! + (wgs ? 3 : 400_000), ring[k]![1]!];
      break;
    }
  }
  return { polys: p, label: kind };
}
