/** `import areas` for the fuzzer: CSV with hex WKB, GeoJSON and GeoPackage, with broken geometry of every kind. */
import { importAreas } from '../../../src/modules/areas/import/import-service.ts';
import { areaBase, damageRings, geojsonOf, geopackageOf, gpkgBlob, toWgs, wkbOf, type Ring } from '../area-files.ts';
import type { FuzzCase, Importer } from '../importer.ts';
import { mutateBase } from '../importer.ts';
import { jsonMutations } from '../mutate-json.ts';
import { anyTextMutations, csvMutations } from '../mutate-text.ts';
import type { Rng } from '../random.ts';

/** A vintage the seed does not load, replaced by every successful case. */
const OPTIONS = { year: 2031, replace: true };

const geometry = (polys: unknown) => ({ type: 'MultiPolygon', coordinates: polys });

function csvText(rows: { properties: Record<string, unknown>; hex: string }[]): string {
  const b = areaBase();
  const header = b.header.split(',');
  const lines = rows.map((r) =>
    header
      .map((h) => {
        const k = h.replace(/"/g, '');
        if (k === 'geovlak') return `"${r.hex}"`;
        const v = r.properties[k];
        return v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `"${String(v)}"`;
      })
      .join(','),
  );
  return `${[b.header, ...lines].join('\n')}\n`;
}

function csvBase(): string {
  const b = areaBase();
  return `${[b.header, ...b.lines].join('\n')}\n`;
}

function geojsonBase(): string {
  return geojsonOf(areaBase().features.map((f) => ({ properties: f.properties, geometry: geometry(toWgs(f.rings)) })));
}

async function gpkgBase(damage?: (i: number, rings: Ring[][]) => Uint8Array | string | number | null): Promise<Uint8Array> {
  const rows = areaBase().features.map((f, i) => ({
    properties: f.properties,
    geom: damage ? damage(i, f.rings) : gpkgBlob(wkbOf(geometry(f.rings))),
  }));
  return geopackageOf(rows);
}

/** One polygon of the base damaged in GeoJSON, CSV/WKB or GeoPackage form. */
async function geometryCase(rng: Rng): Promise<FuzzCase> {
  const b = areaBase();
  const k = rng.int(b.features.length);
  const form = rng.pick(['geojson', 'csv', 'gpkg'] as const);
  const wgs = form === 'geojson';
  const damaged = damageRings(wgs ? toWgs(b.features[k]!.rings) : b.features[k]!.rings, rng, wgs);
  const name = `buurt ${k + 1} ${damaged.label}`;
  if (form === 'geojson') {
    const features = b.features.map((f, i) => ({ properties: f.properties, geometry: geometry(i === k ? damaged.polys : toWgs(f.rings)) }));
    return {
      importer: 'areas',
      name: `buurten.geojson: ${name}`,
      fileName: 'buurten.geojson',
      bytes: Buffer.from(geojsonOf(features)),
      options: OPTIONS,
    };
  }
  const wkb = (i: number, rings: Ring[][]) =>
    wkbOf(geometry(i === k ? (damaged.polys as Ring[][]).map((p) => (Array.isArray(p) ? p : [])) : rings));
  if (form === 'csv') {
    const text = csvText(b.features.map((f, i) => ({ properties: f.properties, hex: wkb(i, f.rings).toString('hex') })));
    return { importer: 'areas', name: `buurten.csv: ${name}`, fileName: 'buurten.csv', bytes: Buffer.from(text), options: OPTIONS };
  }
  return {
    importer: 'areas',
    name: `buurten.gpkg: ${name}`,
    fileName: 'buurten.gpkg',
    bytes: await gpkgBase((i, rings) => gpkgBlob(wkb(i, rings))),
    options: OPTIONS,
  };
}

/** WKB and GeoPackage blob damage: bytes, types, headers. */
async function blobCase(rng: Rng): Promise<FuzzCase> {
  const b = areaBase();
  const k = rng.int(b.features.length);
  const good = wkbOf(geometry(b.features[k]!.rings));
  const variants: [string, () => Buffer | string | number | null][] = [
    ['WKB cut short', () => good.subarray(0, rng.int(good.length))],
    ['WKB with trailing bytes', () => Buffer.concat([good, Buffer.from([1, 2, 3])])],
    ['WKB byte-order marker 7', () => Buffer.concat([Buffer.from([7]), good.subarray(1)])],
    ['WKB Point', () => wkbOf({ type: 'Point', coordinates: [105_000, 424_000] })],
    ['WKB LineString', () => wkbOf({ type: 'LineString', coordinates: b.features[k]!.rings[0]![0] })],
    ['WKB big endian', () => wkbOf(geometry(b.features[k]!.rings), { little: false })],
    ['EWKB SRID 4326 on RD numbers', () => wkbOf(geometry(b.features[k]!.rings), { srid: 4326 })],
    ['EWKB SRID 3857', () => wkbOf(geometry(b.features[k]!.rings), { srid: 3857 })],
    ['ring count 2^31', () => Buffer.concat([good.subarray(0, 9), Buffer.from([0, 0, 0, 0x80])])],
    [
      'point count 2^32-1',
      () => Buffer.concat([wkbOf({ type: 'Polygon', coordinates: [] }).subarray(0, 5), Buffer.from([1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff])]),
    ],
    ['random bytes', () => Buffer.from(Array.from({ length: 1 + rng.int(200) }, () => rng.int(256)))],
    ['text instead of a blob', () => 'POLYGON((0 0,1 0,1 1,0 0))'],
    ['a number instead of a blob', () => 42],
  ];
  const [label, make] = rng.pick(variants);
  const form = rng.pick(['csv', 'gpkg'] as const);
  if (form === 'csv') {
    const v = make();
    const hex = Buffer.isBuffer(v) ? v.toString('hex') : String(v);
    const mangled = rng.chance(0.2) ? rng.pick([hex.slice(1), `${hex}0`, hex.replace(/[0-9]/, 'g'), `\\x${hex}`, hex.toLowerCase()]) : hex;
    const text = csvText(
      b.features.map((f, i) => ({ properties: f.properties, hex: i === k ? mangled : wkbOf(geometry(f.rings)).toString('hex') })),
    );
    return {
      importer: 'areas',
      name: `buurten.csv: buurt ${k + 1} ${label}`,
      fileName: 'buurten.csv',
      bytes: Buffer.from(text),
      options: OPTIONS,
    };
  }
  const header = rng.pick([
    {},
    { envelope: 1 },
    { envelope: 5 },
    { envelope: 7 },
    { empty: true },
    { extended: true },
    { magic: 'XX' },
    { srsId: 4326 },
    { srsId: -1 },
    { srsId: 3857 },
  ]);
  const bytes = await gpkgBase((i, rings) => {
    if (i !== k) return gpkgBlob(wkbOf(geometry(rings)));
    const v = make();
    return Buffer.isBuffer(v) ? gpkgBlob(v, header) : v;
  });
  return {
    importer: 'areas',
    name: `buurten.gpkg: buurt ${k + 1} ${label} ${JSON.stringify(header)}`,
    fileName: 'buurten.gpkg',
    bytes,
    options: OPTIONS,
  };
}

/** Whole-file damage of a GeoPackage: truncated, flipped bytes, no registration, a missing table. */
async function gpkgFileCase(rng: Rng): Promise<FuzzCase> {
  const bytes = Buffer.from(await gpkgBase());
  const variants: [string, () => Promise<Uint8Array>][] = [
    ['truncated', async () => bytes.subarray(0, rng.int(bytes.length))],
    [
      'flipped bytes',
      async () => {
        const c = Buffer.from(bytes);
        for (let i = 0; i < 1 + rng.int(20); i++) {
          const at = rng.int(c.length);
          c[at] = c[at]! ^ 0xff;
        }
        return c;
      },
    ],
    ['feature table not registered', () => geopackageOf([], { register: false })],
    ['registered table empty', () => geopackageOf([])],
    ['geometry as text', () => geopackageOf(areaBase().features.map((f) => ({ properties: f.properties, geom: 'not a blob' })))],
    ['a text file named .gpkg', async () => Buffer.from(csvBase())],
  ];
  const [label, make] = rng.pick(variants);
  return { importer: 'areas', name: `buurten.gpkg: ${label}`, fileName: 'buurten.gpkg', bytes: await make(), options: OPTIONS };
}

export const areasImporter: Importer = {
  name: 'areas',
  run: (ctx, file, o) => importAreas(ctx, { file, municipality: 'GM0505', year: o.year as number, replace: Boolean(o.replace) }),
  cli: (file, o) => ['import', 'areas', file, '--year', String(o.year), ...(o.replace ? ['--replace'] : [])],
  async check(summary, o, _delta, ctx) {
    const s = summary as { year: number; counts: { gemeente: number; wijk: number; buurt: number } };
    if (s.year !== o.year) return `imported as vintage ${s.year}, asked ${String(o.year)}`;
    const rows = await ctx.db
      .selectFrom('areas')
      .select(['level'])
      .where('gemeente_code', '=', 'GM0505')
      .where('year', '=', s.year)
      .execute();
    const count = (level: string) => rows.filter((r) => r.level === level).length;
    for (const level of ['gemeente', 'wijk', 'buurt'] as const) {
      if (count(level) !== s.counts[level]) return `${count(level)} ${level} rows stored, the report says ${s.counts[level]}`;
    }
    if (s.counts.buurt < 1 || s.counts.gemeente !== 1) return `a vintage of ${s.counts.buurt} buurten and ${s.counts.gemeente} gemeenten`;
    return null;
  },
  async generate(rng) {
    const r = rng.next();
    if (r < 0.3) return geometryCase(rng);
    if (r < 0.5) return blobCase(rng);
    if (r < 0.6) return gpkgFileCase(rng);
    if (r < 0.8)
      return mutateBase(
        'areas',
        { fileName: 'buurten.csv', text: csvBase(), kind: 'csv' },
        rng,
        { ...anyTextMutations, ...csvMutations },
        OPTIONS,
      );
    return mutateBase(
      'areas',
      { fileName: 'buurten.geojson', text: geojsonBase(), kind: 'json' },
      rng,
      { ...anyTextMutations, ...jsonMutations },
      OPTIONS,
    );
  },
  async targeted() {
    const b = areaBase();
    const f0 = b.features[0]!;
    const wgs = toWgs(f0.rings);
    const ring = wgs[0]![0]!;
    const gj = (name: string, geom: unknown, message: RegExp, props: Record<string, unknown> = f0.properties): FuzzCase => ({
      importer: 'areas',
      name: `targeted: ${name}`,
      fileName: 'buurten.geojson',
      options: OPTIONS,
      expect: { outcome: 'rejected', message },
      bytes: Buffer.from(geojsonOf([{ properties: props, geometry: geom as never }])),
    });
    const [x0, y0] = ring[0]!;
    return [
      gj('unclosed ring', { type: 'Polygon', coordinates: [ring.slice(0, -1)] }, /buurten\.geojson, row 1: .*ring 1 .*not closed/),
      gj(
        'ring of three positions',
        { type: 'Polygon', coordinates: [[ring[0], ring[1], ring[0]]] },
        /buurten\.geojson, row 1: .*ring 1 has 3 positions/,
      ),
      gj(
        'self-intersecting ring',
        {
          type: 'Polygon',
          coordinates: [
            [
              [x0, y0],
              [x0! + 0.002, y0! + 0.001],
              [x0! + 0.002, y0],
              [x0, y0! + 0.001],
              [x0, y0],
            ],
          ],
        },
        /buurten\.geojson, row 1: .*crosses itself/,
      ),
      gj(
        'coordinates beyond the Netherlands',
        { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x! + 40, y])] },
        /buurten\.geojson, row 1: .*outside the Netherlands|do not fit/,
      ),
      gj(
        'one vertex far away',
        { type: 'Polygon', coordinates: [ring.map(([x, y], i) => (i === 1 ? [x! + 50, y] : [x, y]))] },
        /buurten\.geojson, row 1: .*outside the Netherlands/,
      ),
      gj('NUL in a name', { type: 'Polygon', coordinates: [ring] }, /buurten\.geojson, row 1: .*NUL/, {
        ...f0.properties,
        bu_naam: 'a\u0000b',
      }),
      gj(
        'a name of 100,000 characters',
        { type: 'Polygon', coordinates: [ring] },
        /buurten\.geojson, row 1: column bu_naam: a name of 100000 characters; at most 200/,
        { ...f0.properties, bu_naam: 'n'.repeat(100_000) },
      ),
      gj(
        'a damaged gemeente code (not silently another municipality)',
        { type: 'Polygon', coordinates: [ring] },
        /buurten\.geojson, row 1: column gm_code: 'GM05O5' is not a CBS gemeente code/,
        { ...f0.properties, gm_code: 'GM05O5' },
      ),
      gj(
        'lone surrogate in an attribute',
        { type: 'Polygon', coordinates: [ring] },
        /buurten\.geojson, row 1: .*(surrogate|not valid text)/,
        { ...f0.properties, extra: 'a\ud800b' },
      ),
      {
        importer: 'areas',
        name: 'targeted: NaN in WKB',
        fileName: 'buurten.csv',
        options: OPTIONS,
        expect: { outcome: 'rejected', message: /buurten\.csv, row 2: .*not a finite number|NaN/ },
        bytes: Buffer.from(
          csvText([
            {
              properties: f0.properties,
              hex: wkbOf(geometry([[f0.rings[0]![0]!.map(([x, y], i) => (i === 2 ? [Number.NaN, y!] : [x!, y!]))]])).toString('hex'),
            },
          ]),
        ),
      },
      {
        importer: 'areas',
        name: 'targeted: GeoPackage with NaN coordinates',
        fileName: 'buurten.gpkg',
        options: OPTIONS,
        expect: { outcome: 'rejected', message: /buurten\.gpkg, row 1: .*(finite|NaN)/ },
        bytes: await gpkgBase((i, rings) =>
          gpkgBlob(wkbOf(geometry(i === 0 ? [[rings[0]![0]!.map(([x, y], j) => (j === 1 ? [x!, Number.NaN] : [x!, y!]))]] : rings))),
        ),
      },
    ];
  },
};
